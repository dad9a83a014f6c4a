using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Planning;

/// <summary>Evaluates the designer's workflows and keeps what fired, for the plan's reasons and for coverage.</summary>
internal sealed class RuleRunner
{
    private readonly CoachingRules _rules;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _reportedFailures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CompiledWorkflow Workflow, Dictionary<string, RuleDefinition> Rules)> _workflows = new(StringComparer.OrdinalIgnoreCase);

    public RuleRunner(CoachingRules rules, DiagnosticBag diagnostics)
    {
        _rules = rules;
        _diagnostics = diagnostics;
        foreach (var name in CoachingWorkflows.Inputs.Keys)
        {
            var workflow = rules.RuleSet[name];
            var byName = new Dictionary<string, RuleDefinition>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in workflow.Definition.Rules)
            {
                byName.TryAdd(rule.Name, rule);
            }

            _workflows[name] = (workflow, byName);
        }
    }

    /// <summary>Every rule that fired in this run ("Workflow/Rule").</summary>
    public SortedSet<string> Fired { get; } = new(StringComparer.Ordinal);

    /// <summary>Evaluates <paramref name="workflow"/> and returns the rules that succeeded, in file order.</summary>
    public List<FiredRule> Fire(string workflow, object?[] inputs, string context)
    {
        var (compiled, rules) = _workflows[workflow];
        var result = compiled.Evaluate(inputs);
        var fired = new List<FiredRule>(2);
        foreach (var ruleResult in result.Results)
        {
            if (ruleResult.ExceptionMessage is { } failure)
            {
                ReportFailure(workflow, ruleResult, context, failure);
            }

            if (!ruleResult.IsSuccess || !rules.TryGetValue(ruleResult.RuleName, out var rule))
            {
                continue;
            }

            var item = new FiredRule(workflow, rule, _rules.DecisionOf(rule), ruleResult);
            Fired.Add(item.Name);
            fired.Add(item);
        }

        return fired;
    }

    /// <summary>Reports a warning once per <paramref name="key"/>, so a problem that repeats every week is said once.</summary>
    public void WarnOnce(string key, Diagnostic diagnostic)
    {
        if (_reportedFailures.Add(key))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>The first rule that fired, or null.</summary>
    public FiredRule? First(string workflow, object?[] inputs, string context)
    {
        var fired = Fire(workflow, inputs, context);
        return fired.Count > 0 ? fired[0] : null;
    }

    private void ReportFailure(string workflow, RuleResult result, string context, string failure)
    {
        var key = $"{workflow}/{result.RuleName}: {failure}";
        if (_reportedFailures.Add(key))
        {
            _diagnostics.Add(new Diagnostic(CoachingDiagnostics.RuleFailed, result.Source is { IsNone: false } source ? source : Location.None, result.RuleName, context, failure));
        }
    }
}

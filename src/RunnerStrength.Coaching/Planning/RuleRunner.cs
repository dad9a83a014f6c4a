using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Planning;

/// <summary>Evaluates the designer's workflows and keeps what fired, for the plan's reasons and for coverage.</summary>
internal sealed class RuleRunner(CoachingRules rules, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _reportedFailures = new(StringComparer.Ordinal);
    private readonly HashSet<DesignerRule> _fired = [];

    /// <summary>Every rule that fired in this run ("Workflow/Rule").</summary>
    public IEnumerable<string> Fired => _fired.Select(r => r.Name);

    /// <summary>Evaluates <paramref name="workflow"/> and returns the rules that succeeded, in file order.</summary>
    public List<FiredRule> Fire(string workflow, object?[] inputs, RuleContext context)
    {
        var designer = rules.Designer(workflow);
        var results = rules.Evaluator.Evaluate(designer.Compiled, inputs);
        var fired = new List<FiredRule>(2);
        foreach (var ruleResult in results)
        {
            if (ruleResult.ExceptionMessage is { } failure)
            {
                ReportFailure(workflow, ruleResult, context, failure);
            }

            if (!ruleResult.IsSuccess || !designer.TryGetRule(ruleResult.RuleName, out var rule))
            {
                continue;
            }

            _fired.Add(rule);
            fired.Add(new FiredRule(rule, ruleResult));
        }

        return fired;
    }

    /// <summary>Reports a warning once per <paramref name="key"/>, so a problem that repeats every week is said once.</summary>
    public void WarnOnce(string key, Diagnostic diagnostic)
    {
        if (_reportedFailures.Add(key))
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>The first rule that fired, or null.</summary>
    public FiredRule? First(string workflow, object?[] inputs, RuleContext context)
    {
        var fired = Fire(workflow, inputs, context);
        return fired.Count > 0 ? fired[0] : null;
    }

    private void ReportFailure(string workflow, RuleResult result, RuleContext context, string failure)
    {
        var key = $"{workflow}/{result.RuleName}: {failure}";
        if (_reportedFailures.Add(key))
        {
            diagnostics.Add(new Diagnostic(CoachingDiagnostics.RuleFailed, result.Source is { IsNone: false } source ? source : Location.None, result.RuleName, context.ToString(), failure));
        }
    }
}

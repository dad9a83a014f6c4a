using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// Sees every evaluation of a design, with every rule's result, past the first success of a <c>HitPolicy: First</c>
/// workflow too: how lint learns which rules would fire for an athlete. The design itself is the same as without it.
/// </summary>
internal interface IRuleObserver
{
    /// <summary><paramref name="workflow"/> was evaluated with <paramref name="inputs"/>; <paramref name="everyRule"/> holds a result per enabled rule.</summary>
    void Evaluated(DesignerWorkflow workflow, object?[] inputs, WorkflowResult everyRule, RuleContext context);
}

/// <summary>Evaluates the designer's workflows and keeps what fired, for the plan's reasons and for coverage.</summary>
internal sealed class RuleRunner(CoachingRules rules, DiagnosticBag diagnostics, IRuleObserver? observer = null)
{
    private static readonly EvaluationOptions EveryRule = new() { EveryRule = true };

    private readonly HashSet<string> _reportedFailures = new(StringComparer.Ordinal);
    private readonly HashSet<DesignerRule> _fired = [];

    /// <summary>Every rule that fired in this run ("Workflow/Rule").</summary>
    public IEnumerable<string> Fired => _fired.Select(r => r.Name);

    /// <summary>Evaluates <paramref name="workflow"/> and returns the rules that succeeded, in file order.</summary>
    public List<FiredRule> Fire(string workflow, object?[] inputs, RuleContext context)
    {
        var designer = rules.Designer(workflow);
        var stopAtFirst = designer.Compiled.Definition.HitPolicy == HitPolicy.First;
        IReadOnlyList<RuleResult> results;
        if (observer is null)
        {
            results = rules.Evaluator.Evaluate(designer.Compiled, inputs);
        }
        else
        {
            // Every rule for the observer (lint, always on the built-in engine, which can go past the first success);
            // the design below still stops where the hit policy says.
            var result = designer.Compiled.Evaluate(inputs, stopAtFirst ? EveryRule : null);
            observer.Evaluated(designer, inputs, result, context);
            results = result.Results;
        }

        var fired = new List<FiredRule>(2);
        foreach (var ruleResult in results)
        {
            if (ruleResult.ExceptionMessage is { } failure)
            {
                ReportFailure(workflow, ruleResult, context, failure);
            }

            if (ruleResult.IsSuccess && designer.TryGetRule(ruleResult.RuleName, out var rule))
            {
                _fired.Add(rule);
                fired.Add(new FiredRule(rule, ruleResult));
            }

            // Where the engine stops by itself; the observer's results go on past it, and they are not the design's.
            if (stopAtFirst && ruleResult.IsSuccess)
            {
                break;
            }
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

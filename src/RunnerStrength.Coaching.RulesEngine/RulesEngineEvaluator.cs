using System.Collections.Frozen;
using RulesEngine.Models;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Workflows;
using EngineActionResult = RunnerStrength.Engine.Evaluation.ActionResult;

namespace RunnerStrength.Coaching.RulesEngine;

/// <summary>One rule set's workflows in a Microsoft RulesEngine, evaluated with the designer's inputs and reported as RunnerStrength's results.</summary>
internal sealed class RulesEngineEvaluator : WorkflowEvaluator
{
    private readonly global::RulesEngine.RulesEngine _engine;
    private readonly FrozenDictionary<string, WorkflowDefinition> _definitions;
    private readonly FrozenDictionary<string, FrozenDictionary<string, RuleDefinition>> _rules;

    public RulesEngineEvaluator(CompiledRuleSet ruleSet)
    {
        var converted = RulesEngineWorkflows.Convert(ruleSet);
        _engine = new global::RulesEngine.RulesEngine([.. converted.Workflows], Settings(converted.CustomTypes));
        _definitions = ruleSet.Workflows.ToFrozenDictionary(w => w.Name, w => w.Definition, StringComparer.Ordinal);
        _rules = _definitions.ToFrozenDictionary(w => w.Key, w => TopLevelRules(w.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// The rules a workflow's results name: its own, then those of the workflows it injects (and they in turn), each
    /// name once, as both engines append them. Disabled rules give no result in either.
    /// </summary>
    private FrozenDictionary<string, RuleDefinition> TopLevelRules(WorkflowDefinition workflow)
    {
        var rules = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<WorkflowDefinition>([workflow]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Name))
            {
                continue;
            }

            foreach (var rule in next.Rules.Where(r => r.Enabled))
            {
                rules.TryAdd(rule.Name, rule);
            }

            foreach (var injected in next.WorkflowsToInject.Reverse())
            {
                if (_definitions.TryGetValue(injected.Name, out var definition))
                {
                    pending.Push(definition);
                }
            }
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// RulesEngine's defaults, with the enum types the rules name, and ErrorMessage left unformatted: formatted, it
    /// takes the place of <see cref="RuleResultTree.ExceptionMessage"/>, which must say only that a rule could not be evaluated.
    /// </summary>
    public static ReSettings Settings(IEnumerable<Type> customTypes) => new()
    {
        CustomTypes = [.. customTypes],
        EnableFormattedErrorMessage = false,
    };

    public override IReadOnlyList<RuleResult> Evaluate(CompiledWorkflow workflow, object?[] inputs) =>
        ApplyHitPolicy(workflow, EvaluateAll(workflow, inputs));

    /// <summary>
    /// <paramref name="all"/> as RunnerStrength reports them: RulesEngine has no hit policy and evaluates every rule, so
    /// under <c>First</c> only the results up to the first success are kept.
    /// </summary>
    internal IReadOnlyList<RuleResult> ApplyHitPolicy(CompiledWorkflow workflow, IReadOnlyList<RuleResult> all)
    {
        if (_definitions[workflow.Name].HitPolicy == HitPolicy.First)
        {
            for (var i = 0; i < all.Count; i++)
            {
                if (all[i].IsSuccess)
                {
                    return all.Take(i + 1).ToList();
                }
            }
        }

        return all;
    }

    /// <summary>Every enabled top-level rule's result, as RulesEngine evaluates them all, whatever the hit policy.</summary>
    internal IReadOnlyList<RuleResult> EvaluateAll(CompiledWorkflow workflow, object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(inputs);
        var parameters = new RuleParameter[workflow.Inputs.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var input = workflow.Inputs[i];
            var value = i < inputs.Length ? inputs[i] : null;
            parameters[i] = value is null ? RuleParameter.Create(input.Name, input.Type) : new RuleParameter(input.Name, value);
        }

        // RulesEngine's only entry point is asynchronous; with these rules it completes at once.
        var pending = _engine.ExecuteAllRulesAsync(workflow.Name, parameters);
        var trees = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var rules = _rules[workflow.Name];
        var results = new List<RuleResult>(trees.Count);
        foreach (var tree in trees)
        {
            results.Add(Map(tree, rules[tree.Rule.RuleName]));
        }

        return results;
    }

    // Child rules may share a name, even under one parent: RulesEngine gives a result for each enabled child, in order.
    private static List<RuleResult> Children(RuleResultTree tree, RuleDefinition parent)
    {
        var enabled = parent.Rules.Where(r => r.Enabled).ToList();
        var results = tree.ChildResults?.ToList() ?? [];
        return [.. results.Select((child, i) => Map(child, i < enabled.Count && enabled[i].Name == child.Rule.RuleName
            ? enabled[i]
            : enabled.First(r => string.Equals(r.Name, child.Rule.RuleName, StringComparison.Ordinal))))];
    }

    private static RuleResult Map(RuleResultTree tree, RuleDefinition rule)
    {
        var action = tree.IsSuccess ? rule.OnSuccess : rule.OnFailure;
        var children = Children(tree, rule);
        return new RuleResult
        {
            RuleName = rule.Name,
            IsSuccess = tree.IsSuccess,
            ExceptionMessage = string.IsNullOrEmpty(tree.ExceptionMessage) ? null : tree.ExceptionMessage,
            SuccessEvent = tree.IsSuccess ? rule.SuccessEvent : null,
            Properties = rule.Properties,
            ChildResults = children,
            ActionResult = action is null ? null : new EngineActionResult(tree.ActionResult?.Output, tree.ActionResult?.Exception?.Message, null),
            Source = rule.Location,
        };
    }
}

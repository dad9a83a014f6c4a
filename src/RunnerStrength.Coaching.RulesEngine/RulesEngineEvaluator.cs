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

    public RulesEngineEvaluator(CompiledRuleSet ruleSet)
    {
        var converted = RulesEngineWorkflows.Convert(ruleSet);
        _engine = new global::RulesEngine.RulesEngine([.. converted.Workflows], Settings(converted.CustomTypes));
        _definitions = ruleSet.Workflows.ToFrozenDictionary(w => w.Name, w => w.Definition, StringComparer.Ordinal);
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
        var definition = _definitions[workflow.Name];
        var results = new List<RuleResult>(trees.Count);
        foreach (var tree in trees)
        {
            results.Add(Map(tree, Find(definition.Rules, tree.Rule.RuleName)));
        }

        return results;
    }

    private static RuleDefinition Find(IEnumerable<RuleDefinition> rules, string name) =>
        rules.First(r => r.Enabled && string.Equals(r.Name, name, StringComparison.Ordinal));

    private static RuleResult Map(RuleResultTree tree, RuleDefinition rule)
    {
        var action = tree.IsSuccess ? rule.OnSuccess : rule.OnFailure;
        var children = tree.ChildResults?.Select(child => Map(child, Find(rule.Rules, child.Rule.RuleName))).ToList() ?? [];
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

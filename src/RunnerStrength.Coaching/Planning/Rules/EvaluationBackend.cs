using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>
/// What evaluates the designer's workflows. <see cref="BuiltIn"/>, RunnerStrength's own engine (the workflows as
/// compiled at load), is the default; another engine can stand in for it, such as Microsoft RulesEngine
/// (<c>RulesEngineBackend</c> in the RunnerStrength.Coaching.RulesEngine library). Choose one with
/// <see cref="CoachingRules.WithBackend"/>: everything the designer decides then comes from that engine's results.
/// </summary>
public abstract class EvaluationBackend
{
    /// <summary>RunnerStrength's own engine: type-checked at load, compiled, sandboxed. The default.</summary>
    public static EvaluationBackend BuiltIn { get; } = new BuiltInBackend();

    /// <summary>The backend's name, as the CLI's <c>plan --engine</c> takes it: <c>builtin</c>, <c>rulesengine</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Prepares this backend for <paramref name="rules"/>, once per rule set (<see cref="CoachingRules.WithBackend"/>
    /// calls it): what evaluates that rule set's workflows from then on.
    /// </summary>
    public abstract WorkflowEvaluator Prepare(CoachingRules rules);

    /// <inheritdoc />
    public override string ToString() => Name;

    private sealed class BuiltInBackend : EvaluationBackend
    {
        public override string Name => "builtin";

        public override WorkflowEvaluator Prepare(CoachingRules rules) => BuiltInEvaluator.Instance;
    }

    private sealed class BuiltInEvaluator : WorkflowEvaluator
    {
        public static readonly BuiltInEvaluator Instance = new();

        public override IReadOnlyList<RuleResult> Evaluate(CompiledWorkflow workflow, object?[] inputs)
        {
            ArgumentNullException.ThrowIfNull(workflow);
            return workflow.Evaluate(inputs).Results;
        }
    }
}

/// <summary>Evaluates the workflows of one rule set for the designer (made by <see cref="EvaluationBackend.Prepare"/>); safe to call from many threads.</summary>
public abstract class WorkflowEvaluator
{
    /// <summary>
    /// The results of <paramref name="workflow"/>'s rules for <paramref name="inputs"/> (given in the order
    /// <see cref="CoachingWorkflows.Inputs"/> lists them, as <see cref="CompiledWorkflow.Inputs"/> declares them), as
    /// RunnerStrength's engine reports them: the top-level rules in file order, disabled rules left out, and under
    /// HitPolicy First only up to the first that succeeds. The designer reads each result's name, outcome,
    /// <see cref="RuleResult.SuccessEvent"/>, action output and <see cref="RuleResult.ExceptionMessage"/> (a rule that
    /// could not be evaluated: a warning, and the rule does not fire).
    /// </summary>
    public abstract IReadOnlyList<RuleResult> Evaluate(CompiledWorkflow workflow, object?[] inputs);
}

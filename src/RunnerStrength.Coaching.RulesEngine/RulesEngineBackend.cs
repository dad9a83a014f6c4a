using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.RulesEngine;

/// <summary>
/// Microsoft RulesEngine 6 as the designer's backend: the rule set's workflows, read and checked by RunnerStrength at
/// load, are handed to RulesEngine (and its Dynamic LINQ) and evaluated there with the same inputs the designer
/// gives its own engine. Use it with <c>rules.WithBackend(RulesEngineBackend.Instance)</c>.
/// </summary>
/// <remarks>
/// The expressions go to RulesEngine as written but where Dynamic LINQ reads RunnerStrength's dialect otherwise
/// (<see cref="DynamicLinqDialect"/>): enum values compared with the words of the files (<c>week.phase == "race-specific"</c>
/// becomes <c>week.phase == TrainingPhase.RaceSpecific</c>, the enum types registered as RulesEngine's custom types),
/// <c>in</c> over a nullable enum, <c>not in</c> and text in single quotes. HitPolicy (RunnerStrength's own) is applied to
/// RulesEngine's results: under <c>First</c>, the results after the first success are dropped. Only workflows the
/// built-in engine loaded reach RulesEngine, so what its sandbox refuses never runs here either.
/// </remarks>
public sealed class RulesEngineBackend : EvaluationBackend
{
    private RulesEngineBackend()
    {
    }

    /// <summary>The backend; it keeps no state of its own (each rule set gets its own RulesEngine).</summary>
    public static RulesEngineBackend Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "rulesengine";

    /// <inheritdoc />
    public override WorkflowEvaluator Prepare(CoachingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new RulesEngineEvaluator(rules.RuleSet);
    }
}

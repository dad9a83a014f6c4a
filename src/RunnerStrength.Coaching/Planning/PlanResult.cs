using System.Collections.Immutable;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Planning;

/// <summary>A designed plan, or the problems that kept it from being designed; warnings may come with a plan.</summary>
public sealed record PlanResult(StrengthPlan? Plan, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when there is a plan.</summary>
    public bool Succeeded => Plan is not null;

    /// <summary>Every rule that fired while designing ("Workflow/Rule"), for coverage reports.</summary>
    public ImmutableSortedSet<string> FiredRules { get; init; } = [];
}

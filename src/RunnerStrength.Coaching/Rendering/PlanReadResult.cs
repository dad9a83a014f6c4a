using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>The outcome of reading a plan file: the plan when it could be read, and every problem found.</summary>
public sealed record PlanReadResult
{
    /// <summary>The plan, or null when the file has errors.</summary>
    public required StrengthPlan? Plan { get; init; }

    /// <summary>The problems found, with their positions in the file.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
}

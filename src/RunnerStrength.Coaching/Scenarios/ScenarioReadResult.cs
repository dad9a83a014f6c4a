using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>A scenario file read: the scenario when nothing is an error, and every problem found.</summary>
public sealed record ScenarioReadResult(Scenario? Scenario, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the scenario was read without errors.</summary>
    public bool Succeeded => Scenario is not null && !Diagnostics.Any(d => d.IsError);
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>How one scenario ran: whether every expectation held, the ones that did not, and the rules that fired designing its plan.</summary>
public sealed record ScenarioOutcome(string Name, string Path, bool Passed, ImmutableArray<ExpectationFailure> Failures, ImmutableSortedSet<string> FiredRules)
{
    /// <summary>Problems found while running it: the rule set's, unknown rule or exercise names, the designer's warnings and errors.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>How long reading, designing and checking it took (zero when run on its own).</summary>
    public TimeSpan Elapsed { get; init; }
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>A folder of scenarios run: each outcome, every diagnostic, and which rules the suite made fire.</summary>
public sealed record ScenarioSuiteResult(ImmutableArray<ScenarioOutcome> Outcomes, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>How many scenarios passed.</summary>
    public int Passed => Outcomes.Count(o => o.Passed);

    /// <summary>How many scenarios failed, files that could not be read included.</summary>
    public int Failed => Outcomes.Count(o => !o.Passed);

    /// <summary>Every rule ("Workflow/Rule") that fired in any scenario.</summary>
    public ImmutableSortedSet<string> FiredRules => Outcomes.SelectMany(o => o.FiredRules).ToImmutableSortedSet(StringComparer.Ordinal);

    /// <summary>Every rule of the designer's workflows in the rule sets the scenarios used.</summary>
    public ImmutableSortedSet<string> AllRules { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>The rules of <see cref="AllRules"/> no scenario made fire.</summary>
    public ImmutableSortedSet<string> UnfiredRules => AllRules.Except(FiredRules);
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Lint;

/// <summary>What a rule set does that its author may not have meant.</summary>
public enum LintFindingKind
{
    /// <summary>A rule of a workflow whose first firing rule decides, that never decides: an earlier rule always fires first (RS4101).</summary>
    Shadowed,

    /// <summary>A rule that fires for no athlete of the population (RS4102).</summary>
    NeverFires,

    /// <summary>
    /// Two rules of a workflow whose first firing rule decides that test a common fact, fire together (the later would
    /// decide but for the earlier) and decide differently, neither a special case of the other: only their order decides
    /// there (RS4103, a message).
    /// </summary>
    Overlap,

    /// <summary>A workflow that must decide and, for some athletes, has no rule that fires (RS4104).</summary>
    Gap,

    /// <summary>A variant's file that replaces a workflow and decides the same as the workflow it replaces, for every athlete (RS4105).</summary>
    UnchangedOverride,
}

/// <summary>An athlete that shows a finding, and where in the plan: <c>week 3 (2026-12-07) tuesday goblet-squat</c>.</summary>
public sealed record LintExample(LintAthlete Athlete, string Context)
{
    /// <summary>The athlete and the place: <c>Tomasz (rules/examples/athletes/x.json), week 3 (2026-12-07)</c>.</summary>
    public override string ToString() => $"{Athlete.Label}, {Context}";
}

/// <summary>One finding: its diagnostic (code, place and message), and the workflow, rules and athletes it is about.</summary>
public sealed record LintFinding
{
    /// <summary>What kind of finding.</summary>
    public required LintFindingKind Kind { get; init; }

    /// <summary>The warning, placed at the rule (or the workflow) it is about, as validate's are.</summary>
    public required Diagnostic Diagnostic { get; init; }

    /// <summary>The workflow.</summary>
    public required string Workflow { get; init; }

    /// <summary>The rules it is about, in file order (none for a gap or an override).</summary>
    public ImmutableArray<string> Rules { get; init; } = [];

    /// <summary>How many athletes of the population show it (0 for a rule that never fires).</summary>
    public int AthleteCount { get; init; }

    /// <summary>The first athletes that show it (at most five), samples before generated ones, with where in the plan.</summary>
    public ImmutableArray<LintExample> Examples { get; init; } = [];

    /// <summary>The kind as the JSON output writes it: <c>shadowed</c>, <c>never-fires</c>, <c>overlap</c>, <c>gap</c>, <c>unchanged-override</c>.</summary>
    public string KindName => Kind switch
    {
        LintFindingKind.Shadowed => "shadowed",
        LintFindingKind.NeverFires => "never-fires",
        LintFindingKind.Overlap => "overlap",
        LintFindingKind.Gap => "gap",
        _ => "unchanged-override",
    };
}

/// <summary>What lint found in a rule set for a population.</summary>
public sealed record LintResult
{
    /// <summary>The findings, by file and position.</summary>
    public ImmutableArray<LintFinding> Findings { get; init; } = [];

    /// <summary>
    /// Other problems: a sample athlete that cannot be read, an athlete the rule set could not plan (RS4106), the rule
    /// set a variant extends not loading. Findings are not repeated here.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The population the rule set was planned for.</summary>
    public required LintPopulation Population { get; init; }

    /// <summary>How many workflows were looked at (the designer's).</summary>
    public int Workflows { get; init; }

    /// <summary>How many rule evaluations the plans made.</summary>
    public long Evaluations { get; init; }
}

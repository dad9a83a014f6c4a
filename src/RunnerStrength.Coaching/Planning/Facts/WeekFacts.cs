using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>What rules know about a week of the plan (the <c>week</c> input). Phase, deload and planned sessions are filled as the designer decides them.</summary>
public sealed record WeekFacts
{
    /// <summary>1 for the first week of the plan.</summary>
    public required int Number { get; init; }

    /// <summary>The Monday the week starts on.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The Sunday it ends on.</summary>
    public required DateOnly End { get; init; }

    /// <summary>True when the athlete has a race.</summary>
    public required bool HasRace { get; init; }

    /// <summary>The race's distance, when there is a race.</summary>
    public RaceDistance? RaceDistance { get; init; }

    /// <summary>Whole weeks from this week to the race week: 0 in the race week, 1 the week before; null without a race.</summary>
    public int? WeeksToRace { get; init; }

    /// <summary>Days from the week's Monday to race day (6 when the race is on the Sunday of this week); null without a race.</summary>
    public int? DaysToRace { get; init; }

    /// <summary>How many weeks the plan has.</summary>
    public int WeeksInPlan { get; init; }

    /// <summary>Weeks from the plan's first week to the race week (the race week's number minus 1); null without a race.</summary>
    public int? PlanWeeksToRace { get; init; }

    /// <summary>This week's place in its phase: 1 for the first week of a phase (set once the Phase workflow has decided; 0 while it runs).</summary>
    public int WeekOfPhase { get; init; }

    /// <summary>Loading (non-deload) weeks in a row just before this one, counted through base and build; a deload or another phase starts again at 0 (set once the Phase workflow has decided).</summary>
    public int LoadingWeeks { get; init; }

    /// <summary>The training phase (set by the Phase workflow; <c>base</c> while it runs).</summary>
    public TrainingPhase Phase { get; init; }

    /// <summary>True in a deload week (set by the Deload workflow).</summary>
    public bool Deload { get; init; }

    /// <summary>Days with a run (anything but rest).</summary>
    public required int RunDays { get; init; }

    /// <summary>Days with a quality run: tempo, intervals, hills or race pace.</summary>
    public required int QualityDays { get; init; }

    /// <summary>Days with a long run.</summary>
    public required int LongRunDays { get; init; }

    /// <summary>Days with an easy or recovery run.</summary>
    public required int EasyDays { get; init; }

    /// <summary>Rest days.</summary>
    public required int RestDays { get; init; }

    /// <summary>How many strength sessions the Volume workflow planned (0 while it runs).</summary>
    public int PlannedSessions { get; init; }
}

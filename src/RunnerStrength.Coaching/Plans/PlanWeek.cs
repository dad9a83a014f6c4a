using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Plans;

/// <summary>One week of a plan: its phase, whether it is a deload, and its strength sessions.</summary>
public sealed record PlanWeek
{
    /// <summary>The 1-based week number within the plan.</summary>
    public required int Week { get; init; }

    /// <summary>The first day of the week.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The phase of the running season the week belongs to.</summary>
    public required TrainingPhase Phase { get; init; }

    /// <summary>True when the week reduces volume to absorb the previous weeks' work.</summary>
    public required bool Deload { get; init; }

    /// <summary>Whole weeks left until race day, or null when no race is planned.</summary>
    public required int? WeeksToRace { get; init; }

    /// <summary>The strength sessions of the week, in date order.</summary>
    public required IReadOnlyList<PlannedSession> Sessions { get; init; }

    /// <summary>Notes for this week only.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The strength tests to do this week (a re-test week), in rule order; empty in other weeks.</summary>
    public IReadOnlyList<PlannedTest> Retests { get => _retests; init => _retests = value ?? []; }

    private readonly IReadOnlyList<PlannedTest> _retests = [];
}

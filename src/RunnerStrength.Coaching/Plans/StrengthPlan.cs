namespace RunnerStrength.Coaching.Plans;

/// <summary>A designed strength program: the weeks, their sessions and the coach's notes for one athlete.</summary>
public sealed record StrengthPlan
{
    /// <summary>The athlete's name as the coach writes it.</summary>
    public required string Athlete { get; init; }

    /// <summary>The athlete's stable id from the profile, or null when it gives none; calendars make their event UIDs from it.</summary>
    public string? AthleteId { get; init; }

    /// <summary>The first day of the plan (the Monday of week 1).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The weeks of the plan, in order.</summary>
    public required IReadOnlyList<PlanWeek> Weeks { get; init; }

    /// <summary>Notes that hold for the whole plan.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Plans;

/// <summary>One strength session on one day, placed beside that day's run.</summary>
public sealed record PlannedSession
{
    /// <summary>The day of the week.</summary>
    public required DayOfWeek Day { get; init; }

    /// <summary>The calendar date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The run the session sits beside on that day.</summary>
    public required RunKind Run { get; init; }

    /// <summary>Lift before or after the day's run; null on a day without a run.</summary>
    public SessionOrder? Order { get; init; }

    /// <summary>The kind of session, such as <c>full-body</c> or <c>core-mobility</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The session's kind in plain words for the runner, such as "Lower body and core", from the SessionPlan rule; null when the rule gives none.</summary>
    public string? Title { get; init; }

    /// <summary>True when no easy or rest day passed the placement rules and the session fell back to a quality day, after the run.</summary>
    public bool Fallback { get; init; }

    /// <summary>What the placement rules say about this session's day (their notes), such as why it sits after a quality run; null when they say nothing.</summary>
    public string? Note { get; init; }

    /// <summary>How hard the session is.</summary>
    public required SessionIntensity Intensity { get; init; }

    /// <summary>The planned length in minutes, warm-up included.</summary>
    public required int Minutes { get; init; }

    /// <summary>The warm-up, in order.</summary>
    public required IReadOnlyList<WarmupItem> Warmup { get; init; }

    /// <summary>The exercises, in order, grouped into supersets by <see cref="PlannedExercise.Group"/>.</summary>
    public required IReadOnlyList<PlannedExercise> Exercises { get; init; }

    /// <summary>The rules that shaped the session, for explaining it.</summary>
    public required IReadOnlyList<PlanReason> Why { get; init; }
}

namespace RunnerStrength.Coaching.Athletes;

/// <summary>Sets of one exercise done on one day: reps reached in every set, or seconds held.</summary>
public sealed record HistoryEntry
{
    /// <summary>The day the sets were done.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The exercise's catalog id.</summary>
    public required string Exercise { get; init; }

    /// <summary>How many sets were done.</summary>
    public required int Sets { get; init; }

    /// <summary>Reps reached in every set (per side for single-leg work), or null for a hold.</summary>
    public int? Reps { get; init; }

    /// <summary>Seconds held or worked in every set, or null for rep work.</summary>
    public int? Seconds { get; init; }

    /// <summary>Rate of perceived exertion of the hardest set, 1-10, or null when not noted.</summary>
    public double? Rpe { get; init; }

    /// <summary>The load as written, such as <c>12 kg</c>; null for bodyweight.</summary>
    public string? Load { get; init; }
}

using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>An exercise's default dose for one session: sets of reps or of seconds, rest and tempo.</summary>
public sealed record ExerciseDose
{
    /// <summary>Number of sets.</summary>
    public required int Sets { get; init; }

    /// <summary>Reps per set, or null for a timed exercise.</summary>
    public DoseRange? Reps { get; init; }

    /// <summary>Seconds per set for holds and timed drills, or null for rep work.</summary>
    public DoseRange? Seconds { get; init; }

    /// <summary>True when the reps or seconds are done on each side.</summary>
    public bool PerSide { get; init; }

    /// <summary>Rest after each set, in seconds.</summary>
    public required int RestSeconds { get; init; }

    /// <summary>Seconds down, pause and up, such as <c>3-0-1</c>; null for no prescribed tempo.</summary>
    public string? Tempo { get; init; }
}

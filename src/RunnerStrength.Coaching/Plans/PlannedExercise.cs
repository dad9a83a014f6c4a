using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Plans;

/// <summary>One exercise of a session with its dose: sets, reps or hold time, rest, tempo and load.</summary>
public sealed record PlannedExercise
{
    /// <summary>The catalog id of the exercise.</summary>
    public required string Id { get; init; }

    /// <summary>The exercise's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The superset label, such as <c>A1</c>: exercises sharing a letter are done in rotation.</summary>
    public required string Group { get; init; }

    /// <summary>The movement pattern the exercise trains.</summary>
    public required MovementPattern Pattern { get; init; }

    /// <summary>The equipment needed; empty for none.</summary>
    public required IReadOnlyList<string> Equipment { get; init; }

    /// <summary>The number of sets.</summary>
    public required int Sets { get; init; }

    /// <summary>Reps per set, or null for a timed exercise.</summary>
    public required DoseRange? Reps { get; init; }

    /// <summary>Seconds per set for a hold or timed exercise, or null.</summary>
    public required DoseRange? Seconds { get; init; }

    /// <summary>True when the dose is done on each side (single-leg or single-arm work).</summary>
    public required bool PerSide { get; init; }

    /// <summary>Rest after the exercise, in seconds.</summary>
    public required int RestSeconds { get; init; }

    /// <summary>The tempo as seconds down, pause and up, such as <c>3-0-1</c>; null for no prescribed tempo.</summary>
    public required string? Tempo { get; init; }

    /// <summary>The load, such as <c>bodyweight</c>, <c>RPE 7</c> or <c>2 × 12 kg dumbbells</c>.</summary>
    public required string Load { get; init; }

    /// <summary>True for injury-mitigation work, which comes on top of the weekly set budget.</summary>
    public bool Mitigation { get; init; }

    /// <summary>How the prescription moves: what changed this week and why, and the cue for the next step; null when neither.</summary>
    public required PlannedProgression? Progression { get; init; }
}

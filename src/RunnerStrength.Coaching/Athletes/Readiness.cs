namespace RunnerStrength.Coaching.Athletes;

/// <summary>How recovered the athlete is; any value may be missing.</summary>
public sealed record Readiness
{
    /// <summary>Muscle soreness from 0 (none) to 10 (very sore).</summary>
    public int? Soreness { get; init; }

    /// <summary>Average hours of sleep a night lately.</summary>
    public double? SleepHours { get; init; }

    /// <summary>Resting heart rate above normal, in beats per minute.</summary>
    public int? RestingHrDelta { get; init; }

    /// <summary>Mood from 1 (very low) to 5 (great).</summary>
    public int? Mood { get; init; }
}

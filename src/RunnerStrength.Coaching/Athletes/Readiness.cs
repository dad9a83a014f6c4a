using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>How recovered the athlete is; any value may be missing.</summary>
public sealed record Readiness
{
    /// <summary>The day of the reading, or null for a single reading given without a date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Date { get; init; }

    /// <summary>Muscle soreness from 0 (none) to 10 (very sore).</summary>
    public int? Soreness { get; init; }

    /// <summary>Average hours of sleep a night lately.</summary>
    public double? SleepHours { get; init; }

    /// <summary>Resting heart rate above normal, in beats per minute.</summary>
    public int? RestingHrDelta { get; init; }

    /// <summary>Mood from 1 (very low) to 5 (great).</summary>
    public int? Mood { get; init; }
}

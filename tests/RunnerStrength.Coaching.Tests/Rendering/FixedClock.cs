namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>A clock stopped at one moment, so a calendar's DTSTAMP and SEQUENCE are known.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Friday 20 November 2026, 09:00 UTC.</summary>
    public static FixedClock Friday { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

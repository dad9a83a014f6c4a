namespace RunnerStrength.Tools.Tests.Support;

/// <summary>A clock stopped at one moment, in UTC, so "today" and the default plan start never move.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>A session a scenario expects on one day; the intensity, kind and run are checked when given.</summary>
public sealed record SessionExpectation
{
    /// <summary>The day that must hold the session.</summary>
    public required DayOfWeek Day { get; init; }

    /// <summary>The session's intensity, or null when it does not matter.</summary>
    public SessionIntensity? Intensity { get; init; }

    /// <summary>The session's kind, or null when it does not matter.</summary>
    public string? Kind { get; init; }

    /// <summary>The run beside it, or null when it does not matter.</summary>
    public RunKind? Run { get; init; }
}

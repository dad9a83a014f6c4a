using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>A session a scenario expects on one day; the intensity, kind, run, order and fallback are checked when given.</summary>
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

    /// <summary>Whether the session comes before or after the day's run, or null when it does not matter.</summary>
    public SessionOrder? Order { get; init; }

    /// <summary>Whether the session fell back onto a quality day because no easy or rest day passed, or null when it does not matter.</summary>
    public bool? Fallback { get; init; }
}

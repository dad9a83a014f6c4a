using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>What rules know about a strength session being placed or filled (the <c>session</c> input).</summary>
public sealed record SessionFacts
{
    /// <summary>1 for the week's first session.</summary>
    public required int Index { get; init; }

    /// <summary>1 for the week's hardest session (the first placed), 2 for the next, and so on (set once placed; 0 while placing).</summary>
    public int Rank { get; init; }

    /// <summary>How many sessions the week holds.</summary>
    public required int Count { get; init; }

    /// <summary>How hard the session is.</summary>
    public required SessionIntensity Intensity { get; init; }

    /// <summary>True while placing a session that no day allowed under the first pass of the Placement rules: the rules may then allow a fallback day (article 002: after a quality run).</summary>
    public bool Fallback { get; init; }

    /// <summary>True when the next day holds a quality run or the long run (set once placed).</summary>
    public bool BeforeHardRun { get; init; }

    /// <summary>The session's length in minutes (set once planned; 0 while placing).</summary>
    public int Minutes { get; init; }

    /// <summary>The session's kind, such as full-body (set by SessionPlan; empty before).</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The day's run beside it (set once placed).</summary>
    public RunKind? Run { get; init; }

    /// <summary>The plyometric impact chosen by SessionExtras (low or high), if the session holds plyometrics.</summary>
    public string? Plyometrics { get; init; }
}

namespace RunnerStrength.Coaching.Plans;

/// <summary>A strength test of a re-test week (article 001: test every 4-6 weeks), or a benchmark (article 000).</summary>
public sealed record PlannedTest
{
    /// <summary>The test's name, such as <c>Max push-ups</c>.</summary>
    public required string Name { get; init; }

    /// <summary>How to do it and what to write down.</summary>
    public required string How { get; init; }

    /// <summary>What to aim for, such as the 1.5 × body weight back squat; null when the test only measures.</summary>
    public string? Target { get; init; }
}

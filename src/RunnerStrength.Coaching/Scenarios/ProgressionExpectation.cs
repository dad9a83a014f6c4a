namespace RunnerStrength.Coaching.Scenarios;

/// <summary>An exercise a scenario expects in a week, with text its progression note must contain.</summary>
public sealed record ProgressionExpectation
{
    /// <summary>The catalog id of the planned exercise.</summary>
    public required string Exercise { get; init; }

    /// <summary>Text the progression note contains (case does not matter).</summary>
    public required string Contains { get; init; }
}

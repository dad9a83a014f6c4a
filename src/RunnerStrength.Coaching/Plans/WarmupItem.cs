namespace RunnerStrength.Coaching.Plans;

/// <summary>One warm-up drill and how long to do it.</summary>
public sealed record WarmupItem
{
    /// <summary>The catalog id of the drill.</summary>
    public required string Id { get; init; }

    /// <summary>The drill's display name.</summary>
    public required string Name { get; init; }

    /// <summary>How long to do it, in seconds.</summary>
    public required int Seconds { get; init; }
}

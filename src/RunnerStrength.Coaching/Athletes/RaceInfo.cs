namespace RunnerStrength.Coaching.Athletes;

/// <summary>The goal race: when it is and how far.</summary>
public sealed record RaceInfo
{
    /// <summary>Race day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The race distance.</summary>
    public required RaceDistance Distance { get; init; }
}

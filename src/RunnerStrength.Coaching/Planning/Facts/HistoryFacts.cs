namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>The athlete's most recent log of one exercise (the <c>history</c> input of Progression).</summary>
public sealed record HistoryFacts
{
    /// <summary>The catalog id.</summary>
    public required string Exercise { get; init; }

    /// <summary>When it was done.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Sets done.</summary>
    public required int Sets { get; init; }

    /// <summary>Reps reached in every set, or null for holds.</summary>
    public int? Reps { get; init; }

    /// <summary>Seconds held, or null for reps.</summary>
    public int? Seconds { get; init; }

    /// <summary>Rate of perceived exertion, 1-10.</summary>
    public double? Rpe { get; init; }

    /// <summary>The load as written ("12 kg"), or null for bodyweight.</summary>
    public string? Load { get; init; }

    /// <summary>The logged load per implement in kilograms when the load reads as one (<c>90 kg</c>, <c>2 x 26 kg</c>, <c>35 lb</c>), else null.</summary>
    public double? LoadKg { get; init; }

    /// <summary>How many times the history logs this exercise.</summary>
    public required int Entries { get; init; }
}

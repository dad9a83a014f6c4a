using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>One exercise of the catalog (<c>rules/exercises.json</c>); rule expressions read it by its JSON names.</summary>
public sealed record Exercise
{
    /// <summary>The unique kebab-case id, such as <c>single-leg-glute-bridge</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name plans show.</summary>
    public required string Name { get; init; }

    /// <summary>The movement pattern it trains.</summary>
    public required MovementPattern Pattern { get; init; }

    /// <summary>Everything it needs, as equipment words; empty for bodyweight.</summary>
    public required IReadOnlyList<string> Equipment { get; init; }

    /// <summary>The lowest athlete level it suits.</summary>
    public required AthleteLevel Level { get; init; }

    /// <summary>True for single-leg or single-arm work.</summary>
    public required bool Unilateral { get; init; }

    /// <summary>Ids of the next, harder variations.</summary>
    public IReadOnlyList<string> Harder { get => _harder; init => _harder = value ?? []; }

    /// <summary>Ids of the easier variations.</summary>
    public IReadOnlyList<string> Easier { get => _easier; init => _easier = value ?? []; }

    /// <summary>Injury tags it should be left out for.</summary>
    public IReadOnlyList<string> UnsafeFor { get => _unsafeFor; init => _unsafeFor = value ?? []; }

    /// <summary>Injury tags it helps prevent.</summary>
    public IReadOnlyList<string> Mitigates { get => _mitigates; init => _mitigates = value ?? []; }

    /// <summary>The landing impact of a plyometric exercise; null for every other pattern.</summary>
    public ImpactLevel? Impact { get; init; }

    /// <summary>True when it also serves as a dynamic warm-up drill.</summary>
    public bool Warmup { get; init; }

    /// <summary>The default dose.</summary>
    public required ExerciseDose Dose { get; init; }

    /// <summary>A one-line coaching cue, or null.</summary>
    public string? Notes { get; init; }

    // Missing from a file means empty. The JSON reader's generated code passes null for a missing property to its
    // init accessor (it does not keep the initializer's value), so the accessors turn null into empty.
    private readonly IReadOnlyList<string> _harder = [];

    private readonly IReadOnlyList<string> _easier = [];

    private readonly IReadOnlyList<string> _unsafeFor = [];

    private readonly IReadOnlyList<string> _mitigates = [];
}

using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>A place in a session to fill with an exercise (the <c>slot</c> input), as SessionPlan and SessionExtras describe it.</summary>
public sealed record SlotFacts
{
    /// <summary>The bi-/tri-set group letter: A, B, C ...</summary>
    public required string Group { get; init; }

    /// <summary>The movement pattern to train.</summary>
    public required MovementPattern Pattern { get; init; }

    /// <summary>True when the slot wants single-leg (unilateral) work.</summary>
    public bool Unilateral { get; init; }

    /// <summary>True when the slot is injury-mitigation work.</summary>
    public bool Mitigation { get; init; }

    /// <summary>The injury tag an injury-mitigation slot is for (its work is what the catalog says <c>mitigates</c> it), or null.</summary>
    public string? Injury { get; init; }
}

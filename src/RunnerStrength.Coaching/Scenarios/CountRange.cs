namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// A count a scenario expects: an exact number (<see cref="Min"/> equals <see cref="Max"/>) or a range, both ends
/// included; a range written with only a minimum has <see cref="Max"/> <see cref="int.MaxValue"/>, one with only a
/// maximum has <see cref="Min"/> 0.
/// </summary>
public sealed record CountRange(int Min, int Max)
{
    /// <summary>The <see cref="Max"/> of a range written without one.</summary>
    public const int Unbounded = int.MaxValue;

    /// <summary>True when <paramref name="count"/> is within the range.</summary>
    public bool Contains(int count) => count >= Min && count <= Max;

    /// <summary>"3", "1 to 2", "at least 4" or "at most 12".</summary>
    public override string ToString() => (Min, Max) switch
    {
        var (min, max) when min == max => $"{min}",
        (var min, Unbounded) => $"at least {min}",
        (0, var max) => $"at most {max}",
        var (min, max) => $"{min} to {max}",
    };
}

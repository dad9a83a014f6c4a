namespace RunnerStrength.Coaching.Scenarios;

/// <summary>A count a scenario expects: an exact number (<see cref="Min"/> equals <see cref="Max"/>) or a range, both ends included.</summary>
public sealed record CountRange(int Min, int Max)
{
    /// <summary>True when <paramref name="count"/> is within the range.</summary>
    public bool Contains(int count) => count >= Min && count <= Max;

    /// <summary>"3", or "1 to 2".</summary>
    public override string ToString() => Min == Max ? $"{Min}" : $"{Min} to {Max}";
}

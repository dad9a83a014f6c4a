namespace RunnerStrength.Engine.Text;

/// <summary>A range of characters in a text: a 0-based start and a length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The 0-based index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Makes a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies inside the span (end exclusive).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

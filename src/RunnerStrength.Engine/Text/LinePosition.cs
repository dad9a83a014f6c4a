namespace RunnerStrength.Engine.Text;

/// <summary>A 0-based line and character; shown to people 1-based.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>The position as a person reads it: <c>(line,column)</c>, both 1-based.</summary>
    public override string ToString() => $"({Line + 1},{Character + 1})";
}

namespace RunnerStrength.Engine.Syntax;

/// <summary>Limits that keep a hostile or mistaken expression from hanging the engine or exhausting its stack.</summary>
public sealed record ExpressionLimits
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public int MaxLength { get; init; } = 4_000;

    /// <summary>The deepest syntax tree accepted (every node counts: parentheses, operators, calls, members).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The defaults.</summary>
    public static ExpressionLimits Default { get; } = new();
}

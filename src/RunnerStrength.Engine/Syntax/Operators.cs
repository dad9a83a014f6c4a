namespace RunnerStrength.Engine.Syntax;

/// <summary>The binary operators of the language.</summary>
public enum BinaryOperator
{
    /// <summary><c>+</c> (numbers, or string concatenation).</summary>
    Add,

    /// <summary><c>-</c></summary>
    Subtract,

    /// <summary><c>*</c></summary>
    Multiply,

    /// <summary><c>/</c> (int / int stays int, as in C#).</summary>
    Divide,

    /// <summary><c>%</c></summary>
    Modulo,

    /// <summary><c>==</c> or <c>=</c></summary>
    Equal,

    /// <summary><c>!=</c> or <c>&lt;&gt;</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary><c>&amp;&amp;</c> or <c>and</c>, short-circuiting.</summary>
    And,

    /// <summary><c>||</c> or <c>or</c>, short-circuiting.</summary>
    Or,

    /// <summary><c>??</c></summary>
    Coalesce,
}

/// <summary>The unary operators of the language.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c></summary>
    Negate,

    /// <summary><c>+x</c></summary>
    Plus,

    /// <summary><c>!x</c> or <c>not x</c></summary>
    Not,
}

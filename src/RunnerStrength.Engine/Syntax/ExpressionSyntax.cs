using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

/// <summary>A node of an expression's syntax tree. Spans are 0-based offsets into the expression text.</summary>
public abstract record ExpressionSyntax(TextSpan Span);

/// <summary>A literal: int, long, double, decimal, string, bool or null (<see cref="Value"/> holds the CLR value).</summary>
public sealed record LiteralExpressionSyntax(TextSpan Span, object? Value) : ExpressionSyntax(Span);

/// <summary>A bare name: an input, a param, a lambda parameter, <c>it</c>, or a member of <c>it</c>.</summary>
public sealed record NameExpressionSyntax(TextSpan Span, string Name) : ExpressionSyntax(Span);

/// <summary><c>target.name</c></summary>
public sealed record MemberAccessExpressionSyntax(TextSpan Span, ExpressionSyntax Target, string Name, TextSpan NameSpan) : ExpressionSyntax(Span);

/// <summary><c>target[arguments]</c></summary>
public sealed record IndexExpressionSyntax(TextSpan Span, ExpressionSyntax Target, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

/// <summary>
/// A call: <c>name(args)</c> when <see cref="Target"/> is null (a function such as <c>iif</c> or one the host registered),
/// otherwise <c>target.name(args)</c> (a method, or <c>Math.Max</c> / <c>string.IsNullOrEmpty</c> when the target is a type name).
/// </summary>
public sealed record CallExpressionSyntax(TextSpan Span, ExpressionSyntax? Target, string Name, TextSpan NameSpan, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

/// <summary><c>-x</c>, <c>+x</c>, <c>!x</c>, <c>not x</c></summary>
public sealed record UnaryExpressionSyntax(TextSpan Span, UnaryOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Operand) : ExpressionSyntax(Span);

/// <summary><c>left op right</c></summary>
public sealed record BinaryExpressionSyntax(TextSpan Span, BinaryOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Span);

/// <summary><c>c ? a : b</c> and <c>iif(c, a, b)</c>.</summary>
public sealed record ConditionalExpressionSyntax(TextSpan Span, ExpressionSyntax Condition, ExpressionSyntax WhenTrue, ExpressionSyntax WhenFalse) : ExpressionSyntax(Span);

/// <summary>
/// <c>value in (a, b, c)</c> (<see cref="IsList"/> true: the items are listed) or <c>value in collection</c>
/// (<see cref="IsList"/> false: <see cref="Items"/> holds the single collection expression).
/// A parenthesised single item <c>x in (list)</c> is a list of one; the binder treats it as a collection when it is one.
/// </summary>
public sealed record InExpressionSyntax(TextSpan Span, ExpressionSyntax Value, ImmutableArray<ExpressionSyntax> Items, bool IsList) : ExpressionSyntax(Span)
{
    /// <summary>True for <c>value not in (...)</c> (or <c>not_in</c>): true when the value is none of the items.</summary>
    public bool IsNegated { get; init; }
}

/// <summary><c>x =&gt; body</c> or <c>(x) =&gt; body</c>; only valid as an argument of a sequence method.</summary>
public sealed record LambdaExpressionSyntax(TextSpan Span, string Parameter, TextSpan ParameterSpan, ExpressionSyntax Body) : ExpressionSyntax(Span);

/// <summary><c>(expression)</c>, kept so traces and messages can show what the author grouped.</summary>
public sealed record ParenthesizedExpressionSyntax(TextSpan Span, ExpressionSyntax Expression) : ExpressionSyntax(Span);

/// <summary><c>new [] { a, b, c }</c> or <c>new int[] { ... }</c>, an array literal; <see cref="NewSpan"/> is the span of <c>new</c>.</summary>
public sealed record ArrayExpressionSyntax(TextSpan Span, TextSpan NewSpan, ImmutableArray<ExpressionSyntax> Items) : ExpressionSyntax(Span)
{
    /// <summary>The element type written between <c>new</c> and <c>[]</c> (<c>int</c>), or null when none was.</summary>
    public string? ElementTypeName { get; init; }

    /// <summary>Where <see cref="ElementTypeName"/> is written.</summary>
    public TextSpan ElementTypeSpan { get; init; }
}

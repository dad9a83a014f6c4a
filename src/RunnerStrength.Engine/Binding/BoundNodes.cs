using System.Collections.Immutable;
using System.Reflection;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Binding;

/// <summary>A type-checked node: every node knows its CLR type and the syntax it came from.</summary>
internal abstract record BoundExpression(ExpressionSyntax Syntax, Type Type);

/// <summary>A constant value.</summary>
internal sealed record BoundLiteral(ExpressionSyntax Syntax, Type Type, object? Value) : BoundExpression(Syntax, Type);

/// <summary>A host input, read from the evaluation frame by position.</summary>
internal sealed record BoundInput(ExpressionSyntax Syntax, Type Type, int Index, string Name) : BoundExpression(Syntax, Type);

/// <summary>A global param, read from the frame by position.</summary>
internal sealed record BoundGlobalParam(ExpressionSyntax Syntax, Type Type, int Index, string Name) : BoundExpression(Syntax, Type);

/// <summary>A local param or lambda parameter: a variable of the emitted block.</summary>
internal sealed record BoundVariable(ExpressionSyntax Syntax, Type Type, VariableSymbol Symbol) : BoundExpression(Syntax, Type);

/// <summary>Reading a public data member of a value.</summary>
internal sealed record BoundMember(ExpressionSyntax Syntax, Type Type, BoundExpression Target, MemberInfo Member) : BoundExpression(Syntax, Type);

/// <summary>An indexer: arrays, lists, dictionaries and strings.</summary>
internal sealed record BoundIndex(ExpressionSyntax Syntax, Type Type, BoundExpression Target, BoundExpression Index, MethodInfo? Getter) : BoundExpression(Syntax, Type);

/// <summary>A unary operator over an operand already converted to the operator's type.</summary>
internal sealed record BoundUnary(ExpressionSyntax Syntax, Type Type, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Syntax, Type);

/// <summary>A binary operator over operands already converted to a common type.</summary>
internal sealed record BoundBinary(ExpressionSyntax Syntax, Type Type, BinaryOperator Operator, BoundExpression Left, BoundExpression Right, BinaryKind Kind) : BoundExpression(Syntax, Type);

/// <summary>How a binary operator is carried out.</summary>
internal enum BinaryKind
{
    /// <summary>The CLR operator (numbers, bools, enums, dates).</summary>
    Native,

    /// <summary>Ordinal string comparison for ordering operators.</summary>
    StringOrdering,

    /// <summary>String concatenation with invariant formatting.</summary>
    Concatenation,

    /// <summary>
    /// Whether a reference is null. Never the type's own <c>==</c>: a record's operator is code of the host's type,
    /// which the allow-list does not reach.
    /// </summary>
    NullCheck,
}

/// <summary>A conversion the binder inserted (numeric widening, lifting to nullable, to object).</summary>
internal sealed record BoundConversion(ExpressionSyntax Syntax, Type Type, BoundExpression Operand) : BoundExpression(Syntax, Type);

/// <summary>An enum value turned into its JSON spelling, for comparing with text.</summary>
internal sealed record BoundEnumText(ExpressionSyntax Syntax, BoundExpression Operand) : BoundExpression(Syntax, typeof(string));

/// <summary><c>c ? a : b</c> and <c>iif</c>.</summary>
internal sealed record BoundConditional(ExpressionSyntax Syntax, Type Type, BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse) : BoundExpression(Syntax, Type);

/// <summary><c>a ?? b</c>.</summary>
internal sealed record BoundCoalesce(ExpressionSyntax Syntax, Type Type, BoundExpression Left, BoundExpression Right) : BoundExpression(Syntax, Type);

/// <summary><c>x in (a, b)</c>: equality against each item, or <c>x in list</c>: membership.</summary>
internal sealed record BoundIn(ExpressionSyntax Syntax, BoundExpression Value, ImmutableArray<BoundExpression> Items, BoundExpression? Collection, MethodInfo? ContainsMethod) : BoundExpression(Syntax, typeof(bool))
{
    /// <summary><c>x not in (...)</c>: the opposite answer.</summary>
    public bool IsNegated { get; init; }
}

/// <summary>A call to an allow-listed method (static when <see cref="Target"/> is null).</summary>
internal sealed record BoundCall(ExpressionSyntax Syntax, Type Type, MethodInfo Method, BoundExpression? Target, ImmutableArray<BoundExpression> Arguments) : BoundExpression(Syntax, Type);

/// <summary>A call to a function the host registered.</summary>
internal sealed record BoundFunctionCall(ExpressionSyntax Syntax, Type Type, HostFunction Function, ImmutableArray<BoundExpression> Arguments) : BoundExpression(Syntax, Type);

/// <summary>A lambda handed to a sequence method.</summary>
internal sealed record BoundLambda(ExpressionSyntax Syntax, Type Type, VariableSymbol Parameter, BoundExpression Body) : BoundExpression(Syntax, Type);

/// <summary>A local variable or lambda parameter of the emitted code.</summary>
internal sealed class VariableSymbol(string name, Type type)
{
    public string Name { get; } = name;

    public Type Type { get; } = type;

    public override string ToString() => Name;
}

/// <summary>A node that failed to bind (already reported); anything built on it is skipped silently.</summary>
internal sealed record BoundError(ExpressionSyntax Syntax) : BoundExpression(Syntax, typeof(BoundError));

/// <summary>
/// <c>int(x)</c>, <c>long(x)</c>, <c>double(x)</c>, <c>decimal(x)</c>: a number converted with overflow checked
/// (a fraction is cut toward zero), or text read as a number; a failure fails the rule.
/// </summary>
internal sealed record BoundNumberConversion(ExpressionSyntax Syntax, Type Type, string Function, BoundExpression Operand) : BoundExpression(Syntax, Type);

/// <summary>
/// <c>np(a.b.c)</c> or <c>np(a.b.c, default)</c>: <see cref="Value"/> when every link of the chain it reads through
/// (<see cref="Guards"/>, outermost first) has a value, else <see cref="Default"/> (null when there is none).
/// </summary>
internal sealed record BoundNullPropagation(ExpressionSyntax Syntax, Type Type, BoundExpression Value, ImmutableArray<BoundExpression> Guards, BoundExpression Default) : BoundExpression(Syntax, Type);

/// <summary><c>new [] { a, b }</c>: an array of plain values (text, numbers, true/false, dates, enum values).</summary>
internal sealed record BoundArray(ExpressionSyntax Syntax, Type Type, Type ElementType, ImmutableArray<BoundExpression> Items) : BoundExpression(Syntax, Type);

using System.Collections.Immutable;
using System.Globalization;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Binding;

/// <summary>Operators, conversions, <c>?:</c>, <c>??</c> and <c>in</c>.</summary>
internal sealed partial class Binder
{
    private static readonly string[] DateTimeTextFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = BindExpression(syntax.Operand);
        if (operand is BoundError)
        {
            return operand;
        }

        switch (syntax.Operator)
        {
            // 2147483648 alone is a long, but with its minus sign it is int.MinValue, as in C#.
            case UnaryOperator.Negate when syntax.Operand is LiteralExpressionSyntax { Value: 2_147_483_648L }:
                return new BoundLiteral(syntax, typeof(int), int.MinValue);
            case UnaryOperator.Not when operand.Type == typeof(bool):
                return new BoundUnary(syntax, typeof(bool), UnaryOperator.Not, operand);
            case UnaryOperator.Negate or UnaryOperator.Plus when TypeFacts.IsNumeric(operand.Type):
                var type = TypeFacts.IsNullable(operand.Type)
                    ? TypeFacts.MakeNullable(TypeFacts.Widen(TypeFacts.Underlying(operand.Type)))
                    : TypeFacts.Widen(operand.Type);
                var converted = Convert(operand, type);
                if (syntax.Operator == UnaryOperator.Plus)
                {
                    return converted;
                }

                if (converted is BoundLiteral { Value: int.MinValue or long.MinValue })
                {
                    // Folded now, so checked now: -(-2147483648) does not fit, as it would not at run time.
                    return Error(syntax, DiagnosticCatalog.IntegerOverflow, SourceOf(syntax), type == typeof(long) ? "64-bit integer" : "32-bit integer");
                }

                return converted is BoundLiteral { Value: { } value } ? new BoundLiteral(syntax, type, Negate(value)) : new BoundUnary(syntax, type, UnaryOperator.Negate, converted);
            default:
                var text = syntax.Operator switch { UnaryOperator.Not => "!", UnaryOperator.Negate => "-", _ => "+" };
                return Error(syntax, DiagnosticCatalog.UnaryOperatorMismatch, text, TypeFacts.Display(operand.Type));
        }
    }

    private static object Negate(object value) => value switch
    {
        int i => -i,
        long l => -l,
        double d => -d,
        decimal m => -m,
        _ => throw new InvalidOperationException("not a number"),
    };

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        var right = BindExpression(syntax.Right);
        if (left is BoundError)
        {
            return left;
        }

        if (right is BoundError)
        {
            return right;
        }

        return syntax.Operator switch
        {
            BinaryOperator.And or BinaryOperator.Or => BindLogical(syntax, left, right),
            BinaryOperator.Coalesce => BindCoalesce(syntax, left, right),
            BinaryOperator.Equal or BinaryOperator.NotEqual => BindEquality(syntax, syntax.Operator, left, right),
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => BindOrdering(syntax, left, right),
            _ => BindArithmetic(syntax, left, right),
        };
    }

    private BoundExpression BindLogical(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        if (left.Type == typeof(bool) && right.Type == typeof(bool))
        {
            return new BoundBinary(syntax, typeof(bool), syntax.Operator, left, right, BinaryKind.Native);
        }

        return Mismatch(syntax, left, right);
    }

    private BoundExpression BindCoalesce(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        if (!TypeFacts.CanBeNull(left.Type) || left.Type == typeof(NullLiteral))
        {
            return Mismatch(syntax, left, right);
        }

        // order.status ?? "open", order.due ?? "2027-01-01": the default is written as the file writes it.
        if (TryBindSpelledOperands(ref left, ref right) is { } spelledError)
        {
            return spelledError;
        }

        if (TypeFacts.IsNullable(left.Type))
        {
            var underlying = TypeFacts.Underlying(left.Type);
            var common = CommonType(underlying, right) ?? CommonType(left.Type, right);
            if (common is null)
            {
                return Mismatch(syntax, left, right);
            }

            var resultType = TypeFacts.IsNullable(common) || right.Type == typeof(NullLiteral) ? TypeFacts.MakeNullable(common) : common;
            var leftConverted = Convert(left, TypeFacts.MakeNullable(TypeFacts.Underlying(common)));
            return new BoundCoalesce(syntax, resultType, leftConverted, Convert(right, resultType));
        }

        var target = CommonType(left.Type, right);
        return target is null ? Mismatch(syntax, left, right) : new BoundCoalesce(syntax, target, Convert(left, target), Convert(right, target));
    }

    private BoundExpression BindEquality(ExpressionSyntax syntax, BinaryOperator op, BoundExpression left, BoundExpression right)
    {
        if (left.Type == typeof(NullLiteral) && right.Type == typeof(NullLiteral))
        {
            return new BoundLiteral(syntax, typeof(bool), op == BinaryOperator.Equal);
        }

        if (left.Type == typeof(NullLiteral) || right.Type == typeof(NullLiteral))
        {
            var other = left.Type == typeof(NullLiteral) ? right : left;
            if (!TypeFacts.CanBeNull(other.Type))
            {
                if (!other.Type.IsValueType || other.Type.IsByRefLike || other.Type == typeof(NullLiteral))
                {
                    return Error(syntax, DiagnosticCatalog.NullNotAllowed, $"{TypeFacts.Display(other.Type)} ('{SourceOf(other.Syntax)}' always has a value)");
                }

                // Dynamic LINQ lifts the value to nullable, so the answer is always the same; said once, as a warning.
                _diagnostics.Report(
                    DiagnosticCatalog.ComparisonWithNullIsConstant,
                    _text.GetLocation(syntax.Span),
                    SourceOf(other.Syntax),
                    TypeFacts.Display(other.Type),
                    SourceOf(syntax),
                    op == BinaryOperator.Equal ? "false" : "true");
                var lifted = TypeFacts.MakeNullable(other.Type);
                return new BoundBinary(syntax, typeof(bool), op, Convert(left, lifted), Convert(right, lifted), BinaryKind.Native);
            }

            var kind = other.Type.IsValueType ? BinaryKind.Native : BinaryKind.NullCheck;
            return new BoundBinary(syntax, typeof(bool), op, Convert(left, other.Type), Convert(right, other.Type), kind);
        }

        // Enums and dates compare with the words and dates people write in their files.
        if (TryBindSpelledOperands(ref left, ref right) is { } spelledError)
        {
            return spelledError;
        }

        if (TypeFacts.IsEnum(left.Type) != TypeFacts.IsEnum(right.Type))
        {
            var enumSide = TypeFacts.IsEnum(left.Type) ? left : right;
            var otherSide = ReferenceEquals(enumSide, left) ? right : left;
            if (otherSide.Type == typeof(string))
            {
                var text = new BoundEnumText(enumSide.Syntax, enumSide);
                return new BoundBinary(syntax, typeof(bool), op, ReferenceEquals(enumSide, left) ? text : left, ReferenceEquals(enumSide, right) ? text : right, BinaryKind.Native);
            }

            if (TypeFacts.IsNumeric(otherSide.Type))
            {
                // level == 1, as Dynamic LINQ reads it: the enum value's number.
                var number = EnumNumber(enumSide);
                return BindEquality(syntax, op, ReferenceEquals(enumSide, left) ? number : left, ReferenceEquals(enumSide, right) ? number : right);
            }

            return Mismatch(syntax, left, right, op);
        }

        var common = CommonType(left.Type, right) ?? CommonType(right.Type, left);
        if (common is null || (common.IsValueType && !TypeFacts.IsNumeric(common) && !TypeFacts.IsEnum(common) && TypeFacts.Underlying(common) != typeof(bool) && !HasEqualityOperator(TypeFacts.Underlying(common))))
        {
            return Mismatch(syntax, left, right, op);
        }

        if (!common.IsValueType && common != typeof(string))
        {
            // Comparing whole records would compare references or every field; neither is what a rule author means.
            return Mismatch(syntax, left, right, op);
        }

        return new BoundBinary(syntax, typeof(bool), op, Convert(left, common), Convert(right, common), BinaryKind.Native);
    }

    private static bool HasEqualityOperator(Type type) => type.GetMethod("op_Equality", [type, type]) is not null;

    private BoundExpression BindOrdering(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        if (TryBindSpelledOperands(ref left, ref right) is { } spelledError)
        {
            return spelledError;
        }

        // level > 0: an enum value against a number compares the enum value's number, as Dynamic LINQ does.
        if (TypeFacts.IsEnum(left.Type) && TypeFacts.IsNumeric(right.Type))
        {
            left = EnumNumber(left);
        }
        else if (TypeFacts.IsNumeric(left.Type) && TypeFacts.IsEnum(right.Type))
        {
            right = EnumNumber(right);
        }

        if (TypeFacts.IsNumeric(left.Type) && TypeFacts.IsNumeric(right.Type))
        {
            var common = TypeFacts.PromoteNumeric(left.Type, right.Type);
            return common is null
                ? Mismatch(syntax, left, right)
                : new BoundBinary(syntax, typeof(bool), syntax.Operator, Convert(left, common), Convert(right, common), BinaryKind.Native);
        }

        if (left.Type == typeof(string) && right.Type == typeof(string))
        {
            return new BoundBinary(syntax, typeof(bool), syntax.Operator, left, right, BinaryKind.StringOrdering);
        }

        if (TypeFacts.IsEnum(left.Type) && TypeFacts.Underlying(left.Type) == TypeFacts.Underlying(right.Type))
        {
            // Enums order by declaration: beginner < intermediate < advanced.
            var number = Enum.GetUnderlyingType(TypeFacts.Underlying(left.Type));
            var lifted = TypeFacts.IsNullable(left.Type) || TypeFacts.IsNullable(right.Type);
            var target = lifted ? TypeFacts.MakeNullable(number) : number;
            return new BoundBinary(syntax, typeof(bool), syntax.Operator, ToNumber(left, target), ToNumber(right, target), BinaryKind.Native);
        }

        var underlying = TypeFacts.Underlying(left.Type);
        if (underlying == TypeFacts.Underlying(right.Type) && underlying.IsValueType && underlying.GetMethod("op_LessThan", [underlying, underlying]) is not null)
        {
            var common = TypeFacts.IsNullable(left.Type) ? left.Type : right.Type;
            return new BoundBinary(syntax, typeof(bool), syntax.Operator, Convert(left, common), Convert(right, common), BinaryKind.Native);
        }

        return Mismatch(syntax, left, right);
    }

    /// <summary>An enum value as its number (nullable when the enum value is).</summary>
    private static BoundExpression EnumNumber(BoundExpression enumValue)
    {
        var number = Enum.GetUnderlyingType(TypeFacts.Underlying(enumValue.Type));
        return ToNumber(enumValue, TypeFacts.IsNullable(enumValue.Type) ? TypeFacts.MakeNullable(number) : number);
    }

    private static BoundExpression ToNumber(BoundExpression enumValue, Type target) =>
        enumValue is BoundLiteral { Value: { } value }
            ? new BoundLiteral(enumValue.Syntax, target, System.Convert.ChangeType(value, TypeFacts.Underlying(target), CultureInfo.InvariantCulture))
            : new BoundConversion(enumValue.Syntax, target, enumValue);

    private BoundExpression BindArithmetic(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        if (syntax.Operator == BinaryOperator.Add && (left.Type == typeof(string) || right.Type == typeof(string)))
        {
            foreach (var side in (ReadOnlySpan<BoundExpression>)[left, right])
            {
                if (!TypeFacts.CanBeShownAsText(side.Type))
                {
                    return Error(side.Syntax, DiagnosticCatalog.NotText, SourceOf(side.Syntax), TypeFacts.Display(side.Type));
                }
            }

            return new BoundBinary(syntax, typeof(string), BinaryOperator.Add, AsText(left), AsText(right), BinaryKind.Concatenation);
        }

        if (!TypeFacts.IsNumeric(left.Type) || !TypeFacts.IsNumeric(right.Type))
        {
            return Mismatch(syntax, left, right);
        }

        var common = TypeFacts.PromoteNumeric(left.Type, right.Type);
        if (common is null)
        {
            return Mismatch(syntax, left, right);
        }

        if (syntax.Operator is BinaryOperator.Divide or BinaryOperator.Modulo
            && TypeFacts.Underlying(common) != typeof(double)
            && right is BoundLiteral { Value: { } divisor } && System.Convert.ToDecimal(divisor, CultureInfo.InvariantCulture) == 0)
        {
            return ErrorAt(syntax.OperatorSpan, syntax, DiagnosticCatalog.DivisionByConstantZero);
        }

        return new BoundBinary(syntax, common, syntax.Operator, Convert(left, common), Convert(right, common), BinaryKind.Native);
    }

    private static BoundExpression AsText(BoundExpression value) =>
        TypeFacts.IsEnum(value.Type) ? new BoundEnumText(value.Syntax, value)
        : value.Type == typeof(NullLiteral) ? new BoundLiteral(value.Syntax, typeof(string), null)
        : value;

    private BoundExpression BindConditional(ConditionalExpressionSyntax syntax)
    {
        var condition = BindCondition(syntax.Condition, "the condition of '?:'");
        var whenTrue = BindExpression(syntax.WhenTrue);
        var whenFalse = BindExpression(syntax.WhenFalse);
        if (condition is BoundError || whenTrue is BoundError || whenFalse is BoundError)
        {
            return new BoundError(syntax);
        }

        if (TryBindSpelledOperands(ref whenTrue, ref whenFalse) is { } error)
        {
            return error;
        }

        Type? type;
        if (whenTrue.Type == typeof(NullLiteral) || whenFalse.Type == typeof(NullLiteral))
        {
            var other = whenTrue.Type == typeof(NullLiteral) ? whenFalse : whenTrue;
            type = other.Type == typeof(NullLiteral) ? typeof(object) : TypeFacts.MakeNullable(other.Type);
        }
        else
        {
            type = CommonType(whenTrue.Type, whenFalse) ?? CommonType(whenFalse.Type, whenTrue);
        }

        if (type is null || type == typeof(object))
        {
            return Error(syntax, DiagnosticCatalog.IncompatibleBranches, TypeFacts.Display(whenTrue.Type), TypeFacts.Display(whenFalse.Type));
        }

        return new BoundConditional(syntax, type, condition, Convert(whenTrue, type), Convert(whenFalse, type));
    }

    private BoundExpression BindCondition(ExpressionSyntax syntax, string what)
    {
        var bound = BindExpression(syntax);
        if (bound is BoundError || bound.Type == typeof(bool))
        {
            return bound;
        }

        return Error(syntax, DiagnosticCatalog.ConditionNotBoolean, what, TypeFacts.Display(bound.Type));
    }

    private BoundExpression BindIn(InExpressionSyntax syntax)
    {
        var value = BindExpression(syntax.Value);
        var items = syntax.Items.Select(BindExpression).ToList();
        if (value is BoundError || items.Exists(i => i is BoundError))
        {
            return new BoundError(syntax);
        }

        if (items.Count == 1 && TypeFacts.ElementType(items[0].Type) is { } element)
        {
            var collection = items[0];
            var probe = value;
            var spelled = SpellAs(probe, element);
            if (spelled is BoundError)
            {
                return spelled;
            }

            var converted = CommonType(element, spelled) == element ? Convert(spelled, element) : null;
            if (converted is null)
            {
                return Error(syntax.Value, DiagnosticCatalog.InItemMismatch, TypeFacts.Display(element), TypeFacts.Display(value.Type));
            }

            // Contains compares items with Equals; a record's own Equals and GetHashCode are host code.
            if (!TypeFacts.CanBeCompared(element))
            {
                return Error(syntax.Items[0], DiagnosticCatalog.NotComparable, "in", TypeFacts.Display(collection.Type));
            }

            var contains = SequenceMethods.Find("Contains", 2, [element], p => p[1].ParameterType.IsGenericParameter);
            return new BoundIn(syntax, converted, [], collection, contains) { IsNegated = syntax.IsNegated };
        }

        if (!syntax.IsList)
        {
            return Error(syntax.Items[0], DiagnosticCatalog.InItemMismatch, "a list", TypeFacts.Display(items[0].Type));
        }

        var comparisons = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var item in items)
        {
            var comparison = BindEquality(item.Syntax, BinaryOperator.Equal, value, item);
            if (comparison is BoundError)
            {
                return comparison;
            }

            comparisons.Add(comparison);
        }

        return new BoundIn(syntax, value, comparisons.ToImmutable(), null, null) { IsNegated = syntax.IsNegated };
    }

    /// <summary>
    /// Turns a string literal facing an enum or a date into that enum value or date, so <c>level == "beginner"</c>
    /// and <c>race.date &lt; "2027-01-01"</c> compare typed values. Returns an error node when the word is not valid.
    /// </summary>
    private BoundExpression? TryBindSpelledOperands(ref BoundExpression left, ref BoundExpression right)
    {
        var newRight = SpellAs(right, left.Type);
        if (newRight is BoundError)
        {
            return newRight;
        }

        var newLeft = SpellAs(left, right.Type);
        if (newLeft is BoundError)
        {
            return newLeft;
        }

        left = newLeft;
        right = newRight;
        return null;
    }

    private BoundExpression SpellAs(BoundExpression value, Type target)
    {
        if (value is not BoundLiteral { Value: string text } literal)
        {
            return value;
        }

        var underlying = TypeFacts.Underlying(target);
        if (underlying.IsEnum)
        {
            return EnumText.TryParse(underlying, text, out var parsed)
                ? new BoundLiteral(literal.Syntax, underlying, parsed)
                : Error(literal.Syntax, DiagnosticCatalog.InvalidEnumValue, text, underlying.Name, string.Join(", ", EnumText.Names(underlying)));
        }

        if (underlying == typeof(DateOnly))
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new BoundLiteral(literal.Syntax, typeof(DateOnly), date)
                : Error(literal.Syntax, DiagnosticCatalog.TypeMismatch, $"'{text}'", "a date written YYYY-MM-DD", "text");
        }

        if (underlying == typeof(DateTime))
        {
            // Dynamic LINQ reads any text DateTime.Parse takes, in the current culture; only the forms that mean the
            // same everywhere are read here.
            return DateTime.TryParseExact(text, DateTimeTextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime)
                ? new BoundLiteral(literal.Syntax, typeof(DateTime), dateTime)
                : Error(literal.Syntax, DiagnosticCatalog.InvalidDateTimeText, text);
        }

        return value;
    }

    /// <summary>The type both values can be converted to, if <paramref name="value"/> can meet <paramref name="type"/>.</summary>
    private static Type? CommonType(Type type, BoundExpression value)
    {
        if (type == value.Type)
        {
            return type;
        }

        if (value.Type == typeof(NullLiteral))
        {
            return TypeFacts.CanBeNull(type) ? type : TypeFacts.MakeNullable(type);
        }

        if (TypeFacts.IsNumeric(type) && TypeFacts.IsNumeric(value.Type))
        {
            return TypeFacts.PromoteNumeric(type, value.Type);
        }

        if (TypeFacts.Underlying(type) == TypeFacts.Underlying(value.Type))
        {
            return TypeFacts.MakeNullable(TypeFacts.Underlying(type));
        }

        if (!type.IsValueType && type.IsAssignableFrom(value.Type))
        {
            return type;
        }

        return null;
    }

    /// <summary>Converts for the binder's own purposes (already type-checked).</summary>
    private static BoundExpression Convert(BoundExpression value, Type type)
    {
        if (value.Type == type || value is BoundError)
        {
            return value;
        }

        if (value is BoundLiteral literal)
        {
            if (literal.Value is null)
            {
                return new BoundLiteral(literal.Syntax, type, null);
            }

            var underlying = TypeFacts.Underlying(type);
            if (TypeFacts.IsNumeric(underlying))
            {
                return new BoundLiteral(literal.Syntax, type, System.Convert.ChangeType(literal.Value, underlying, CultureInfo.InvariantCulture));
            }
        }

        return new BoundConversion(value.Syntax, type, value);
    }

    /// <summary>Converts a value to what a place needs, or reports why it cannot.</summary>
    private BoundExpression ConvertTo(BoundExpression value, Type type, string what)
    {
        if (value is BoundError)
        {
            return value;
        }

        var spelled = SpellAs(value, type);
        if (spelled is BoundError)
        {
            return spelled;
        }

        if (spelled.Type == type || TypeFacts.IsImplicitlyConvertible(spelled.Type, type) || (spelled.Type == typeof(NullLiteral) && TypeFacts.CanBeNull(type)))
        {
            return Convert(spelled, type);
        }

        return Error(value.Syntax, DiagnosticCatalog.TypeMismatch, what, TypeFacts.Display(type), TypeFacts.Display(value.Type));
    }

    private BoundError Mismatch(BinaryExpressionSyntax syntax, BoundExpression left, BoundExpression right) =>
        Mismatch(syntax, left, right, syntax.Operator);

    private BoundError Mismatch(ExpressionSyntax syntax, BoundExpression left, BoundExpression right, BinaryOperator op)
    {
        var span = syntax is BinaryExpressionSyntax binary ? binary.OperatorSpan : syntax.Span;
        return ErrorAt(span, syntax, DiagnosticCatalog.BinaryOperatorMismatch, OperatorText(op), TypeFacts.Display(left.Type), TypeFacts.Display(right.Type));
    }

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        _ => "??",
    };
}

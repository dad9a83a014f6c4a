using System.Collections.Immutable;
using System.Globalization;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// The Dynamic LINQ forms RulesEngine users write that need more than an operator: conversions written as functions
/// (<c>int(x)</c>), null propagation (<c>np(a.b.c)</c>) and array literals (<c>new [] { 1, 2 }</c>). None of them
/// names a type: the four conversions are fixed words, and an array's type is that of its items.
/// </summary>
internal sealed partial class Binder
{
    // The conversions, by the names Dynamic LINQ reads for them: the C# keyword and the CLR name.
    private static readonly Dictionary<string, Type> Conversions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["int"] = typeof(int),
        ["Int32"] = typeof(int),
        ["long"] = typeof(long),
        ["Int64"] = typeof(long),
        ["double"] = typeof(double),
        ["Double"] = typeof(double),
        ["decimal"] = typeof(decimal),
        ["Decimal"] = typeof(decimal),
    };

    // The element types an array literal may name: the conversions' and text's and true/false's.
    private static readonly Dictionary<string, Type> ArrayElementTypes = new(Conversions, StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = typeof(string),
        ["String"] = typeof(string),
        ["bool"] = typeof(bool),
        ["Boolean"] = typeof(bool),
    };

    /// <summary>A built-in function of Dynamic LINQ (a conversion or np), or null when <paramref name="syntax"/> calls none.</summary>
    private BoundExpression? TryBindBuiltInFunction(CallExpressionSyntax syntax)
    {
        if (Conversions.TryGetValue(syntax.Name, out var target))
        {
            return BindConversionCall(syntax, target);
        }

        return string.Equals(syntax.Name, "np", StringComparison.OrdinalIgnoreCase) ? BindNullPropagation(syntax) : null;
    }

    private BoundExpression BindConversionCall(CallExpressionSyntax syntax, Type target)
    {
        if (syntax.Arguments.Length != 1)
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentCount, syntax.Name, "1 argument", syntax.Arguments.Length);
        }

        var operand = BindExpression(syntax.Arguments[0]);
        if (operand is BoundError)
        {
            return operand;
        }

        if (operand is BoundLiteral { Value: string text })
        {
            // Text written in the file is read now, so a mistake in it is found at load, as Dynamic LINQ finds it.
            return ParseNumber(text, target) is { } parsed
                ? new BoundLiteral(syntax, target, parsed)
                : Error(syntax.Arguments[0], DiagnosticCatalog.InvalidConversion, syntax.Name, $"'{text}', which is not {NumberWords(target)}");
        }

        if (TypeFacts.IsEnum(operand.Type))
        {
            operand = EnumNumber(operand);
        }

        if (operand.Type == typeof(string))
        {
            return new BoundNumberConversion(syntax, target, syntax.Name, operand);
        }

        if (!TypeFacts.IsNumeric(operand.Type))
        {
            return Error(syntax.Arguments[0], DiagnosticCatalog.InvalidConversion, syntax.Name, $"'{SourceOf(operand.Syntax)}', which is {TypeFacts.Display(operand.Type)}");
        }

        // Small integers and float first become int, long or double, the numbers the conversion works on.
        var widened = TypeFacts.Widen(TypeFacts.Underlying(operand.Type));
        operand = Convert(operand, TypeFacts.IsNullable(operand.Type) ? TypeFacts.MakeNullable(widened) : widened);
        if (operand is BoundLiteral { Value: { } constant })
        {
            return ConvertConstant(constant, target) is { } converted
                ? new BoundLiteral(syntax, target, converted)
                : Error(syntax, DiagnosticCatalog.IntegerOverflow, SourceOf(syntax), OverflowWords(target));
        }

        return operand.Type == target ? operand with { Syntax = syntax } : new BoundNumberConversion(syntax, target, syntax.Name, operand);
    }

    /// <summary>Text as Dynamic LINQ reads it for a number: whole numbers for int and long, a decimal point allowed otherwise.</summary>
    internal static object? ParseNumber(string text, Type target)
    {
        var culture = CultureInfo.InvariantCulture;
        const NumberStyles Real = NumberStyles.Float | NumberStyles.AllowThousands;
        return Type.GetTypeCode(target) switch
        {
            TypeCode.Int32 => int.TryParse(text, NumberStyles.Integer, culture, out var i) ? i : null,
            TypeCode.Int64 => long.TryParse(text, NumberStyles.Integer, culture, out var l) ? l : null,
            TypeCode.Double => double.TryParse(text, Real, culture, out var d) && double.IsFinite(d) ? d : null,
            TypeCode.Decimal => decimal.TryParse(text, Real, culture, out var m) ? m : null,
            _ => null,
        };
    }

    private static object? ConvertConstant(object value, Type target)
    {
        try
        {
            return Type.GetTypeCode(target) switch
            {
                TypeCode.Int32 => value switch { double d => checked((int)d), decimal m => (int)m, long l => checked((int)l), _ => (int)value },
                TypeCode.Int64 => value switch { double d => checked((long)d), decimal m => (long)m, int i => (long)i, _ => (long)value },
                TypeCode.Double => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
                _ => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>How an overflow message names the type a value did not fit.</summary>
    internal static string OverflowWords(Type target) => Type.GetTypeCode(target) switch
    {
        TypeCode.Int32 => "32-bit integer",
        TypeCode.Int64 => "64-bit integer",
        TypeCode.Double => "double",
        _ => "decimal",
    };

    private static string NumberWords(Type target) => Type.GetTypeCode(target) switch
    {
        TypeCode.Int32 => "a whole number that fits a 32-bit integer",
        TypeCode.Int64 => "a whole number that fits a 64-bit integer",
        TypeCode.Double => "a number",
        _ => "a decimal number",
    };

    // np(a.b.c) reads a.b.c through every link that may be null and gives null (or the default) at the first that is.
    private BoundExpression BindNullPropagation(CallExpressionSyntax syntax)
    {
        if (syntax.Arguments.Length is not (1 or 2))
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentCount, "np", "1 or 2 arguments", syntax.Arguments.Length);
        }

        var value = BindExpression(syntax.Arguments[0]);
        var fallback = syntax.Arguments.Length == 2 ? BindExpression(syntax.Arguments[1]) : null;
        if (value is BoundError || fallback is BoundError)
        {
            return new BoundError(syntax);
        }

        if (value is not (BoundMember or BoundIndex or BoundCall { Target: not null } or BoundInput or BoundVariable or BoundGlobalParam))
        {
            return Error(syntax.Arguments[0], DiagnosticCatalog.InvalidNullPropagation, $"np needs a chain of member reads, such as np(order.customer.name), found '{SourceOf(syntax.Arguments[0])}'");
        }

        var guards = new List<BoundExpression>();
        for (var link = LinkTarget(value); link is not null; link = LinkTarget(link))
        {
            if (TypeFacts.CanBeNull(link.Type))
            {
                guards.Add(link);
            }
        }

        guards.Reverse();
        Type type;
        if (fallback is null || fallback.Type == typeof(NullLiteral))
        {
            type = TypeFacts.MakeNullable(value.Type);
        }
        else
        {
            fallback = SpellAs(fallback, value.Type);
            if (fallback is BoundError)
            {
                return fallback;
            }

            var common = CommonType(value.Type, fallback) ?? CommonType(fallback.Type, value);
            if (common is null || (common == typeof(object) && value.Type != typeof(object)))
            {
                return Error(syntax.Arguments[1], DiagnosticCatalog.InvalidNullPropagation, $"the default of np must be {TypeFacts.Display(value.Type)}, found {TypeFacts.Display(fallback.Type)}");
            }

            type = common;

            // With a default, a null at the end of the chain gives the default too, as in Dynamic LINQ.
            if (TypeFacts.CanBeNull(value.Type))
            {
                guards.Add(value);
            }
        }

        fallback ??= new BoundLiteral(syntax, type, null);
        return new BoundNullPropagation(syntax, type, Convert(value, type), [.. guards], Convert(fallback, type));
    }

    // The value a link of a chain reads through: a.b reads through a, a[i] through a, a.f() through a.
    private static BoundExpression? LinkTarget(BoundExpression link) => link switch
    {
        BoundMember member => member.Target,
        BoundIndex index => index.Target,
        BoundCall { Target: { } target } => target,
        BoundConversion conversion => conversion.Operand,
        _ => null,
    };

    private BoundExpression BindArray(ArrayExpressionSyntax syntax)
    {
        var items = syntax.Items.Select(BindExpression).ToList();
        if (items.Exists(i => i is BoundError))
        {
            return new BoundError(syntax);
        }

        if (syntax.ElementTypeName is { } typeName)
        {
            if (!ArrayElementTypes.TryGetValue(typeName, out var named))
            {
                return ErrorAt(syntax.ElementTypeSpan, syntax, DiagnosticCatalog.InvalidArrayLiteral, $"an array literal can name int, long, double, decimal, string or bool as its type, not '{typeName}'; or write new [] {{ ... }}");
            }

            var converted = items.Select((item, i) => ConvertTo(item, named, $"item {i + 1} of the array")).ToList();
            return converted.Exists(i => i is BoundError)
                ? new BoundError(syntax)
                : new BoundArray(syntax, named.MakeArrayType(), named, [.. converted]);
        }

        if (items.Count == 0)
        {
            return ErrorAt(syntax.NewSpan, syntax, DiagnosticCatalog.InvalidArrayLiteral, "an array literal needs at least one item: its type is that of its items");
        }

        var element = items[0].Type;
        foreach (var item in items.Skip(1))
        {
            var common = CommonType(element, item) ?? CommonType(item.Type, items[0]);
            if (common is null)
            {
                return Error(item.Syntax, DiagnosticCatalog.InvalidArrayLiteral, $"the items of an array literal must be of one type: {TypeFacts.Display(element)} and {TypeFacts.Display(item.Type)} do not mix");
            }

            element = common;
        }

        if (element == typeof(NullLiteral))
        {
            return ErrorAt(syntax.NewSpan, syntax, DiagnosticCatalog.InvalidArrayLiteral, "an array literal of nothing but null has no type");
        }

        if (!TypeFacts.CanBeCompared(element))
        {
            // Only plain values: an array of records or of lists would be a new way to hold host objects.
            return ErrorAt(syntax.NewSpan, syntax, DiagnosticCatalog.InvalidArrayLiteral, $"an array literal holds text, numbers, true/false, dates or enum values, found {TypeFacts.Display(element)}");
        }

        return new BoundArray(syntax, element.MakeArrayType(), element, [.. items.Select(i => Convert(i, element))]);
    }
}

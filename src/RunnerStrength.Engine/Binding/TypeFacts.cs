using System.Collections;
using System.Collections.Concurrent;

namespace RunnerStrength.Engine.Binding;

/// <summary>What the binder needs to know about CLR types: numbers, nullability, sequences and the names shown to people.</summary>
internal static class TypeFacts
{
    private static readonly Type[] NumericRank = [typeof(int), typeof(long), typeof(double)];
    private static readonly ConcurrentDictionary<Type, ElementOf> ElementTypes = new();

    public static bool IsNullable(Type type) => Nullable.GetUnderlyingType(type) is not null;

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool CanBeNull(Type type) => !type.IsValueType || IsNullable(type);

    public static Type MakeNullable(Type type) => CanBeNull(type) ? type : typeof(Nullable<>).MakeGenericType(type);

    public static bool IsNumeric(Type type)
    {
        var t = Underlying(type);
        return !t.IsEnum && Type.GetTypeCode(t) is TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16
            or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;
    }

    public static bool IsEnum(Type type) => Underlying(type).IsEnum;

    /// <summary>
    /// True for what the engine itself writes as text (text, numbers, true/false, dates, enum values, lists of
    /// those, null): joining anything else would call the host type's ToString.
    /// </summary>
    public static bool CanBeShownAsText(Type type)
    {
        var underlying = Underlying(type);
        return underlying == typeof(string) || underlying == typeof(bool) || underlying == typeof(DateOnly) || underlying == typeof(NullLiteral)
            || IsNumeric(underlying) || underlying.IsEnum
            || (underlying != typeof(object) && ElementType(underlying) is { } element && element != underlying && CanBeShownAsText(element));
    }

    /// <summary>
    /// True for values the engine compares itself (text, numbers, true/false, dates, enum values, or null of those):
    /// comparing anything else, as Distinct, Contains, 'in' and a dictionary key do, would call the host type's
    /// Equals and GetHashCode.
    /// </summary>
    public static bool CanBeCompared(Type type)
    {
        var underlying = Underlying(type);
        return underlying == typeof(string) || underlying == typeof(bool) || underlying == typeof(DateOnly) || underlying == typeof(DateTime)
            || IsNumeric(underlying) || underlying.IsEnum;
    }

    /// <summary>The type two numbers meet at, as C# promotes them; null when they do not meet (decimal with double).</summary>
    public static Type? PromoteNumeric(Type left, Type right)
    {
        var l = Widen(Underlying(left));
        var r = Widen(Underlying(right));
        Type? result;
        if (l == typeof(decimal) || r == typeof(decimal))
        {
            result = l == typeof(double) || r == typeof(double) ? null : typeof(decimal);
        }
        else
        {
            result = NumericRank[Math.Max(Array.IndexOf(NumericRank, l), Array.IndexOf(NumericRank, r))];
        }

        if (result is null)
        {
            return null;
        }

        return IsNullable(left) || IsNullable(right) ? MakeNullable(result) : result;
    }

    /// <summary>Small integers become int, unsigned become long, float becomes double, as the language computes.</summary>
    public static Type Widen(Type t) => Type.GetTypeCode(t) switch
    {
        TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 => typeof(int),
        TypeCode.UInt32 or TypeCode.Int64 => typeof(long),
        TypeCode.UInt64 => typeof(decimal),
        TypeCode.Single or TypeCode.Double => typeof(double),
        TypeCode.Decimal => typeof(decimal),
        _ => t,
    };

    /// <summary>True when a value of <paramref name="from"/> converts to <paramref name="to"/> without loss, implicitly.</summary>
    public static bool IsImplicitlyConvertible(Type from, Type to)
    {
        if (from == to || (!to.IsValueType && to.IsAssignableFrom(from)))
        {
            return true;
        }

        if (IsNullable(to))
        {
            var target = Underlying(to);
            return IsImplicitlyConvertible(Underlying(from), target);
        }

        if (IsNullable(from))
        {
            return false;
        }

        if (IsNumeric(from) && IsNumeric(to))
        {
            var source = Widen(from);
            if (to != Widen(to) && from != to)
            {
                return false;
            }

            return source == to
                || (source == typeof(int) && (to == typeof(long) || to == typeof(double) || to == typeof(decimal)))
                || (source == typeof(long) && (to == typeof(double) || to == typeof(decimal)));
        }

        return false;
    }

    /// <summary>The element type when <paramref name="type"/> is a sequence (not a string), else null.</summary>
    public static Type? ElementType(Type type) => ElementTypes.GetOrAdd(type, static t => new(ComputeElementType(t))).Element;

    private static Type? ComputeElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            // A multi-dimensional array is no IEnumerable<T>, so no list method could take it.
            return type.IsSZArray ? type.GetElementType() : null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        var enumerable = type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        if (enumerable.Count == 1)
        {
            return enumerable[0];
        }

        // A dictionary enumerates pairs; other multi-sequence types are not sequences to the language.
        return typeof(IEnumerable).IsAssignableFrom(type) && enumerable.Count > 0 ? enumerable[0] : null;
    }

    /// <summary>The name shown to people for a type: int, decimal, string, bool, a date, a list of X, or the type's own name.</summary>
    public static string Display(Type type)
    {
        if (type == typeof(NullLiteral))
        {
            return "null";
        }

        if (IsNullable(type))
        {
            return Display(Underlying(type)) + " (or null)";
        }

        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return "true/false";
        }

        if (type == typeof(DateOnly))
        {
            return "a date";
        }

        if (IsNumeric(type))
        {
            return $"a number ({Keyword(type)})";
        }

        if (ShapedTypes.ShapeOf(type) is { } shape)
        {
            return shape.Members.Count == 0 ? "an object" : $"an object ({string.Join(", ", shape.Members.Keys)})";
        }

        var element = ElementType(type);
        if (element is not null)
        {
            return $"a list of {Display(element)}";
        }

        return type.IsEnum ? $"{type.Name} (one of {string.Join(", ", EnumText.Names(type))})" : type.Name;
    }

    private static string Keyword(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int32 => "int",
        TypeCode.Int64 => "long",
        TypeCode.Double => "double",
        TypeCode.Decimal => "decimal",
        TypeCode.Single => "float",
        _ => type.Name,
    };
}

/// <summary>A cached answer to "what does this type hold", null included.</summary>
internal sealed record ElementOf(Type? Element);

/// <summary>The type of the <c>null</c> literal before the binder gives it a real type.</summary>
internal sealed class NullLiteral
{
    private NullLiteral()
    {
    }
}

using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// Reads a member of a value of a declared shape while a rule runs, and turns the host's value into the type the
/// binder gave it: text, a whole number (long), a number (double), true/false, a date, a list or another shaped record.
/// Anything else fails the rule with a message placed at the member; nothing of the host's value escapes unconverted.
/// </summary>
internal static class ShapedReads
{
    /// <summary>The generic <see cref="Read{T}"/>, for the binder.</summary>
    public static readonly MethodInfo ReadMethod = typeof(ShapedReads).GetMethod(nameof(Read))!;

    /// <summary>
    /// The member <paramref name="name"/> of <paramref name="record"/> as a <typeparamref name="T"/>. A member that is
    /// not there reads as null when it is <paramref name="optional"/> (not required by the schema), and fails the rule
    /// with <paramref name="missing"/> otherwise.
    /// </summary>
    public static T Read<T>(ShapedRecord record, string name, bool optional, Diagnostic missing)
    {
        var path = record.Path + "." + name;
        if (!record.Source.TryGet(name, out var raw))
        {
            return optional ? default! : throw new RuleEvaluationException(missing);
        }

        return (T)Convert(typeof(T), raw, path, missing.Location)!;
    }

    /// <summary>Turns a host value into <paramref name="type"/>; wraps an object in a record of its declared shape.</summary>
    public static object? Convert(Type type, object? raw, string path, Location where)
    {
        if (IsNull(raw))
        {
            return TypeFacts.CanBeNull(type) ? null : throw Wrong(path, raw, type, where);
        }

        var target = TypeFacts.Underlying(type);
        object? value = target switch
        {
            _ when target == typeof(string) => Text(raw!),
            _ when target == typeof(long) => Whole(raw!),
            _ when target == typeof(double) => Number(raw!),
            _ when target == typeof(bool) => Boolean(raw!),
            _ when target == typeof(DateOnly) => Date(raw!),
            _ when typeof(ShapedRecord).IsAssignableFrom(target) => DynamicSource.From(raw) is { } source ? ShapedRecord.Create(target, source, path) : null,
            _ => List(target, raw!, path, where),
        };
        return value ?? throw Wrong(path, raw, type, where);
    }

    private static bool IsNull(object? raw) => raw switch
    {
        null => true,
        JsonElement e => e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined,
        IConvertible c => c.GetTypeCode() is TypeCode.Empty or TypeCode.DBNull,
        _ => false,
    };

    private static string? Text(object raw) => raw switch
    {
        string s => s,
        char c => c.ToString(),
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<JsonElement>(out var e) && e.ValueKind == JsonValueKind.String => e.GetString(),
        // A Newtonsoft JValue holding text, or a date it read from text.
        IConvertible c when c.GetTypeCode() == TypeCode.String => c.ToString(CultureInfo.InvariantCulture),
        IConvertible c when c.GetTypeCode() == TypeCode.DateTime => DateText(c.ToDateTime(CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static string DateText(DateTime date) =>
        date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("s", CultureInfo.InvariantCulture);

    private static object? Whole(object raw) => Numeric(raw) switch
    {
        long l => l,
        double d when Math.Floor(d) == d && d >= long.MinValue && d < long.MaxValue => (long)d,
        _ => null,
    };

    private static object? Number(object raw) => Numeric(raw) switch
    {
        long l => (double)l,
        double d => d,
        _ => null,
    };

    // A number as a long when it is whole and fits, else as a double; null when it is not a number.
    private static object? Numeric(object raw)
    {
        switch (raw)
        {
            case JsonElement { ValueKind: JsonValueKind.Number } e:
                return e.TryGetInt64(out var l) ? l : e.GetDouble();
            case JsonElement:
                return null;
            case JsonValue v:
                if (v.TryGetValue<JsonElement>(out var element))
                {
                    return Numeric(element);
                }

                return v.TryGetValue<long>(out var whole) ? whole : v.TryGetValue<double>(out var real) ? real
                    : v.TryGetValue<int>(out var i) ? (long)i : v.TryGetValue<decimal>(out var m) ? (double)m : null;
            case IConvertible c:
                return c.GetTypeCode() switch
                {
                    TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 =>
                        c.ToInt64(CultureInfo.InvariantCulture),
                    TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => c.ToDouble(CultureInfo.InvariantCulture),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static object? Boolean(object raw) => raw switch
    {
        bool b => b,
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<JsonElement>(out var e) => Boolean(e),
        IConvertible c when c.GetTypeCode() == TypeCode.Boolean => c.ToBoolean(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static object? Date(object raw) => raw switch
    {
        DateOnly d => d,
        IConvertible c when c.GetTypeCode() == TypeCode.DateTime => DateOnly.FromDateTime(c.ToDateTime(CultureInfo.InvariantCulture)),
        _ => Text(raw) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
    };

    private static object? List(Type type, object raw, string path, Location where)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IReadOnlyList<>))
        {
            throw new InvalidOperationException($"no conversion to {type}");
        }

        // Only lists that are there already: a lazy sequence of the host's could run without end.
        IEnumerable? items = raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } e => e.EnumerateArray().Select(item => (object?)item),
            JsonArray a => a,
            string => null,
            ICollection collection when DynamicSource.From(raw) is null => collection,
            _ => null,
        };
        if (items is null)
        {
            return null;
        }

        var element = type.GetGenericArguments()[0];
        var list = Array.CreateInstance(element, raw is ICollection c ? c.Count : raw is JsonArray j ? j.Count : ((JsonElement)raw).GetArrayLength());
        var index = 0;
        foreach (var item in items)
        {
            list.SetValue(Convert(element, item, $"{path}[{index}]", where), index);
            index++;
        }

        return list;
    }

    private static RuleEvaluationException Wrong(string path, object? raw, Type expected, Location where) =>
        new(new Diagnostic(DiagnosticCatalog.WrongMemberValue, where, path, Describe(raw), Expected(expected)));

    private static string Expected(Type type)
    {
        var underlying = TypeFacts.Underlying(type);
        return underlying == typeof(long) ? "a whole number"
            : underlying == typeof(double) ? "a number"
            : underlying == typeof(DateOnly) ? "a date (YYYY-MM-DD)"
            : ShapedTypes.ShapeOf(underlying) is not null ? "an object"
            : TypeFacts.ElementType(underlying) is { } element && underlying != typeof(string) ? "a list of " + Expected(element)
            : TypeFacts.Display(type);
    }

    private static string Describe(object? raw)
    {
        if (IsNull(raw))
        {
            return "null";
        }

        if (Text(raw!) is { } text)
        {
            return $"text (\"{(text.Length <= 40 ? text : text[..40] + "…")}\")";
        }

        if (Numeric(raw!) is { } number)
        {
            return "the number " + System.Convert.ToString(number, CultureInfo.InvariantCulture);
        }

        if (Boolean(raw!) is { } b)
        {
            return (bool)b ? "true" : "false";
        }

        return DynamicSource.From(raw) is not null ? "an object"
            : raw is JsonElement or JsonArray or ICollection ? "a list"
            : "a value of type " + raw!.GetType().Name;
    }
}

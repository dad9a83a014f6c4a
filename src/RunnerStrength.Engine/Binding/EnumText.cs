using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// The JSON spelling of enum values (<c>[JsonStringEnumMemberName]</c>, else the member name), so that expressions
/// compare enums with the words people write in their files: <c>order.status == "open"</c>.
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Type, (string[] Names, Array Values)> Cache = new();

    /// <summary>The JSON spellings of an enum's values, in declaration order.</summary>
    public static IReadOnlyList<string> Names(Type enumType) => Describe(enumType).Names;

    /// <summary>The JSON spelling of one value.</summary>
    public static string Name(Type enumType, object value)
    {
        var (names, values) = Describe(enumType);
        for (var i = 0; i < values.Length; i++)
        {
            if (Equals(values.GetValue(i), value))
            {
                return names[i];
            }
        }

        return value.ToString() ?? string.Empty;
    }

    /// <summary>Finds the value spelt <paramref name="text"/> (JSON spelling first, then the member name, ignoring case).</summary>
    public static bool TryParse(Type enumType, string text, out object? value)
    {
        var (names, values) = Describe(enumType);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < names.Length; i++)
            {
                var candidate = pass == 0 ? names[i] : values.GetValue(i)!.ToString();
                if (string.Equals(candidate, text, pass == 0 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                {
                    value = values.GetValue(i);
                    return true;
                }
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                value = values.GetValue(i);
                return true;
            }
        }

        value = null;
        return false;
    }

    private static (string[] Names, Array Values) Describe(Type enumType) =>
        Cache.GetOrAdd(enumType, static type =>
        {
            var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static);
            var names = fields.Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name).ToArray();
            var values = Array.CreateInstance(type, fields.Length);
            for (var i = 0; i < fields.Length; i++)
            {
                values.SetValue(fields[i].GetValue(null), i);
            }

            return (names, values);
        });
}

/// <summary>Fast enum-to-text for evaluation: a table built once per enum type, indexed without reflection.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Table =
        Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => EnumText.Name(typeof(TEnum), v));

    public static string Get(TEnum value) => Table.TryGetValue(value, out var name) ? name : value.ToString();
}

using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Json;

/// <summary>The JSON spellings of an enum's values, taken from their <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
internal static class JsonEnumSpelling<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Each value's JSON spelling, in declaration order.</summary>
    public static FrozenDictionary<TEnum, string> ByValue { get; } = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToFrozenDictionary(
            field => (TEnum)field.GetValue(null)!,
            field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name);

    /// <summary>The value spelt <paramref name="spelling"/>, or null when no value is.</summary>
    public static TEnum? Parse(string spelling)
    {
        foreach (var (value, name) in ByValue)
        {
            if (string.Equals(name, spelling, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}

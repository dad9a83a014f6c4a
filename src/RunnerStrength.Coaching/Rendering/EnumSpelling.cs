using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>The JSON spelling of a vocabulary value (its <see cref="JsonStringEnumMemberNameAttribute"/>), which is also the word shown to coaches.</summary>
internal static class EnumSpelling
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[value];

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
            .Distinct()
            .ToFrozenDictionary(v => v, v => typeof(TEnum).GetField(v.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
    }
}

using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>How hard a strength session is; decides which days may hold it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SessionIntensity>))]
public enum SessionIntensity
{
    /// <summary>Mobility and core only; allowed beside quality and long runs.</summary>
    [JsonStringEnumMemberName("light")] Light,

    /// <summary>Moderate loads.</summary>
    [JsonStringEnumMemberName("moderate")] Moderate,

    /// <summary>Heavier loads, fewer reps.</summary>
    [JsonStringEnumMemberName("heavy")] Heavy,
}

using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>The distance of the goal race.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RaceDistance>))]
public enum RaceDistance
{
    /// <summary>5 km.</summary>
    [JsonStringEnumMemberName("5k")] FiveK,

    /// <summary>10 km.</summary>
    [JsonStringEnumMemberName("10k")] TenK,

    /// <summary>Half marathon, 21.1 km.</summary>
    [JsonStringEnumMemberName("half-marathon")] HalfMarathon,

    /// <summary>Marathon, 42.2 km.</summary>
    [JsonStringEnumMemberName("marathon")] Marathon,

    /// <summary>Anything longer than a marathon.</summary>
    [JsonStringEnumMemberName("ultra")] Ultra,
}

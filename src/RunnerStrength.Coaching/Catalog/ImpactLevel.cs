using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>How much landing force a plyometric exercise puts through the legs; low comes before high.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImpactLevel>))]
public enum ImpactLevel
{
    /// <summary>Jumping jacks, squat jumps, skipping.</summary>
    [JsonStringEnumMemberName("low")] Low,

    /// <summary>Box jumps, broad jumps, single-leg hops, bounding.</summary>
    [JsonStringEnumMemberName("high")] High,
}

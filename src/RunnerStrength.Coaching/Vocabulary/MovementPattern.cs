using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>The movement pattern an exercise trains; sessions are designed to cover patterns.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MovementPattern>))]
public enum MovementPattern
{
    /// <summary>Squat pattern, including single-leg squats.</summary>
    [JsonStringEnumMemberName("squat")] Squat,

    /// <summary>Hinge and hamstring work.</summary>
    [JsonStringEnumMemberName("hinge")] Hinge,

    /// <summary>Hip-dominant glute work.</summary>
    [JsonStringEnumMemberName("glute")] Glute,

    /// <summary>Calves.</summary>
    [JsonStringEnumMemberName("calf")] Calf,

    /// <summary>Core: anti-extension, anti-rotation, lateral.</summary>
    [JsonStringEnumMemberName("core")] Core,

    /// <summary>Upper-body push.</summary>
    [JsonStringEnumMemberName("push")] Push,

    /// <summary>Upper-body pull.</summary>
    [JsonStringEnumMemberName("pull")] Pull,

    /// <summary>Balance.</summary>
    [JsonStringEnumMemberName("balance")] Balance,

    /// <summary>Jumps and hops.</summary>
    [JsonStringEnumMemberName("plyometric")] Plyometric,

    /// <summary>Mobility and dynamic warm-up.</summary>
    [JsonStringEnumMemberName("mobility")] Mobility,

    /// <summary>Foot and ankle strength (injury mitigation).</summary>
    [JsonStringEnumMemberName("foot-ankle")] FootAnkle,
}

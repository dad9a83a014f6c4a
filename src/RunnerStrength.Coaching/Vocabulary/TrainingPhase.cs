using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>The phase of the running season a week belongs to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrainingPhase>))]
public enum TrainingPhase
{
    /// <summary>General preparation, or no race planned.</summary>
    [JsonStringEnumMemberName("base")] Base,

    /// <summary>Building towards the race.</summary>
    [JsonStringEnumMemberName("build")] Build,

    /// <summary>The last weeks of race-specific work.</summary>
    [JsonStringEnumMemberName("race-specific")] RaceSpecific,

    /// <summary>The taper, including the race week.</summary>
    [JsonStringEnumMemberName("taper")] Taper,
}

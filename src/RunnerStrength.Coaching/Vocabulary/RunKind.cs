using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>What a day of the running week holds. Quality runs are tempo, intervals, hills and race pace.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunKind>))]
public enum RunKind
{
    /// <summary>No run.</summary>
    [JsonStringEnumMemberName("rest")] Rest,

    /// <summary>An easy run.</summary>
    [JsonStringEnumMemberName("easy")] Easy,

    /// <summary>A recovery run.</summary>
    [JsonStringEnumMemberName("recovery")] Recovery,

    /// <summary>The long run.</summary>
    [JsonStringEnumMemberName("long")] Long,

    /// <summary>A tempo run (quality).</summary>
    [JsonStringEnumMemberName("tempo")] Tempo,

    /// <summary>Intervals (quality).</summary>
    [JsonStringEnumMemberName("intervals")] Intervals,

    /// <summary>Hill repeats (quality).</summary>
    [JsonStringEnumMemberName("hills")] Hills,

    /// <summary>Race-pace work (quality).</summary>
    [JsonStringEnumMemberName("race-pace")] RacePace,
}

using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>Whether a strength session is done before or after the day's run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SessionOrder>))]
public enum SessionOrder
{
    /// <summary>Lift first, then run (articles 000 and 003: before an easy run).</summary>
    [JsonStringEnumMemberName("before-run")] BeforeRun,

    /// <summary>Run first, then lift (article 002; the fallback onto a quality day).</summary>
    [JsonStringEnumMemberName("after-run")] AfterRun,
}

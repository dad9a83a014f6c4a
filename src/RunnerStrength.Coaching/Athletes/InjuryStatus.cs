using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>Whether an injury still hurts or is on the mend; a profile's <c>injuries</c> item says so in <c>status</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InjuryStatus>))]
internal enum InjuryStatus
{
    /// <summary>Current or recurring: exercises that load it are left out.</summary>
    [JsonStringEnumMemberName("current")] Current,

    /// <summary>Healing and back in training.</summary>
    [JsonStringEnumMemberName("recovering")] Recovering,
}

using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>A day of the week as profiles spell it, Monday first as a plan's weeks run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Weekday>))]
public enum Weekday
{
    /// <summary>Monday.</summary>
    [JsonStringEnumMemberName("monday")] Monday,

    /// <summary>Tuesday.</summary>
    [JsonStringEnumMemberName("tuesday")] Tuesday,

    /// <summary>Wednesday.</summary>
    [JsonStringEnumMemberName("wednesday")] Wednesday,

    /// <summary>Thursday.</summary>
    [JsonStringEnumMemberName("thursday")] Thursday,

    /// <summary>Friday.</summary>
    [JsonStringEnumMemberName("friday")] Friday,

    /// <summary>Saturday.</summary>
    [JsonStringEnumMemberName("saturday")] Saturday,

    /// <summary>Sunday.</summary>
    [JsonStringEnumMemberName("sunday")] Sunday,
}

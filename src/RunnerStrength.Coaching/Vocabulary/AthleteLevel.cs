using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>How experienced the athlete is with strength training.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AthleteLevel>))]
public enum AthleteLevel
{
    /// <summary>New to strength work.</summary>
    [JsonStringEnumMemberName("beginner")] Beginner,

    /// <summary>Lifts regularly.</summary>
    [JsonStringEnumMemberName("intermediate")] Intermediate,

    /// <summary>Experienced and strong.</summary>
    [JsonStringEnumMemberName("advanced")] Advanced,
}

using System.Text.Json;
using RunnerStrength.Coaching.Json;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>The words an athlete profile may use for equipment and injuries, as the embedded athlete schema lists them.</summary>
public static class AthleteVocabulary
{
    private static readonly Lazy<IReadOnlyList<string>> EquipmentWords = new(() => Definition("equipment"));
    private static readonly Lazy<IReadOnlyList<string>> InjuryWords = new(() => Definition("injury"));

    /// <summary>Every equipment word, such as <c>bands</c> or <c>pull-up-bar</c>. Bodyweight is always available and is not a word.</summary>
    public static IReadOnlyList<string> Equipment => EquipmentWords.Value;

    /// <summary>Every injury tag, such as <c>knee</c> or <c>achilles</c>.</summary>
    public static IReadOnlyList<string> Injuries => InjuryWords.Value;

    private static string[] Definition(string name)
    {
        using var schema = JsonDocument.Parse(CoachingSchemas.Athlete);
        return
        [
            .. schema.RootElement.GetProperty("definitions").GetProperty(name).GetProperty("enum")
                .EnumerateArray()
                .Select(word => word.GetString()!),
        ];
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Json;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// An expression's value as JSON: numbers and booleans as they are, enums by their JSON spelling, lists as arrays and
/// records as objects with the library's names (the coaching data files' options), on one line.
/// </summary>
internal static class ExpressionValueJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Format(object? value) =>
        value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CoachingJson.Options)
        {
            WriteIndented = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        // Vocabulary enums carry their own converter; this one spells any other enum (a DayOfWeek) in camelCase.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

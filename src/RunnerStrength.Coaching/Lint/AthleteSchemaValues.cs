using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using RunnerStrength.Coaching.Json;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// The values <c>schemas/athlete.schema.json</c> allows, read from the schema itself: each enum's words and each
/// number's range. The generated athletes take them from here, so a word or a limit added to the schema is covered
/// without a change to the generator.
/// </summary>
internal sealed class AthleteSchemaValues
{
    private readonly JsonElement _root;

    private AthleteSchemaValues(JsonElement root) => _root = root;

    /// <summary>The values of the schema the library validates athletes with.</summary>
    public static AthleteSchemaValues Shipped { get; } = Read(CoachingSchemas.Athlete);

    public static AthleteSchemaValues Read(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        return new AthleteSchemaValues(document.RootElement.Clone());
    }

    public ImmutableArray<string> Levels => Enum("/properties/level");

    public ImmutableArray<string> RunKinds => Enum("/definitions/runKind");

    public ImmutableArray<string> Equipment => Enum("/definitions/equipment");

    public ImmutableArray<string> Injuries => Enum("/definitions/injury");

    public ImmutableArray<string> InjuryStatuses => Enum("/properties/injuries/items/oneOf/1/properties/status");

    public ImmutableArray<string> Distances => Enum("/properties/race/properties/distance");

    public ImmutableArray<string> RaceDays => Enum("/properties/race/properties/day");

    public NumberRange InWeeks => Range("/properties/race/properties/inWeeks");

    public NumberRange SessionMinutes => Range("/properties/sessionMinutes");

    public NumberRange StrengthDays => Range("/properties/strengthDays");

    public NumberRange BodyWeightKg => Range("/properties/bodyWeightKg");

    public NumberRange Sets => Range("/properties/history/items/properties/sets");

    public NumberRange Reps => Range("/properties/history/items/properties/reps");

    public NumberRange Seconds => Range("/properties/history/items/properties/seconds");

    public NumberRange Rpe => Range("/properties/history/items/properties/rpe");

    public NumberRange Soreness => Range("/definitions/readinessReading/properties/soreness");

    public NumberRange SleepHours => Range("/definitions/readinessReading/properties/sleepHours");

    public NumberRange RestingHrDelta => Range("/definitions/readinessReading/properties/restingHrDelta");

    public NumberRange Mood => Range("/definitions/readinessReading/properties/mood");

    public NumberRange Readings => new(Node("/properties/readiness/oneOf/1").GetProperty("minItems").GetDouble(), Node("/properties/readiness/oneOf/1").GetProperty("maxItems").GetDouble());

    /// <summary>The words of the enum at <paramref name="pointer"/> (following a <c>$ref</c>).</summary>
    public ImmutableArray<string> Enum(string pointer) =>
        [.. Node(pointer).GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];

    /// <summary>The <c>minimum</c> and <c>maximum</c> of the number at <paramref name="pointer"/>.</summary>
    public NumberRange Range(string pointer)
    {
        var node = Node(pointer);
        return new NumberRange(node.GetProperty("minimum").GetDouble(), node.GetProperty("maximum").GetDouble());
    }

    private JsonElement Node(string pointer)
    {
        var node = Resolve(_root);
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = Resolve(node.ValueKind == JsonValueKind.Array ? node[int.Parse(part, CultureInfo.InvariantCulture)] : node.GetProperty(part));
        }

        return node;
    }

    // A schema that is only a $ref to one of the definitions stands for that definition.
    private JsonElement Resolve(JsonElement node)
    {
        for (var hops = 0; hops < 8 && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target && target.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            var next = _root;
            foreach (var part in target[2..].Split('/'))
            {
                next = next.GetProperty(part);
            }

            node = next;
        }

        return node;
    }
}

/// <summary>A number's range in a schema, both ends allowed.</summary>
internal readonly record struct NumberRange(double Min, double Max)
{
    public int IntMin => (int)Math.Ceiling(Min);

    public int IntMax => (int)Math.Floor(Max);

    /// <summary>The ends and the values next to them: what boundary testing tries.</summary>
    public int[] IntBoundaries => [.. new[] { IntMin, IntMin + 1, IntMax - 1, IntMax }.Distinct()];
}

using System.Text.Json;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Lint;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Lint;

/// <summary>
/// Issue #13, lint's population: generated athletes are valid profiles, the same for a seed and an index, and between
/// them cover every word of the athlete schema's enums and both ends of each of its ranges, read from the schema itself.
/// </summary>
public sealed class GeneratedAthletesTests
{
    private static readonly Lazy<ExerciseCatalog> Catalog = new(() => ExerciseCatalog.ReadFile(RepositoryPaths.ExerciseCatalog).Catalog!);

    private static readonly Lazy<List<JsonElement>> Population = new(() =>
        [.. GeneratedAthletes.Create(GeneratedAthletes.DefaultSeed, GeneratedAthletes.DefaultCount, Catalog.Value, LintRuns.Start).Select(a => JsonDocument.Parse(a.ProfileJson!).RootElement.Clone())]);

    private static readonly Lazy<JsonElement> Schema = new(() => JsonDocument.Parse(CoachingSchemas.Athlete).RootElement.Clone());

    [Fact]
    public void Every_generated_athlete_is_valid_by_the_schema_and_the_readers_checks()
    {
        var validator = JsonSchemaValidator.FromSchemaText(CoachingSchemas.Athlete);
        foreach (var athlete in GeneratedAthletes.Create(GeneratedAthletes.DefaultSeed, 100, Catalog.Value, LintRuns.Start))
        {
            validator.Validate(SourceText.From(athlete.ProfileJson!, athlete.Label)).ShouldBeEmpty(athlete.ProfileJson);
            var read = AthleteProfileReader.Read(SourceText.From(athlete.ProfileJson!, athlete.Label));
            read.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(athlete.ProfileJson);
            read.Profile!.Name.ShouldBe(athlete.Profile.Name);
            AthleteProfileReader.CheckAgainstCatalog(athlete.Profile, null, Catalog.Value).ShouldBeEmpty(athlete.ProfileJson);
        }
    }

    [Fact]
    public void A_seed_and_an_index_give_the_same_athlete_whatever_the_count_and_another_seed_others()
    {
        var ten = GeneratedAthletes.Create(7, 10, Catalog.Value, LintRuns.Start);
        var again = GeneratedAthletes.Create(7, 40, Catalog.Value, LintRuns.Start);
        var other = GeneratedAthletes.Create(8, 10, Catalog.Value, LintRuns.Start);

        again.Take(10).Select(a => a.ProfileJson).ShouldBe(ten.Select(a => a.ProfileJson));
        GeneratedAthletes.Athlete(7, 9, Catalog.Value, LintRuns.Start).ProfileJson.ShouldBe(ten[9].ProfileJson);
        other.Select(a => a.ProfileJson).ShouldNotBe(ten.Select(a => a.ProfileJson));
        ten.Select(a => a.GeneratedIndex).ShouldBe(Enumerable.Range(0, 10).Select(i => (int?)i));
        ten[3].Label.ShouldStartWith("generated athlete 3 (");
        ten[3].Profile.Name.ShouldBe("Generated athlete 3");
    }

    [Theory]
    [InlineData("/properties/level", "$.level")]
    [InlineData("/properties/race/properties/distance", "$.race.distance")]
    [InlineData("/properties/race/properties/day", "$.race.day")]
    [InlineData("/definitions/equipment", "$.equipment[*]")]
    [InlineData("/definitions/injury", "$.injuries[*]|$.injuries[*].tag")]
    [InlineData("/properties/injuries/items/oneOf/1/properties/status", "$.injuries[*].status")]
    [InlineData("/definitions/runKind", "$.week.monday")]
    [InlineData("/definitions/runKind", "$.week.wednesday")]
    [InlineData("/definitions/runKind", "$.week.sunday")]
    public void Every_word_of_each_enum_of_the_schema_comes_up(string schemaPointer, string paths)
    {
        var words = Node(schemaPointer).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();

        var seen = Population.Value.SelectMany(p => paths.Split('|').SelectMany(path => Values(p, path))).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).ToHashSet();

        words.ShouldNotBeEmpty();
        words.Except(seen).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/properties/sessionMinutes", "$.sessionMinutes")]
    [InlineData("/properties/strengthDays", "$.strengthDays")]
    [InlineData("/properties/race/properties/inWeeks", "$.race.inWeeks")]
    [InlineData("/properties/bodyWeightKg", "$.bodyWeightKg")]
    [InlineData("/properties/history/items/properties/sets", "$.history[*].sets")]
    [InlineData("/properties/history/items/properties/reps", "$.history[*].reps")]
    [InlineData("/properties/history/items/properties/seconds", "$.history[*].seconds")]
    [InlineData("/properties/history/items/properties/rpe", "$.history[*].rpe")]
    [InlineData("/definitions/readinessReading/properties/soreness", "$.readiness.soreness|$.readiness[*].soreness")]
    [InlineData("/definitions/readinessReading/properties/sleepHours", "$.readiness.sleepHours|$.readiness[*].sleepHours")]
    [InlineData("/definitions/readinessReading/properties/restingHrDelta", "$.readiness.restingHrDelta|$.readiness[*].restingHrDelta")]
    [InlineData("/definitions/readinessReading/properties/mood", "$.readiness.mood|$.readiness[*].mood")]
    public void Both_ends_of_each_range_of_the_schema_come_up(string schemaPointer, string paths)
    {
        var node = Node(schemaPointer);
        var (min, max) = (node.GetProperty("minimum").GetDouble(), node.GetProperty("maximum").GetDouble());

        var seen = Population.Value.SelectMany(p => paths.Split('|').SelectMany(path => Values(p, path))).Select(v => v.GetDouble()).ToHashSet();

        seen.ShouldContain(min);
        seen.ShouldContain(max);
        seen.ShouldAllBe(v => v >= min && v <= max);
    }

    [Fact]
    public void The_logs_name_every_exercise_of_the_catalog_and_readiness_comes_as_one_reading_and_as_the_most_readings()
    {
        var logged = Population.Value.SelectMany(p => Values(p, "$.history[*].exercise")).Select(v => v.GetString()).ToHashSet();
        var lists = Population.Value.SelectMany(p => Values(p, "$.readiness")).Where(r => r.ValueKind == JsonValueKind.Array).Select(r => r.GetArrayLength()).ToList();

        Catalog.Value.Exercises.Select(e => e.Id).Except(logged).ShouldBeEmpty();
        Population.Value.ShouldContain(p => Values(p, "$.readiness").Any(r => r.ValueKind == JsonValueKind.Object));
        lists.ShouldContain(1);
        lists.Max().ShouldBe((int)Node("/properties/readiness/oneOf/1").GetProperty("maxItems").GetDouble());
        Population.Value.Count(p => Values(p, "$.race").Any()).ShouldBeLessThan(Population.Value.Count);
        Population.Value.Count(p => Values(p, "$.equipment").Any()).ShouldBeLessThan(Population.Value.Count);
    }

    // A pointer into the schema, following a $ref there.
    private static JsonElement Node(string pointer)
    {
        var node = Schema.Value;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(part);
        }

        if (node.TryGetProperty("$ref", out var reference))
        {
            return Node(reference.GetString()![1..]);
        }

        return node;
    }

    // The values at a path such as $.history[*].sets ([*] is every item; a missing property gives none).
    private static IEnumerable<JsonElement> Values(JsonElement root, string path)
    {
        IEnumerable<JsonElement> current = [root];
        foreach (var part in path[2..].Split('.'))
        {
            var name = part.EndsWith("[*]", StringComparison.Ordinal) ? part[..^3] : part;
            current = current.SelectMany(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? [v] : Array.Empty<JsonElement>());
            if (part.EndsWith("[*]", StringComparison.Ordinal))
            {
                current = current.SelectMany(e => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : Enumerable.Empty<JsonElement>());
            }
        }

        return current;
    }
}

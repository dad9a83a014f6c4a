using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// Reads scenario files (<c>schemas/scenario.schema.json</c>), reporting every problem with its line and column
/// instead of throwing: JSON syntax and schema (RS1xxx), then the athlete (its file, or the inline profile checked
/// like any profile), the rule-set folder and the expectations (RS5090-RS5095, and RS1006 for a value the schema
/// cannot refuse: a pattern in a combined patternSets key, a whole-plan check given a week, a check set to false).
/// </summary>
public static class ScenarioReader
{
    /// <summary>The rule-set folder a scenario uses when it names none: the folder above <c>rules/tests</c>.</summary>
    public const string DefaultRules = "..";

    private static readonly Lazy<string> Schema = new(() => CoachingSchemas.Load("scenario.schema.json"));

    private static readonly JsonSerializerOptions ExpectationOptions = CreateOptions();

    /// <summary>The JSON Schema of a scenario file, as shipped inside the library.</summary>
    public static string SchemaText => Schema.Value;

    /// <summary>Reads the scenario at <paramref name="path"/>; a missing file is RS9001, a folder RS9004, a device or FIFO RS9005, a file over 16 MiB RS9006.</summary>
    public static ScenarioReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new DiagnosticBag();
        var source = JsonSourceFile.Read(path, diagnostics);
        return source is null ? new ScenarioReadResult(null, diagnostics.ToImmutable()) : Read(source);
    }

    /// <summary>Reads a scenario; relative paths in it are resolved from the folder of <see cref="SourceText.Path"/>.</summary>
    public static ScenarioReadResult Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new DiagnosticBag();
        var locator = JsonPointerLocator.Create(source);
        if (locator.SyntaxError is { } syntaxError)
        {
            return new ScenarioReadResult(null, [syntaxError]);
        }

        diagnostics.AddRange(JsonSchemaValidator.FromSchemaText(SchemaText).Validate(source));
        diagnostics.AddRange(locator.DuplicateProperties);
        if (diagnostics.HasErrors)
        {
            return new ScenarioReadResult(null, diagnostics.ToSortedImmutable());
        }

        var text = source.Text.StartsWith('\uFEFF') ? source.Text[1..] : source.Text;
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(source.Path)) ?? Environment.CurrentDirectory;

        var start = ReadStart(root, locator, diagnostics);
        var rules = ReadRules(root, folder, locator, diagnostics);
        var athlete = ReadAthlete(root.GetProperty("athlete"), source, folder, locator, diagnostics);
        var expect = ReadExpectations(root.GetProperty("expect"), locator, diagnostics);
        if (diagnostics.HasErrors || athlete is null || start is null || rules is null)
        {
            return new ScenarioReadResult(null, diagnostics.ToSortedImmutable());
        }

        var scenario = new Scenario
        {
            Name = root.GetProperty("name").GetString()!,
            Path = source.Path,
            Description = root.TryGetProperty("description", out var description) ? description.GetString() : null,
            Athlete = athlete.Value.Profile,
            AthleteSource = athlete.Value.Source,
            AthleteFile = athlete.Value.File,
            Rules = rules,
            Start = start.Value,
            Weeks = root.TryGetProperty("weeks", out var weeks) ? weeks.GetInt32() : null,
            Expect = expect,
            Source = source,
        };
        return new ScenarioReadResult(scenario, diagnostics.ToSortedImmutable());
    }

    private static DateOnly? ReadStart(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        var text = root.GetProperty("start").GetString()!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return start;
        }

        diagnostics.Report(DiagnosticCatalog.InvalidValue, locator.LocateValue("/start"), text, "start date", "a real date written YYYY-MM-DD");
        return null;
    }

    private static string? ReadRules(JsonElement root, string folder, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        var given = root.TryGetProperty("rules", out var rules) ? rules.GetString()! : null;
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, given ?? DefaultRules));
        if (Directory.Exists(full))
        {
            return full;
        }

        var location = given is null ? locator.Locate(string.Empty) : locator.LocateValue("/rules");
        var hint = given is null ? "; name the rule-set folder with \"rules\"" : string.Empty;
        diagnostics.Report(CoachingDiagnostics.RulesFolderNotFound, location, given ?? DefaultRules, PathDisplay.Of(full), hint);
        return null;
    }

    private static (AthleteProfile Profile, SourceText Source, string? File)? ReadAthlete(JsonElement athlete, SourceText source, string folder, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        AthleteReadResult read;
        string? file = null;
        if (athlete.ValueKind == JsonValueKind.String)
        {
            var given = athlete.GetString()!;
            file = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, given));
            if (!File.Exists(file))
            {
                diagnostics.Report(CoachingDiagnostics.AthleteFileNotFound, locator.LocateValue("/athlete"), given, PathDisplay.Of(file));
                return null;
            }

            read = AthleteProfileReader.ReadFile(PathDisplay.Of(file));
        }
        else
        {
            // The inline profile is read from the scenario's own text with everything around it blanked out, so its
            // problems are reported at their real lines and columns in the scenario file.
            var span = locator.FindValue("/athlete")!.Value;
            read = AthleteProfileReader.Read(SourceText.From(Blank(source.Text, span), source.Path));
        }

        diagnostics.AddRange(read.Diagnostics);
        return read.Succeeded ? (read.Profile!, read.Source!, file) : null;
    }

    private static string Blank(string text, TextSpan keep)
    {
        var characters = text.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (!keep.Contains(i) && characters[i] is not ('\r' or '\n'))
            {
                characters[i] = ' ';
            }
        }

        return new string(characters);
    }

    private static ImmutableArray<ScenarioExpectation> ReadExpectations(JsonElement expect, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<ScenarioExpectation>();
        var index = 0;
        foreach (var item in expect.EnumerateArray())
        {
            var pointer = JsonPointerLocator.Append("/expect", index++);
            var locations = item.EnumerateObject().ToImmutableDictionary(p => p.Name, p => locator.Locate(JsonPointerLocator.Append(pointer, p.Name)), StringComparer.Ordinal);
            var expectation = item.Deserialize<ScenarioExpectation>(ExpectationOptions)! with { Location = locator.Locate(pointer), Locations = locations };
            if (!locations.Keys.Any(k => k != "week"))
            {
                diagnostics.Report(CoachingDiagnostics.EmptyExpectation, expectation.Location, string.Join(", ", ExpectationChecks.Names));
            }

            CheckRange(expectation.Sessions, "sessions", expectation.LocationOf("sessions"), diagnostics);
            CheckRange(expectation.Sets, "sets", expectation.LocationOf("sets"), diagnostics);
            CheckRange(expectation.LowerBodySessions, "lowerBodySessions", expectation.LocationOf("lowerBodySessions"), diagnostics);
            CheckRange(expectation.TaperDays, "taperDays", expectation.LocationOf("taperDays"), diagnostics);
            foreach (var (key, range) in expectation.PatternSets ?? ImmutableDictionary<string, CountRange>.Empty)
            {
                var where = locator.Locate(JsonPointerLocator.Append(JsonPointerLocator.Append(pointer, "patternSets"), key));
                CheckPatternKey(key, where, diagnostics);
                CheckRange(range, $"patternSets.{key}", where, diagnostics);
            }

            foreach (var (phase, range) in expectation.PhaseWeeks ?? ImmutableDictionary<TrainingPhase, CountRange>.Empty)
            {
                var key = JsonEnumSpelling<TrainingPhase>.ByValue[phase];
                CheckRange(range, $"phaseWeeks.{key}", locator.Locate(JsonPointerLocator.Append(JsonPointerLocator.Append(pointer, "phaseWeeks"), key)), diagnostics);
            }

            CheckWholePlan(expectation, diagnostics);
            CheckTrueOnly(expectation, "timedOnlyWhenCatalogTimed", expectation.TimedOnlyWhenCatalogTimed, diagnostics);
            CheckTrueOnly(expectation, "heavyCuesOnlyWhenLoadable", expectation.HeavyCuesOnlyWhenLoadable, diagnostics);
            result.Add(expectation);
        }

        return result.ToImmutable();
    }

    private static void CheckRange(CountRange? range, string name, Location location, DiagnosticBag diagnostics)
    {
        if (range is { Min: var min, Max: var max } && min > max)
        {
            diagnostics.Report(CoachingDiagnostics.ScenarioInvertedRange, location, name, min, max);
        }
    }

    private static void CheckPatternKey(string key, Location location, DiagnosticBag diagnostics)
    {
        if (!PatternKey.TryParse(key, out _, out var bad))
        {
            var known = JsonEnumSpelling<MovementPattern>.ByValue.Values;
            var suggestion = NameSuggester.Suggest(bad, known) is { } best && best != bad ? $"; did you mean '{best}'?" : string.Empty;
            var expected = $"patterns joined with '{PatternKey.Separator}', each once, from {PatternKey.Spellings}{suggestion}";
            diagnostics.Report(DiagnosticCatalog.InvalidValue, location, bad, $"pattern in '{key}'", expected);
        }
    }

    /// <summary>Checks that count over the whole plan mean nothing for one week.</summary>
    private static void CheckWholePlan(ScenarioExpectation expectation, DiagnosticBag diagnostics)
    {
        if (expectation.Week is not { } week)
        {
            return;
        }

        (string Name, bool Given, string Counts)[] wholePlan =
        [
            ("phaseWeeks", expectation.PhaseWeeks is not null, "counts the weeks of each phase"),
            ("taperDays", expectation.TaperDays is not null, "counts the days from the taper to the race"),
            ("deloadAfterLoadingWeeks", expectation.DeloadAfterLoadingWeeks is not null, "looks at every deload week"),
        ];
        foreach (var (name, _, counts) in wholePlan.Where(c => c.Given))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidValue, expectation.LocationOf(name), name, $"check of week {week}", $"it in an expectation without 'week': it {counts} over the whole plan");
        }
    }

    private static void CheckTrueOnly(ScenarioExpectation expectation, string name, bool? value, DiagnosticBag diagnostics)
    {
        if (value == false)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidValue, expectation.LocationOf(name), "false", $"value of '{name}'", "true (leave the property out to skip the check)");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Converters = { new JsonStringEnumConverter<DayOfWeek>(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new CountRangeConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads a count written as a number (exact) or as { "min": 1, "max": 2 }, either end left out for an open range.</summary>
    private sealed class CountRangeConverter : JsonConverter<CountRange>
    {
        public override CountRange? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                var exact = reader.GetInt32();
                return new CountRange(exact, exact);
            }

            // The schema has made sure of at least one end; a missing one is open.
            using var range = JsonDocument.ParseValue(ref reader);
            var min = range.RootElement.TryGetProperty("min", out var low) ? low.GetInt32() : 0;
            var max = range.RootElement.TryGetProperty("max", out var high) ? high.GetInt32() : CountRange.Unbounded;
            return new CountRange(min, max);
        }

        public override void Write(Utf8JsonWriter writer, CountRange value, JsonSerializerOptions options)
        {
            if (value.Min == value.Max)
            {
                writer.WriteNumberValue(value.Min);
                return;
            }

            writer.WriteStartObject();
            writer.WriteNumber("min", value.Min);
            if (value.Max != CountRange.Unbounded)
            {
                writer.WriteNumber("max", value.Max);
            }

            writer.WriteEndObject();
        }
    }
}

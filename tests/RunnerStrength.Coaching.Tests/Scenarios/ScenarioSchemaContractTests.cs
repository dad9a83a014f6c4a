using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Scenarios;

/// <summary>
/// schemas/scenario.schema.json and the scenario model cannot drift apart: the same properties with the same JSON
/// types and spellings, the same required ones, and a description on every property of the schema.
/// </summary>
public sealed class ScenarioSchemaContractTests
{
    private static readonly string SchemaFile = Path.Combine(RepositoryPaths.Schemas, "scenario.schema.json");

    [Fact]
    public void The_schema_is_draft_07_and_describes_every_property()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");

        contract.Root.GetProperty("$schema").GetString().ShouldBe("http://json-schema.org/draft-07/schema#");
        var undescribed = contract.AllProperties()
            .Where(p => !p.Node.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
            .Select(p => p.Path)
            .ToList();
        undescribed.ShouldBeEmpty();
    }

    [Fact]
    public void The_library_ships_the_schema_file_as_it_is_in_the_repository()
    {
        ScenarioReader.SchemaText.ShouldBe(File.ReadAllText(SchemaFile));
        CoachingSchemas.Load("scenario.schema.json").ShouldBe(ScenarioReader.SchemaText);
    }

    [Fact]
    public void The_scenario_model_and_the_top_level_of_the_schema_name_the_same_properties()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");
        var schema = contract.Root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "$schema").Order(StringComparer.Ordinal);
        var required = contract.Root.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

        JsonNames(typeof(Scenario)).Order(StringComparer.Ordinal).ShouldBe(schema);
        RequiredNames(typeof(Scenario)).Except(["rules"]).Order(StringComparer.Ordinal).ShouldBe(required, "rules is required in the model only because the reader fills in the default");
    }

    [Fact]
    public void Every_expectation_property_has_the_same_name_and_json_type_in_the_model_and_the_schema()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");
        var expectation = contract.Definition("expectation");
        var properties = expectation.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => contract.Resolve(p.Value), StringComparer.Ordinal);
        var problems = new List<string>();

        foreach (var property in ModelProperties(typeof(ScenarioExpectation)))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.TryGetValue(name, out var node))
            {
                problems.Add($"{name}: in the model but not in the schema");
                continue;
            }

            problems.AddRange(Compare(property.PropertyType, node, name, contract));
        }

        problems.AddRange(properties.Keys.Except(JsonNames(typeof(ScenarioExpectation))).Select(n => $"{n}: in the schema but not in the model"));
        expectation.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public void The_checks_the_runner_knows_are_the_expectation_properties_but_week()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");
        var schemaChecks = contract.Definition("expectation").GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "week");

        ExpectationChecks.Names.Order(StringComparer.Ordinal).ShouldBe(schemaChecks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sub_objects_mirror_their_definitions()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");

        contract.ShouldMirror(typeof(ProgressionExpectation), contract.Definition("progression"));
        var sessionOn = contract.Definition("sessionOn");
        JsonNames(typeof(SessionExpectation)).Order(StringComparer.Ordinal).ShouldBe(sessionOn.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        RequiredNames(typeof(SessionExpectation)).ShouldBe(sessionOn.GetProperty("required").EnumerateArray().Select(e => e.GetString()!));
        contract.EnumOf(contract.Definition("day")).ShouldBe(Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7).Select(d => JsonNamingPolicy.CamelCase.ConvertName(d.ToString())));
        contract.EnumOf(contract.Definition("runKind")).ShouldBe(SchemaModelContract.Spellings(typeof(RunKind)));
    }

    [Fact]
    public void Every_shipped_scenario_names_the_schema()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Rules, "tests"), "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            document.RootElement.GetProperty("$schema").GetString().ShouldBe("../../schemas/scenario.schema.json", file);
        }
    }

    [Fact]
    public void The_keyed_counts_name_every_pattern_and_phase_and_count_with_the_count_shape()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");
        var patternSets = contract.Definition("patternSets");
        var phaseWeeks = contract.Definition("phaseWeeks");

        patternSets.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(SchemaModelContract.Spellings(typeof(MovementPattern)));
        phaseWeeks.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(SchemaModelContract.Spellings(typeof(TrainingPhase)));
        var combined = patternSets.GetProperty("patternProperties").EnumerateObject().ShouldHaveSingleItem();
        Regex.IsMatch("hinge+glute", combined.Name).ShouldBeTrue();
        Regex.IsMatch("foot-ankle+calf+squat", combined.Name).ShouldBeTrue();
        Regex.IsMatch("squat", combined.Name).ShouldBeFalse("a single pattern is one of the listed properties");
        patternSets.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        phaseWeeks.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void A_session_s_order_is_spelt_as_the_plan_spells_it_and_a_list_of_orders_allows_null()
    {
        using var contract = SchemaModelContract.Load("scenario.schema.json");
        var sessionOn = contract.Definition("sessionOn").GetProperty("properties");

        contract.EnumOf(sessionOn.GetProperty("order")).ShouldBe(SchemaModelContract.Spellings(typeof(SessionOrder)));
        sessionOn.GetProperty("fallback").GetProperty("type").GetString().ShouldBe("boolean");
        var orders = contract.Resolve(contract.Definition("expectation").GetProperty("properties").GetProperty("orders").GetProperty("items"));
        orders.GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString()).ShouldBe([.. SchemaModelContract.Spellings(typeof(SessionOrder)), null]);
    }

    private static IEnumerable<string> Compare(Type type, JsonElement node, string where, SchemaModelContract contract)
    {
        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } nullableEnum && where.EndsWith("[]", StringComparison.Ordinal))
        {
            // A list item that may be null: the enum's spellings, then null.
            var items = node.GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? "null" : e.GetString()!);
            string[] wanted = [.. SchemaModelContract.Spellings(nullableEnum), "null"];
            return items.SequenceEqual(wanted) ? [] : [$"{where}: {nullableEnum.Name}? items should list [{string.Join(", ", wanted)}]"];
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        var jsonType = node.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == typeof(int))
        {
            return jsonType == "integer" ? [] : [$"{where}: int in the model, {jsonType} in the schema"];
        }

        if (type == typeof(bool))
        {
            return jsonType == "boolean" ? [] : [$"{where}: bool in the model, {jsonType} in the schema"];
        }

        if (type == typeof(string))
        {
            return jsonType == "string" ? [] : [$"{where}: string in the model, {jsonType} in the schema"];
        }

        if (type == typeof(DayOfWeek))
        {
            return contract.EnumOf(node).Length == 7 ? [] : [$"{where}: a day in the model, not the seven days in the schema"];
        }

        if (type.IsEnum)
        {
            var listed = contract.EnumOf(node);
            var spelt = SchemaModelContract.Spellings(type);
            return spelt.SequenceEqual(listed) ? [] : [$"{where}: {type.Name} is spelt [{string.Join(", ", spelt)}] but the schema lists [{string.Join(", ", listed)}]"];
        }

        if (type == typeof(CountRange))
        {
            var shapes = node.GetProperty("oneOf").EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToList();
            return shapes.SequenceEqual(["integer", "object"]) ? [] : [$"{where}: a count is a number or {{ min, max }} in the model, [{string.Join(", ", shapes)}] in the schema"];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            // A keyed count: every key the schema lists (and any pattern-matched key) holds a count.
            var values = node.GetProperty("properties").EnumerateObject().Select(p => (p.Name, Node: p.Value))
                .Concat(node.TryGetProperty("patternProperties", out var patterns) ? patterns.EnumerateObject().Select(p => (p.Name, Node: p.Value)) : []);
            return jsonType != "object"
                ? [$"{where}: a dictionary in the model, {jsonType} in the schema"]
                : values.SelectMany(v => Compare(type.GetGenericArguments()[1], contract.Resolve(v.Node), $"{where}.{v.Name}", contract));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return jsonType != "array"
                ? [$"{where}: a list in the model, {jsonType} in the schema"]
                : Compare(type.GetGenericArguments()[0], contract.Resolve(node.GetProperty("items")), where + "[]", contract);
        }

        if (type == typeof(ProgressionExpectation) || type == typeof(SessionExpectation))
        {
            var names = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
            return jsonType == "object" && JsonNames(type).Order(StringComparer.Ordinal).SequenceEqual(names) ? [] : [$"{where}: {type.Name} and its schema object differ"];
        }

        return [$"{where}: no rule for comparing {type.Name}"];
    }

    private static IEnumerable<PropertyInfo> ModelProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null);

    private static IEnumerable<string> JsonNames(Type type) => ModelProperties(type).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    private static IEnumerable<string> RequiredNames(Type type) =>
        ModelProperties(type).Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
}

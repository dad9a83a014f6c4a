using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>
/// Walks the plan records and the schema side by side, from <see cref="StrengthPlan"/> down, so a property added,
/// renamed or retyped on one side and not the other fails here.
/// </summary>
public sealed class PlanSchemaDriftTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(PlanJson.SchemaText).RootElement;
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Type[] RecordTypes =
    [
        typeof(StrengthPlan), typeof(PlanWeek), typeof(PlannedSession), typeof(WarmupItem), typeof(PlannedExercise), typeof(PlanReason), typeof(DoseRange),
        typeof(PlannedProgression), typeof(PlannedTest),
    ];

    public static TheoryData<Type> Records => new(RecordTypes);

    public static TheoryData<Type> Enums => new() { typeof(RunKind), typeof(SessionOrder), typeof(TrainingPhase), typeof(SessionIntensity), typeof(MovementPattern), typeof(DayOfWeek), typeof(RunnerStrength.Coaching.Planning.Rules.ProgressionAction) };

    [Fact]
    public void The_schema_is_draft_07()
    {
        Root.GetProperty("$schema").GetString().ShouldBe("http://json-schema.org/draft-07/schema#");
    }

    [Fact]
    public void Every_record_matches_its_schema_object_property_for_property()
    {
        var visited = new HashSet<Type>();

        CompareObject(typeof(StrengthPlan), Root, "#", visited);

        visited.ShouldBe(RecordTypes, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_record_property_is_described_and_required(Type record)
    {
        var schema = SchemaObjectOf(record);
        var names = JsonNames(record);

        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(names, ignoreOrder: true);
        schema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        schema.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        foreach (var name in names)
        {
            schema.GetProperty("properties").GetProperty(name).GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace(name);
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enum_in_the_schema_lists_exactly_the_json_spellings(Type enumType)
    {
        var spellings = Spellings(enumType);
        // An enum of the schema is this type's when most of its words are ("tempo" is a run and a progression step).
        var schemaEnums = EnumsInSchema().Where(e => e.Count(spellings.Contains) * 2 > e.Count).ToList();

        schemaEnums.ShouldNotBeEmpty($"no enum in the schema for {enumType.Name}");
        schemaEnums.ShouldAllBe(e => e.SetEquals(spellings));
    }

    [Theory]
    [InlineData("session", "order", true)]
    [InlineData("session", "title", true)]
    [InlineData("session", "fallback", false)]
    [InlineData("exercise", "mitigation", false)]
    public void The_plan_contract_requires_and_describes_order_title_fallback_and_mitigation(string definition, string property, bool nullable)
    {
        var schema = Definition(definition);

        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldContain(property);
        var described = schema.GetProperty("properties").GetProperty(property);
        described.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        Shape(described).Types.Contains("null").ShouldBe(nullable);
    }

    [Fact]
    public void Order_is_one_of_the_session_order_spellings_or_null()
    {
        var (types, resolved) = Shape(Definition("session").GetProperty("properties").GetProperty("order"));

        types.ShouldBe(["string", "null"], ignoreOrder: true);
        resolved.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ShouldBe(["before-run", "after-run"], ignoreOrder: true);
    }

    [Fact]
    public void The_comparison_notices_a_property_the_schema_does_not_have()
    {
        Should.Throw<ShouldAssertException>(() => CompareObject(typeof(WithExtraProperty), Definition("reason"), "#/definitions/reason", []));
    }

    [Fact]
    public void The_comparison_notices_a_nullable_mismatch()
    {
        Should.Throw<ShouldAssertException>(() => CompareObject(typeof(WithNullableRule), Definition("reason"), "#/definitions/reason", []));
    }

    private static void CompareObject(Type type, JsonElement schema, string path, HashSet<Type> visited)
    {
        visited.Add(type);
        TypesOf(schema).ShouldBe(["object"], path);
        var names = JsonNames(type);
        var properties = schema.GetProperty("properties");
        properties.EnumerateObject().Select(p => p.Name).ShouldBe(names, ignoreOrder: true, path + ".properties");
        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(names, ignoreOrder: true, path + ".required");

        foreach (var property in PublicProperties(type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || Nullability.Create(property).ReadState == NullabilityState.Nullable;
            CompareValue(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, nullable, properties.GetProperty(name), $"{path}/{name}", visited);
        }
    }

    private static void CompareValue(Type type, bool nullable, JsonElement schema, string path, HashSet<Type> visited)
    {
        var (types, resolved) = Shape(schema);
        types.Contains("null").ShouldBe(nullable, $"{path}: nullable in the model is {nullable}");
        types.Remove("null");
        if (type == typeof(string))
        {
            types.ShouldBe(["string"], path);
        }
        else if (type == typeof(int))
        {
            types.ShouldBe(["integer"], path);
        }
        else if (type == typeof(bool))
        {
            types.ShouldBe(["boolean"], path);
        }
        else if (type == typeof(DateOnly))
        {
            types.ShouldBe(["string"], path);
            var pattern = new Regex(resolved.GetProperty("pattern").GetString()!);
            pattern.IsMatch("2026-11-23").ShouldBeTrue(path);
            pattern.IsMatch("2026-11-23T00:00:00").ShouldBeFalse(path);
        }
        else if (type.IsEnum)
        {
            types.ShouldBe(["string"], path);
            resolved.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ShouldBe(Spellings(type), ignoreOrder: true, path);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            types.ShouldBe(["array"], path);
            CompareValue(type.GetGenericArguments()[0], nullable: false, resolved.GetProperty("items"), path + "/items", visited);
        }
        else
        {
            CompareObject(type, resolved, path, visited);
        }
    }

    // The JSON types a property allows and the schema that describes a non-null value, through
    // "oneOf": [{"type": "null"}, {"$ref"}], a single-entry "allOf" and "$ref".
    private static (HashSet<string> Types, JsonElement Schema) Shape(JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var branches = oneOf.EnumerateArray().ToList();
            var nonNull = branches.Where(b => !TypesOf(b).SetEquals(["null"])).ToList();
            var (types, resolved) = Shape(nonNull.ShouldHaveSingleItem());
            if (nonNull.Count < branches.Count)
            {
                types.Add("null");
            }

            return (types, resolved);
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            return Shape(allOf.EnumerateArray().ShouldHaveSingleItem());
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            name.ShouldStartWith("#/definitions/");
            return Shape(Definition(name["#/definitions/".Length..]));
        }

        return (TypesOf(schema), schema);
    }

    private static HashSet<string> TypesOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return [];
        }

        return type.ValueKind == JsonValueKind.Array
            ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
            : [type.GetString()!];
    }

    private static JsonElement Definition(string name) => Root.GetProperty("definitions").GetProperty(name);

    private static JsonElement SchemaObjectOf(Type record)
    {
        if (record == typeof(StrengthPlan))
        {
            return Root;
        }

        var found = Root.GetProperty("definitions").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out var p) && p.EnumerateObject().Select(x => x.Name).ToHashSet().SetEquals(JsonNames(record)))
            .ToList();
        return found.ShouldHaveSingleItem($"one definition with the properties of {record.Name}").Value;
    }

    private static IEnumerable<PropertyInfo> PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static List<string> JsonNames(Type type) =>
        [.. PublicProperties(type).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    private static HashSet<string> Spellings(Type enumType) =>
        enumType == typeof(DayOfWeek)
            ? [.. Enum.GetNames<DayOfWeek>().Select(n => n.ToLowerInvariant())]
            : [.. enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? throw new InvalidOperationException($"{enumType.Name}.{f.Name} has no JSON spelling"))];

    private static List<HashSet<string>> EnumsInSchema()
    {
        var found = new List<HashSet<string>>();
        Collect(Root);
        return found;

        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "enum")
                    {
                        found.Add([.. property.Value.EnumerateArray().Select(e => e.GetString()!)]);
                    }
                    else
                    {
                        Collect(property.Value);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }

    private sealed record WithExtraProperty(string Rule, string Message, string Source, int Weight);

    private sealed record WithNullableRule(string? Rule, string Message, string Source);
}

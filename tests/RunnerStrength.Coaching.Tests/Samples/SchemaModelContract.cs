using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Tests;

/// <summary>
/// Compares a C# model with the JSON Schema that describes its file, so the two cannot drift apart: property names
/// (camelCase), which are required, JSON types, nested objects and arrays, and enum spellings.
/// </summary>
internal sealed class SchemaModelContract : IDisposable
{
    private readonly JsonDocument _document;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly List<string> _problems = [];

    private SchemaModelContract(JsonDocument document) => _document = document;

    public JsonElement Root => _document.RootElement;

    /// <summary>Loads <c>schemas/<paramref name="fileName"/></c> from the repository.</summary>
    public static SchemaModelContract Load(string fileName) =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, fileName))));

    /// <summary>The JSON spellings of an enum, in declaration order.</summary>
    public static string[] Spellings(Type enumType) =>
    [
        .. enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name),
    ];

    /// <summary>The node a <c>$ref</c> points at, or the node itself.</summary>
    public JsonElement Resolve(JsonElement node)
    {
        while (node.TryGetProperty("$ref", out var reference))
        {
            var path = reference.GetString()!;
            path.ShouldStartWith("#/");
            node = _document.RootElement;
            foreach (var part in path[2..].Split('/'))
            {
                node = node.GetProperty(part);
            }
        }

        return node;
    }

    /// <summary>The definition named <paramref name="name"/>.</summary>
    public JsonElement Definition(string name) => _document.RootElement.GetProperty("definitions").GetProperty(name);

    /// <summary>The strings of a node's <c>enum</c>, following a <c>$ref</c>.</summary>
    public string[] EnumOf(JsonElement node) => [.. Resolve(node).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>Asserts that <paramref name="type"/> and the object schema <paramref name="node"/> describe the same thing.</summary>
    public void ShouldMirror(Type type, JsonElement node)
    {
        _problems.Clear();
        CompareObject(type, Resolve(node), type.Name);
        _problems.ShouldBeEmpty(string.Join("\n", _problems));
    }

    /// <summary>Every property in the schema, at any depth, as (path, node).</summary>
    public IEnumerable<(string Path, JsonElement Node)> AllProperties() => PropertiesBelow(_document.RootElement, "#");

    public void Dispose() => _document.Dispose();

    private static IEnumerable<(string, JsonElement)> PropertiesBelow(JsonElement node, string path)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var member in node.EnumerateObject())
        {
            if (member.Name == "properties")
            {
                foreach (var property in member.Value.EnumerateObject())
                {
                    yield return ($"{path}/properties/{property.Name}", property.Value);
                }
            }

            foreach (var nested in PropertiesBelow(member.Value, $"{path}/{member.Name}"))
            {
                yield return nested;
            }
        }
    }

    private void CompareObject(Type type, JsonElement node, string where)
    {
        Expect(TypeOf(node) == "object", $"{where}: the schema should say type object");
        Expect(node.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False, $"{where}: the schema should forbid additional properties");

        var schemaProperties = node.GetProperty("properties").EnumerateObject()
            .Where(p => p.Name != "$schema")
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var required = node.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var modelProperties = JsonProperties(type).ToDictionary(p => JsonName(p), StringComparer.Ordinal);

        foreach (var name in modelProperties.Keys.Except(schemaProperties.Keys))
        {
            _problems.Add($"{where}.{name}: in the model but not in the schema");
        }

        foreach (var name in schemaProperties.Keys.Except(modelProperties.Keys))
        {
            _problems.Add($"{where}.{name}: in the schema but not in the model");
        }

        var positional = type.GetConstructors()
            .Where(c => c.GetParameters().Length > 0)
            .SelectMany(c => c.GetParameters())
            .Where(p => !p.IsOptional)
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var (name, property) in modelProperties)
        {
            if (!schemaProperties.TryGetValue(name, out var propertyNode))
            {
                continue;
            }

            var path = $"{where}.{name}";
            var isRequired = property.GetCustomAttribute<RequiredMemberAttribute>() is not null || positional.Contains(property.Name);
            Expect(isRequired == required.Contains(name), $"{path}: required in the {(isRequired ? "model" : "schema")} only");
            var nullable = _nullability.Create(property).ReadState == NullabilityState.Nullable;
            Expect(!(nullable && required.Contains(name)), $"{path}: nullable in the model but required in the schema");
            CompareValue(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, Resolve(propertyNode), path);
        }
    }

    // The properties the JSON reader reads: public ones it does not always ignore, and non-public ones it includes (a
    // file's shape kept apart from the model's public face, such as injuries given as tags or objects).
    private static IEnumerable<PropertyInfo> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetMethod?.IsPublic == true
                ? p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always }
                : p.GetCustomAttribute<JsonIncludeAttribute>() is not null);

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    // "oneOf": the model must mirror every alternative. A list mirrors an alternative that is not an array through its
    // item (one item written alone), and a class mirrors a string alternative as its shorthand (a tag standing for the
    // object with its defaults), which the class's converter expands.
    private void CompareAlternatives(Type type, JsonElement oneOf, string where)
    {
        var index = 0;
        foreach (var alternative in oneOf.EnumerateArray().Select(Resolve))
        {
            var at = $"{where}(oneOf {index++})";
            if (IsList(type) && TypeOf(alternative) != "array")
            {
                CompareValue(type.GetGenericArguments()[0], alternative, at);
            }
            else if (!(type.IsClass && type != typeof(string) && !IsList(type) && TypeOf(alternative) == "string"))
            {
                CompareValue(type, alternative, at);
            }
        }
    }

    private void CompareValue(Type type, JsonElement node, string where)
    {
        if (node.TryGetProperty("oneOf", out var oneOf))
        {
            CompareAlternatives(type, oneOf, where);
            return;
        }

        if (node.TryGetProperty("allOf", out var allOf))
        {
            // Parts without a type only add constraints (such as a date required in one place); the shape is in the others.
            foreach (var part in allOf.EnumerateArray().Select(Resolve).Where(p => TypeOf(p) is not null))
            {
                CompareValue(type, part, where);
            }

            return;
        }

        var jsonType = TypeOf(node);
        if (type == typeof(string))
        {
            Expect(jsonType == "string", $"{where}: string in the model, {jsonType} in the schema");
        }
        else if (type == typeof(int))
        {
            Expect(jsonType == "integer", $"{where}: int in the model, {jsonType} in the schema");
        }
        else if (type == typeof(double))
        {
            Expect(jsonType == "number", $"{where}: double in the model, {jsonType} in the schema");
        }
        else if (type == typeof(bool))
        {
            Expect(jsonType == "boolean", $"{where}: bool in the model, {jsonType} in the schema");
        }
        else if (type == typeof(DateOnly))
        {
            Expect(jsonType == "string" && node.TryGetProperty("format", out var format) && format.GetString() == "date", $"{where}: DateOnly needs a string of format date");
        }
        else if (type.IsEnum)
        {
            Expect(jsonType == "string", $"{where}: enums are strings");
            var spellings = Spellings(type);
            var listed = node.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToArray() : [];
            Expect(spellings.SequenceEqual(listed), $"{where}: {type.Name} is spelt [{string.Join(", ", spellings)}] but the schema lists [{string.Join(", ", listed)}]");
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Expect(jsonType == "array", $"{where}: a list in the model, {jsonType} in the schema");
            if (node.TryGetProperty("items", out var items))
            {
                CompareValue(type.GetGenericArguments()[0], Resolve(items), where + "[]");
            }
            else
            {
                _problems.Add($"{where}: the schema gives no items");
            }
        }
        else if (type.IsClass)
        {
            CompareObject(type, node, where);
        }
        else
        {
            _problems.Add($"{where}: no rule for comparing {type.Name}");
        }
    }

    private static string? TypeOf(JsonElement node) =>
        node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private void Expect(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add(problem);
        }
    }
}

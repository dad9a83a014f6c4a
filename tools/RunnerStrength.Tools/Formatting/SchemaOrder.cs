using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RunnerStrength.Tools.Formatting;

/// <summary>
/// The order of properties a JSON Schema gives an object at one place in a file: the order of its <c>properties</c>
/// (across the alternatives of <c>anyOf</c>, <c>oneOf</c>, <c>allOf</c> and <c>$ref</c>), and the schemas of what
/// is inside, property by property and item by item.
/// </summary>
internal sealed class SchemaOrder
{
    /// <summary>No schema: every property stays where it is.</summary>
    public static readonly SchemaOrder None = new(null, [], ImmutableDictionary<string, SchemaOrder>.Empty);

    private readonly JsonNode? _document;
    private readonly ImmutableArray<JsonObject> _schemas;
    private readonly ImmutableDictionary<string, SchemaOrder> _members;
    private ImmutableArray<string>? _names;

    private SchemaOrder(JsonNode? document, ImmutableArray<JsonObject> schemas, ImmutableDictionary<string, SchemaOrder> members)
    {
        _document = document;
        _schemas = schemas;
        _members = members;
    }

    /// <summary>The order at the root of the schema <paramref name="schemaText"/>.</summary>
    public static SchemaOrder Of(string schemaText)
    {
        var document = JsonNode.Parse(schemaText);
        return new SchemaOrder(document, Flatten(document, document), ImmutableDictionary<string, SchemaOrder>.Empty);
    }

    /// <summary>
    /// This order, with the property <paramref name="name"/> laid out by <paramref name="schema"/> instead: for a value
    /// the schema leaves open, such as a scenario's inline athlete, which follows the athlete schema.
    /// </summary>
    public SchemaOrder WithMember(string name, SchemaOrder schema) => new(_document, _schemas, _members.SetItem(name, schema));

    /// <summary>The properties the schema names here, in its order.</summary>
    public ImmutableArray<string> Names => _names ??= [.. _schemas.SelectMany(s => s["properties"] is JsonObject properties ? properties.Select(p => p.Key) : []).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Where <paramref name="name"/> goes: its place in <see cref="Names"/> (matched exactly, else ignoring case, as rule
    /// files name properties in any case), or after all of them for a name the schema does not list.
    /// </summary>
    public int Rank(string? name)
    {
        if (name is null)
        {
            return int.MaxValue;
        }

        var names = Names;
        var exact = names.IndexOf(name, StringComparer.Ordinal);
        return exact >= 0 ? exact
            : names.IndexOf(name, StringComparer.OrdinalIgnoreCase) is var any and >= 0 ? any
            : int.MaxValue;
    }

    /// <summary>The schema of the value of the property <paramref name="name"/> of an object here.</summary>
    public SchemaOrder Member(string? name)
    {
        if (name is null || _document is null)
        {
            return None;
        }

        if (_members.TryGetValue(name, out var fixedOrder))
        {
            return fixedOrder;
        }

        var found = new List<JsonObject>();
        foreach (var schema in _schemas)
        {
            var properties = schema["properties"] as JsonObject;
            var property = properties?.FirstOrDefault(p => p.Key == name).Value
                ?? properties?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            property ??= (schema["patternProperties"] as JsonObject)?.FirstOrDefault(p => Matches(p.Key, name)).Value;
            property ??= schema["additionalProperties"] as JsonObject;
            found.AddRange(Flatten(_document, property));
        }

        return From(found);
    }

    /// <summary>The schema of the items of an array here.</summary>
    public SchemaOrder Items()
    {
        if (_document is null)
        {
            return None;
        }

        return From([.. _schemas.SelectMany(s => Flatten(_document, s["items"] as JsonObject))]);
    }

    private SchemaOrder From(List<JsonObject> schemas) =>
        schemas.Count == 0 ? None : new SchemaOrder(_document, [.. schemas], ImmutableDictionary<string, SchemaOrder>.Empty);

    private static bool Matches(string pattern, string name)
    {
        try
        {
            return Regex.IsMatch(name, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (Exception ex) when (ex is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary><paramref name="node"/> and every schema it stands for through <c>$ref</c>, <c>allOf</c>, <c>anyOf</c> and <c>oneOf</c>.</summary>
    private static ImmutableArray<JsonObject> Flatten(JsonNode? document, JsonNode? node)
    {
        var found = ImmutableArray.CreateBuilder<JsonObject>();
        var seen = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        void Visit(JsonNode? current, int depth)
        {
            if (current is not JsonObject schema || depth > 32 || !seen.Add(schema))
            {
                return;
            }

            found.Add(schema);
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                Visit(Resolve(document, reference), depth + 1);
            }

            foreach (var keyword in (string[])["allOf", "anyOf", "oneOf"])
            {
                foreach (var alternative in schema[keyword] as JsonArray ?? [])
                {
                    Visit(alternative, depth + 1);
                }
            }
        }

        Visit(node, 0);
        return found.ToImmutable();
    }

    /// <summary>The schema a local reference such as <c>#/definitions/Rule</c> points to, or null.</summary>
    private static JsonNode? Resolve(JsonNode? document, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        var current = document;
        foreach (var part in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Uri.UnescapeDataString(part).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current is JsonObject obj ? obj[key] : null;
        }

        return current;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnerStrength.Engine.Binding;

/// <summary>Reads an <see cref="InputShape"/> from a sample JSON document or from a JSON Schema.</summary>
internal static class InputShapeReader
{
    private const int MaxDepth = 64;

    /// <summary>The shape of a sample document: each member's kind is the kind of its value in the sample.</summary>
    public static InputShape FromSample(string json)
    {
        var node = Parse(json, "sample");
        return OfSample(node, 0);
    }

    /// <summary>The shape a JSON Schema describes: <c>type</c>, <c>properties</c>, <c>required</c>, <c>items</c>, <c>format: date</c> and local <c>$ref</c>s.</summary>
    public static InputShape FromJsonSchema(string schemaText)
    {
        var root = Parse(schemaText, "JSON Schema");
        if (root is not JsonObject)
        {
            throw new ArgumentException("a JSON Schema must be an object", nameof(schemaText));
        }

        return OfSchema(root, root, 0, nullable: false);
    }

    /// <summary>True when <paramref name="json"/> reads as a JSON Schema rather than a sample: it names a <c>$schema</c>, or has <c>type</c> and <c>properties</c> as a schema writes them.</summary>
    public static bool LooksLikeSchema(string json)
    {
        var node = Parse(json, "JSON document");
        return node is JsonObject o && (o["$schema"] is JsonValue
            || (o["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "object" && o["properties"] is JsonObject));
    }

    private static JsonNode? Parse(string json, string what)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth + 8 });
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"the {what} is not valid JSON: {ex.Message}", nameof(json), ex);
        }
    }

    private static InputShape OfSample(JsonNode? node, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"the sample nests deeper than {MaxDepth} levels");
        }

        switch (node)
        {
            case null:
                return InputShape.Of(ShapeKind.Unknown, nullable: true);
            case JsonObject o:
                return InputShape.ObjectOf(o.Select(p => new KeyValuePair<string, InputShape>(p.Key, OfSample(p.Value, depth + 1))));
            case JsonArray a:
                var element = a.Aggregate(InputShape.Of(ShapeKind.Unknown), (shape, item) => InputShape.Merge(shape, OfSample(item, depth + 1)));
                return InputShape.ListOf(element);
            default:
                var value = node.GetValue<JsonElement>();
                return value.ValueKind switch
                {
                    JsonValueKind.String => InputShape.Of(ShapeKind.Text),
                    JsonValueKind.True or JsonValueKind.False => InputShape.Of(ShapeKind.Boolean),
                    JsonValueKind.Number => InputShape.Of(value.TryGetInt64(out _) ? ShapeKind.Integer : ShapeKind.Number),
                    _ => InputShape.Of(ShapeKind.Unknown, nullable: true),
                };
        }
    }

    private static InputShape OfSchema(JsonNode root, JsonNode schema, int depth, bool nullable)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"the JSON Schema nests (or refers to itself) deeper than {MaxDepth} levels");
        }

        if (schema is not JsonObject o)
        {
            return InputShape.Of(ShapeKind.Unknown, nullable: true);
        }

        if (o["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer))
        {
            return OfSchema(root, Resolve(root, pointer), depth + 1, nullable);
        }

        var (type, typeNullable) = TypeOf(o);
        nullable |= typeNullable;
        switch (type)
        {
            case "object":
                var required = o["required"] is JsonArray names
                    ? names.Select(n => n?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal)
                    : [];
                var properties = o["properties"] as JsonObject ?? [];
                return InputShape.ObjectOf(
                    properties.Select(p => new KeyValuePair<string, InputShape>(p.Key, OfSchema(root, p.Value!, depth + 1, nullable: !required.Contains(p.Key)))),
                    nullable);
            case "array":
                var items = o["items"] is JsonObject itemSchema ? OfSchema(root, itemSchema, depth + 1, nullable: false) : InputShape.Of(ShapeKind.Unknown);
                return InputShape.ListOf(items, nullable);
            case "string":
                var format = o["format"] is JsonValue f && f.TryGetValue<string>(out var text) ? text : null;
                return InputShape.Of(format == "date" ? ShapeKind.Date : ShapeKind.Text, nullable);
            case "integer":
                return InputShape.Of(ShapeKind.Integer, nullable);
            case "number":
                return InputShape.Of(ShapeKind.Number, nullable);
            case "boolean":
                return InputShape.Of(ShapeKind.Boolean, nullable);
            default:
                return InputShape.Of(ShapeKind.Unknown, nullable: true);
        }
    }

    // "type": "string", or ["string", "null"]; with no type, "properties" means an object.
    private static (string? Type, bool Nullable) TypeOf(JsonObject schema)
    {
        switch (schema["type"])
        {
            case JsonValue value when value.TryGetValue<string>(out var type):
                return (type, type == "null");
            case JsonArray types:
                var names = types.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
                var nonNull = names.Where(n => n != "null").ToList();
                return (nonNull.Count == 1 ? nonNull[0] : null, names.Contains("null"));
            default:
                return (schema["properties"] is JsonObject ? "object" : null, false);
        }
    }

    private static JsonNode Resolve(JsonNode root, string pointer)
    {
        if (!pointer.StartsWith('#'))
        {
            throw new ArgumentException($"the JSON Schema refers to '{pointer}'; only references inside the schema (#/...) are read");
        }

        var node = root;
        foreach (var part in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(part).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o when o[name] is { } child => child,
                JsonArray a when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count && a[i] is { } item => item,
                _ => throw new ArgumentException($"the JSON Schema refers to '{pointer}', which it does not hold"),
            };
        }

        return node;
    }
}

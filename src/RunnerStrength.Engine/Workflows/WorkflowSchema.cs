using System.Text.Json.Nodes;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>The JSON Schema (draft-07) of rule files, embedded in the engine; it is the file editors use from <c>schemas/</c>.</summary>
public static class WorkflowSchema
{
    internal const string ResourceName = "RunnerStrength.Engine.Schemas.workflow.schema.json";

    private static readonly Lazy<string> SchemaText = new(Load);

    // The file's root says "a workflow or an array of workflows" with anyOf, which is right for editors but makes a
    // validator report the failures of both branches. The file's own tree tells which branch applies, so each shape
    // is checked against a schema that holds only that branch.
    private static readonly Lazy<JsonSchemaValidator> SingleWorkflow = new(() => JsonSchemaValidator.FromSchemaText(
        WithRoot(new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/definitions/Workflow" }) })));

    private static readonly Lazy<JsonSchemaValidator> WorkflowList = new(() => JsonSchemaValidator.FromSchemaText(
        WithRoot(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/Workflow" } })));

    /// <summary>The text of <c>workflow.schema.json</c>.</summary>
    public static string Text => SchemaText.Value;

    /// <summary>
    /// Checks <paramref name="canonicalText"/> (the file with known names in canonical case, same layout) against the
    /// schema branch that matches <paramref name="root"/>; positions point into <paramref name="source"/>.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> Validate(SourceText source, JsonNodeSyntax root, string canonicalText) => root switch
    {
        JsonObjectSyntax => SingleWorkflow.Value.Validate(source, canonicalText),
        JsonArraySyntax => WorkflowList.Value.Validate(source, canonicalText),
        _ => [],
    };

    private static string Load()
    {
        using var stream = typeof(WorkflowSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without its embedded resource '{ResourceName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string WithRoot(JsonObject root)
    {
        var schema = JsonNode.Parse(Text)!.AsObject();
        schema.Remove("anyOf");
        foreach (var (keyword, value) in root.ToList())
        {
            root.Remove(keyword);
            schema[keyword] = value;
        }

        return schema.ToJsonString();
    }
}

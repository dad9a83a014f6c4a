using RunnerStrength.Engine.Json;

namespace RunnerStrength.Engine.Workflows;

/// <summary>
/// One rule-file object with its known properties found by canonical name (the last of duplicates wins, as in RulesEngine).
/// A property whose value is JSON <c>null</c> counts as absent, as RulesEngine's reader (and a Newtonsoft-serialized
/// workflow, which writes every unset property as null) has it.
/// </summary>
internal sealed class WorkflowObject(JsonObjectSyntax syntax, IReadOnlyDictionary<string, JsonPropertySyntax> properties)
{
    public JsonObjectSyntax Syntax { get; } = syntax;

    /// <summary>The value of the property with this canonical name, or null when the object has none.</summary>
    public JsonNodeSyntax? this[string name] => properties.TryGetValue(name, out var property) && property.Value is not JsonNullSyntax ? property.Value : null;
}

using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    private JsonStringSyntax? ReadString(WorkflowObject owner, string name) => Expect<JsonStringSyntax>(owner, name, "a string");

    private bool? ReadBoolean(WorkflowObject owner, string name) => Expect<JsonBooleanSyntax>(owner, name, "true or false")?.Value;

    private JsonArraySyntax? ReadArray(WorkflowObject owner, string name) => Expect<JsonArraySyntax>(owner, name, "an array");

    /// <summary>An array of strings; null when the property is absent (or null), and any other item reported as <paramref name="name"/>[i].</summary>
    private ImmutableArray<JsonStringSyntax>? ReadStringList(WorkflowObject owner, string name)
    {
        if (ReadArray(owner, name) is not { } array)
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<JsonStringSyntax>();
        for (var i = 0; i < array.Items.Length; i++)
        {
            if (array.Items[i] is JsonStringSyntax item)
            {
                result.Add(item);
            }
            else
            {
                WrongKind($"{name}[{i}]", array.Items[i], "a string");
            }
        }

        return result.ToImmutable();
    }

    private WorkflowObject? ReadObject(WorkflowObject owner, string name, ImmutableArray<string> knownNames) =>
        Expect<JsonObjectSyntax>(owner, name, "an object") is { } syntax ? Open(syntax, knownNames) : null;

    /// <summary>The objects of an array; any other item is reported as <paramref name="name"/>[i].</summary>
    private IEnumerable<JsonObjectSyntax> ObjectItems(JsonArraySyntax array, string name)
    {
        for (var i = 0; i < array.Items.Length; i++)
        {
            if (array.Items[i] is JsonObjectSyntax item)
            {
                yield return item;
            }
            else
            {
                WrongKind($"{name}[{i}]", array.Items[i], "an object");
            }
        }
    }

    /// <summary>A string property that names one of <typeparamref name="T"/>'s values, in any case; anything else is <paramref name="invalid"/>.</summary>
    private T? ReadChoice<T>(WorkflowObject owner, string name, DiagnosticDescriptor invalid)
        where T : struct, Enum
    {
        var written = ReadString(owner, name);
        if (written is null)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            var canonical = value.ToString();
            if (canonical.Equals(written.Value, StringComparison.OrdinalIgnoreCase))
            {
                Canonicalize(written, canonical);
                return value;
            }
        }

        Report(invalid, written.Span, written.Value);
        Claim(written);
        return null;
    }

    private TNode? Expect<TNode>(WorkflowObject owner, string name, string expected)
        where TNode : JsonNodeSyntax
    {
        var value = owner[name];
        if (value is null or TNode)
        {
            return (TNode?)value;
        }

        WrongKind(name, value, expected);
        return null;
    }

    private void WrongKind(string name, JsonNodeSyntax value, string expected)
    {
        Report(DiagnosticCatalog.WrongJsonType, value.Span, name, expected, value.KindDescription);
        Claim(value);
    }

    private ImmutableDictionary<string, JsonElement> ReadProperties(WorkflowObject rule)
    {
        if (Expect<JsonObjectSyntax>(rule, "Properties", "an object") is not { } properties)
        {
            return ImmutableDictionary<string, JsonElement>.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in properties.Properties)
        {
            if (ToElement(property.Value) is { } element)
            {
                result[property.Name.Value] = element;
            }
        }

        return result.ToImmutable();
    }

    private JsonElement? ToElement(JsonNodeSyntax value)
    {
        try
        {
            var options = new JsonDocumentOptions { MaxDepth = WorkflowReader.MaxNesting };
            using var document = JsonDocument.Parse(_source.Text.AsMemory(value.Span.Start, value.Span.Length), options);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // The JSON parser is stricter than System.Text.Json, so this is a safety net, not an expected path.
            Report(DiagnosticCatalog.InvalidJson, value.Span, ex.Message);
            return null;
        }
    }
}

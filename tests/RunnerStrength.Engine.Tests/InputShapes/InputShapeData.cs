using System.Dynamic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.InputShapes;

/// <summary>One order, as each kind of dynamic value a RulesEngine host passes, and the workflow the tests run over it.</summary>
internal static class InputShapeData
{
    public const string Workflow = """
        {
          "WorkflowName": "w",
          "Rules": [
            { "RuleName": "BigLocal", "Expression": "input1.country == \"NL\" && input1.total > 100" },
            { "RuleName": "Vip", "Expression": "input1.customer.vip == true" },
            { "RuleName": "Gift", "Expression": "input1.items.Any(i => i.sku.StartsWith(\"gift\"))" },
            { "RuleName": "AnyCase", "Expression": "input1.COUNTRY == \"NL\" && input1.Total >= 80" },
            { "RuleName": "OneDear", "Expression": "input1.items.Count() == 1 && input1.items.Any(price >= 10)" },
            { "RuleName": "Named", "Expression": "input1.customer.name.ToLower() == \"ann\"" }
          ]
        }
        """;

    public const string Gift = """{"country":"NL","total":120.5,"customer":{"vip":true,"name":"Ann"},"items":[{"sku":"gift-1","price":10}]}""";

    public const string Books = """{"country":"BE","total":80,"customer":{"vip":false,"name":"Bob"},"items":[{"sku":"book","price":3.5},{"sku":"pen","price":2}]}""";

    public static TheoryData<string, string> ShapesAndOrders()
    {
        var data = new TheoryData<string, string>();
        foreach (var shape in new[] { "ExpandoObject", "Dictionary", "ReadOnlyDictionary", "JsonElement", "JsonNode", "JObject" })
        {
            data.Add(shape, Gift);
            data.Add(shape, Books);
        }

        return data;
    }

    /// <summary>The document <paramref name="json"/> as a value of the kind named <paramref name="shape"/>.</summary>
    public static object As(string shape, string json) => shape switch
    {
        "ExpandoObject" => Expando(json),
        "Dictionary" => Plain(JsonNode.Parse(json), readOnly: false)!,
        "ReadOnlyDictionary" => Plain(JsonNode.Parse(json), readOnly: true)!,
        "JsonElement" => JsonDocument.Parse(json).RootElement,
        "JsonNode" => JsonNode.Parse(json)!,
        "JObject" => JObject.Parse(json),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    /// <summary>What a RulesEngine host gets from Newtonsoft for a JSON document: the shape RulesEngine reads best.</summary>
    public static ExpandoObject Expando(string json) => Newtonsoft.Json.JsonConvert.DeserializeObject<ExpandoObject>(json, new ExpandoObjectConverter())!;

    /// <summary>Loads <paramref name="workflow"/> with <paramref name="inputs"/> (which must succeed).</summary>
    public static CompiledWorkflow Load(string workflow, params InputDeclaration[] inputs)
    {
        var loaded = RuleSetLoader.Load([SourceText.From(workflow, "rules.json")], new RuleSetOptions().WithInputs(inputs));
        loaded.Diagnostics.ShouldBeEmpty(string.Join("\n", loaded.Diagnostics));
        return loaded.RuleSet!["w"];
    }

    /// <summary>Each rule's outcome, by rule name.</summary>
    public static Dictionary<string, bool> Outcomes(this WorkflowResult result) => result.Results.ToDictionary(r => r.RuleName, r => r.IsSuccess);

    // Dictionaries and lists of plain values, as a host builds them by hand.
    private static object? Plain(JsonNode? node, bool readOnly) => node switch
    {
        null => null,
        JsonObject o when readOnly => new ReadOnlyDictionaryOf(o.ToDictionary(p => p.Key, p => Plain(p.Value, readOnly))),
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value, readOnly)),
        JsonArray a => a.Select(item => Plain(item, readOnly)).ToList(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v => v.TryGetValue<long>(out var l) ? l : v.GetValue<double>(),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Only <see cref="IReadOnlyDictionary{TKey, TValue}"/>: not a mutable dictionary too.</summary>
    private sealed class ReadOnlyDictionaryOf(Dictionary<string, object?> items) : IReadOnlyDictionary<string, object?>
    {
        public object? this[string key] => items[key];

        public IEnumerable<string> Keys => items.Keys;

        public IEnumerable<object?> Values => items.Values;

        public int Count => items.Count;

        public bool ContainsKey(string key) => items.ContainsKey(key);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => items.GetEnumerator();

        public bool TryGetValue(string key, out object? value) => items.TryGetValue(key, out value);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

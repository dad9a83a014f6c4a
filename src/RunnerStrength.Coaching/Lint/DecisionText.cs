using System.Globalization;
using System.Text;
using System.Text.Json;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// What a rule decides, as text that two rules (or two evaluations) share exactly when they decide the same: its
/// SuccessEvent and its Properties with their keys in order, and what its OnSuccess action gives where a property
/// takes <c>"$output"</c>. The rule's name and Description are not part of it.
/// </summary>
internal sealed class DecisionText
{
    private const string NoteProperty = "note";

    private readonly Dictionary<object, string> _byProperties = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The decision written in <paramref name="rule"/>, without its note (a note words a decision, it does not make
    /// one): two rules with the same text decide the same whichever of them comes first.
    /// </summary>
    public static string Of(RuleDefinition rule)
    {
        var text = new StringBuilder();
        text.Append(rule.SuccessEvent?.ToUpperInvariant()).Append('|');
        Properties(text, rule.Properties.Where(p => !string.Equals(p.Key, NoteProperty, StringComparison.OrdinalIgnoreCase)));
        if (rule.OnSuccess is { Kind: ActionKind.OutputExpression, Expression: { } output } && rule.Properties.Values.Any(IsOutput))
        {
            text.Append("|$output=").Append(output.Text);
        }

        return text.ToString();
    }

    /// <summary>What <paramref name="result"/>, a rule that fired, decided in that evaluation, its note and action's output included.</summary>
    public string Of(RuleResult result)
    {
        if (!_byProperties.TryGetValue(result.Properties, out var written))
        {
            var text = new StringBuilder();
            Properties(text, result.Properties);
            _byProperties[result.Properties] = written = text.ToString();
        }

        var output = result.ActionResult?.Output switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString(),
        };
        return $"{result.SuccessEvent?.ToUpperInvariant()}|{written}|{output}";
    }

    private static bool IsOutput(JsonElement value) => value.ValueKind == JsonValueKind.String && value.GetString() == "$output";

    private static void Properties(StringBuilder text, IEnumerable<KeyValuePair<string, JsonElement>> properties)
    {
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(key.ToLowerInvariant()).Append('=');
            Canonical(text, value);
            text.Append(';');
        }
    }

    // JSON with object keys in order and no spacing, so the same value written two ways reads the same.
    private static void Canonical(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Canonical(text, property.Value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                foreach (var item in value.EnumerateArray())
                {
                    Canonical(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case JsonValueKind.Number:
                text.Append(value.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.GetRawText());
                break;
        }
    }
}

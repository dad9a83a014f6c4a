using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>Ways to make expression texts for tests, including ones embedded in a JSON file with escapes.</summary>
internal static class SyntaxTestText
{
    public static ParseResult Parse(string expression, ExpressionLimits? limits = null) =>
        Parser.Parse(ExpressionText.FromString(expression), limits);

    /// <summary>Parses and renders the tree, failing with the diagnostics when there is none.</summary>
    public static string ParseAndPrint(string expression)
    {
        var result = Parse(expression);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        result.Root.ShouldNotBeNull();
        return SyntaxTreePrinter.Print(result.Root);
    }

    /// <summary>
    /// The decoded value of the JSON string property <paramref name="property"/> in <paramref name="json"/>, mapped
    /// character by character back to the file the way the workflow reader maps it.
    /// </summary>
    public static ExpressionText EmbeddedInJson(string json, string property, string path = "rules/x.json")
    {
        var marker = $"\"{property}\": \"";
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"no property {property} in the JSON");
        var position = at + marker.Length;
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        while (json[position] != '"')
        {
            offsets.Add(position);
            if (json[position] != '\\')
            {
                text.Append(json[position]);
                position++;
                continue;
            }

            var escaped = json[position + 1];
            if (escaped == 'u')
            {
                text.Append((char)Convert.ToInt32(json.Substring(position + 2, 4), 16));
                position += 6;
                continue;
            }

            text.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                _ => escaped,
            });
            position += 2;
        }

        offsets.Add(position);
        return ExpressionText.Embedded(text.ToString(), SourceText.From(json, path), [.. offsets]);
    }
}

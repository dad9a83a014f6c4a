using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>Writes the generated rule sets as rule files (RulesEngine's workflow format) in memory.</summary>
public static class RuleSetText
{
    public const string WorkflowName = "Coaching";

    /// <summary>Rule <paramref name="index"/> is variant <c>index / 30</c> of template <c>index % 30</c>.</summary>
    public static (CoachingRuleTemplate Template, int Variant) TemplateOf(int index)
    {
        var templates = CoachingRuleTemplates.All;
        return (templates[index % templates.Count], index / templates.Count);
    }

    /// <summary>A one-workflow rule file with <paramref name="ruleCount"/> rules.</summary>
    public static string Workflow(int ruleCount) => Workflow(ruleCount, rulesEngine: false);

    /// <summary>The same workflow in the syntax Microsoft RulesEngine reads (<see cref="CoachingRuleTemplate.RulesEngineExpression"/>).</summary>
    public static string RulesEngineWorkflow(int ruleCount) => Workflow(ruleCount, rulesEngine: true);

    private static string Workflow(int ruleCount, bool rulesEngine)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("WorkflowName", WorkflowName);
            writer.WriteString("Description", $"{ruleCount} coaching conditions over an athlete profile, generated for benchmarks.");
            writer.WriteStartArray("Rules");
            for (var i = 0; i < ruleCount; i++)
            {
                var (template, variant) = TemplateOf(i);
                writer.WriteStartObject();
                writer.WriteString("RuleName", template.RuleName(variant));
                writer.WriteString("Expression", rulesEngine ? template.RulesEngineExpression(variant) : template.Expression(variant));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Where the 30-rule workflow is kept as a file, beside the program.</summary>
    public static string File30 => Path.Combine(AppContext.BaseDirectory, "Rules", "coaching-30.json");

    /// <summary>Where the RulesEngine version of the 30-rule workflow is kept as a file, beside the program.</summary>
    public static string RulesEngineFile30 => Path.Combine(AppContext.BaseDirectory, "Rules", "coaching-30.rulesengine.json");

    /// <summary>Throws unless <see cref="File30"/> and <see cref="RulesEngineFile30"/> still hold what the templates write for 30 rules.</summary>
    public static void VerifyFile30()
    {
        if (File.ReadAllText(File30).Trim() != Workflow(30).Trim())
        {
            throw new InvalidOperationException(
                $"{File30} is out of date with the templates; rewrite it with: dotnet run ... -- --print-rules 30 > tests/RunnerStrength.Benchmarks/Rules/coaching-30.json");
        }

        if (File.ReadAllText(RulesEngineFile30).Trim() != RulesEngineWorkflow(30).Trim())
        {
            throw new InvalidOperationException(
                $"{RulesEngineFile30} is out of date with the templates; rewrite it with: dotnet run ... -- --print-rulesengine-rules 30 > tests/RunnerStrength.Benchmarks/Rules/coaching-30.rulesengine.json");
        }
    }

    /// <summary>The rule file as a source the loader reads, named so messages point somewhere sensible.</summary>
    public static SourceText Source(int ruleCount) => SourceText.From(Workflow(ruleCount), $"coaching-{ruleCount}.json");
}

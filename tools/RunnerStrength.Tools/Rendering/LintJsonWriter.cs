using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using RunnerStrength.Coaching.Lint;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Commands;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// <c>lint --format json</c>, as <c>schemas/lint.schema.json</c> describes it: validate's diagnostics, each finding with
/// its kind, workflow, rules and athletes, and the profile of every generated athlete a finding names, to save as a
/// file and plan.
/// </summary>
internal static class LintJsonWriter
{
    public static void Write(TextWriter writer, LintReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ValidationJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("rules", report.Rules);
            json.WriteString("start", report.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WritePopulation(json, report);
            json.WriteStartArray("diagnostics");
            // The problems come first in the report's diagnostics, as printed (promoted with --warnings-as-errors).
            foreach (var diagnostic in report.Diagnostics.Take(report.Problems.Length))
            {
                json.WriteStartObject();
                ValidationJsonWriter.WriteDiagnosticProperties(json, diagnostic);
                json.WriteEndObject();
            }

            foreach (var (diagnostic, finding) in report.Findings)
            {
                json.WriteStartObject();
                ValidationJsonWriter.WriteDiagnosticProperties(json, diagnostic);
                WriteFinding(json, finding);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteProfiles(json, report);
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("messages", report.Messages);
            json.WriteNumber("workflows", report.Result?.Workflows ?? 0);
            json.WriteNumber("evaluations", report.Result?.Evaluations ?? 0);
            json.WriteString("text", report.Summary);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    private static void WritePopulation(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartObject("population");
        if (report.Athletes is null)
        {
            json.WriteNull("athletes");
        }
        else
        {
            json.WriteString("athletes", report.Athletes);
        }

        json.WriteNumber("samples", report.Result?.Population.Samples.Length ?? 0);
        json.WriteNumber("generated", report.Result?.Population.Generated.Length ?? 0);
        json.WriteNumber("seed", report.Seed);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, LintFinding finding)
    {
        json.WriteString("kind", finding.KindName);
        json.WriteString("workflow", finding.Workflow);
        json.WriteStartArray("rules");
        foreach (var rule in finding.Rules)
        {
            json.WriteStringValue(rule);
        }

        json.WriteEndArray();
        json.WriteNumber("athleteCount", finding.AthleteCount);
        json.WriteStartArray("athletes");
        foreach (var example in finding.Examples)
        {
            json.WriteStartObject();
            json.WriteString("label", example.Athlete.Label);
            json.WriteString("name", example.Athlete.Profile.Name);
            if (example.Athlete.Path is { } path)
            {
                json.WriteString("path", path.Replace('\\', '/'));
            }

            if (example.Athlete.GeneratedIndex is { } index)
            {
                json.WriteNumber("generated", index);
            }

            json.WriteString("context", example.Context);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Each generated athlete a finding names, once, by index: the profile as a file would hold it.
    private static void WriteProfiles(Utf8JsonWriter json, LintReport report)
    {
        json.WriteStartArray("generated");
        var named = report.Findings
            .SelectMany(f => f.Finding.Examples)
            .Select(e => e.Athlete)
            .Where(a => a.IsGenerated)
            .DistinctBy(a => a.GeneratedIndex)
            .OrderBy(a => a.GeneratedIndex);
        foreach (var athlete in named)
        {
            json.WriteStartObject();
            json.WriteNumber("index", athlete.GeneratedIndex!.Value);
            json.WriteString("label", athlete.Label);
            json.WritePropertyName("profile");
            json.WriteRawValue(athlete.ProfileJson!);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

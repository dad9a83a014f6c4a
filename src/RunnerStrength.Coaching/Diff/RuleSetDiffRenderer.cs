using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Diff;

/// <summary>What <see cref="RuleSetDiffRenderer"/> writes at the top of a report: the two rule sets and the plans' start.</summary>
/// <param name="Rules">The rule set after the change, as given.</param>
/// <param name="Against">The rule set before the change: a folder, or a git revision.</param>
/// <param name="Start">The plans' first day.</param>
public sealed record RuleSetDiffHeader(string Rules, string Against, DateOnly Start);

/// <summary>
/// The <c>diff</c> report in three forms: text for a terminal, JSON that follows <c>schemas/diff.schema.json</c>, and
/// Markdown for a pull request. Every form ends with (or holds) the same one-line summary, such as
/// "2 of 18 athletes' plans change: 3 sessions moved, 5 exercises swapped" ("1 of 1 athlete's plan changes: ...").
/// </summary>
public static class RuleSetDiffRenderer
{
    /// <summary>The change kinds in the order the summary names them, with the phrase for their count.</summary>
    private static readonly (PlanChangeKind Kind, string Noun, string Verb)[] Phrases =
    [
        (PlanChangeKind.Plan, "plan", "lost or gained"),
        (PlanChangeKind.WeekAdded, "week", "added"),
        (PlanChangeKind.WeekDropped, "week", "dropped"),
        (PlanChangeKind.Phase, "week", "in another phase"),
        (PlanChangeKind.Deload, "deload week", "changed"),
        (PlanChangeKind.SessionAdded, "session", "added"),
        (PlanChangeKind.SessionDropped, "session", "dropped"),
        (PlanChangeKind.SessionMoved, "session", "moved"),
        (PlanChangeKind.SessionChanged, "session", "changed"),
        (PlanChangeKind.ExerciseSwapped, "exercise", "swapped"),
        (PlanChangeKind.ExerciseAdded, "exercise", "added"),
        (PlanChangeKind.ExerciseDropped, "exercise", "dropped"),
        (PlanChangeKind.Dose, "dose", "changed"),
    ];

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>"2 of 18 athletes' plans change: 3 sessions moved, 5 exercises swapped", or "No plan changes for 18 athletes."</summary>
    public static string Summary(IReadOnlyList<AthleteDiff> athletes)
    {
        ArgumentNullException.ThrowIfNull(athletes);
        var changed = athletes.Count(a => a.Changes.Count > 0);
        var failed = athletes.Count(a => a.Failed);
        var failures = failed == 0 ? string.Empty : $" ({failed} could not be compared)";
        if (changed == 0)
        {
            return $"No plan changes for {Wording.Quantity("athlete", athletes.Count)}{failures}.";
        }

        var counts = Phrases
            .Select(p => (p, count: athletes.Sum(a => a.Changes.Count(c => c.Kind == p.Kind))))
            .Where(x => x.count > 0)
            .Select(x => $"{Wording.Quantity(x.p.Noun, x.count)} {x.p.Verb}");
        var whose = athletes.Count == 1 ? "1 athlete's plan changes" : $"{athletes.Count.ToString(CultureInfo.InvariantCulture)} athletes' plans change";
        return $"{changed} of {whose}{failures}: {string.Join(", ", counts)}";
    }

    /// <summary>A block per athlete (its changes, each with the rules on both sides), then the summary line last.</summary>
    public static string Text(IReadOnlyList<AthleteDiff> athletes)
    {
        ArgumentNullException.ThrowIfNull(athletes);
        var text = new StringBuilder();
        foreach (var athlete in athletes)
        {
            var head = $"{DisplayText.Escape(athlete.Athlete)} ({DisplayText.Escape(athlete.Path)})";
            if (athlete.Failed)
            {
                text.Append(head).Append(": could not be compared\n");
                foreach (var error in athlete.Errors)
                {
                    text.Append("  ").Append(DisplayText.Escape(error.ToString())).Append('\n');
                }

                continue;
            }

            if (athlete.Changes.Count == 0)
            {
                text.Append(head).Append(": no change\n");
                continue;
            }

            text.Append(head).Append(": ").Append(Wording.Quantity("change", athlete.Changes.Count)).Append('\n');
            foreach (var change in athlete.Changes)
            {
                text.Append("  ").Append(Where(change)).Append(": ").Append(What(change)).Append('\n');
                if (change.Before is { } before)
                {
                    text.Append("    before: ").Append(DisplayText.Escape(before)).Append('\n');
                }

                if (change.After is { } after)
                {
                    text.Append("    after:  ").Append(DisplayText.Escape(after)).Append('\n');
                }

                if (SameRules(change))
                {
                    foreach (var rule in change.RulesAfter)
                    {
                        text.Append("    rule (both): ").Append(Rule(rule)).Append('\n');
                    }

                    continue;
                }

                foreach (var rule in change.RulesBefore)
                {
                    text.Append("    rule before: ").Append(Rule(rule)).Append('\n');
                }

                foreach (var rule in change.RulesAfter)
                {
                    text.Append("    rule after:  ").Append(Rule(rule)).Append('\n');
                }
            }
        }

        return text.Append(Summary(athletes)).Append('\n').ToString();
    }

    /// <summary>A Markdown report: a summary, then a section and a table per athlete whose plan changes. Every value is escaped.</summary>
    public static string Markdown(IReadOnlyList<AthleteDiff> athletes, RuleSetDiffHeader header)
    {
        ArgumentNullException.ThrowIfNull(athletes);
        ArgumentNullException.ThrowIfNull(header);
        var md = new StringBuilder();
        md.Append("# Plan changes\n\n");
        md.Append("From `").Append(Code(header.Against)).Append("` to `").Append(Code(header.Rules)).Append("`, plans from ")
            .Append(header.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(".\n\n");
        md.Append(MarkdownText.Inline(Summary(athletes))).Append('\n');
        foreach (var athlete in athletes.Where(a => a.Failed || a.Changes.Count > 0))
        {
            md.Append("\n## ").Append(MarkdownText.Inline(athlete.Athlete)).Append("\n\n");
            md.Append("Profile: ").Append(MarkdownText.Inline(athlete.Path)).Append("\n\n");
            if (athlete.Failed)
            {
                foreach (var error in athlete.Errors)
                {
                    md.Append("- ").Append(MarkdownText.Inline(error.ToString())).Append('\n');
                }

                continue;
            }

            md.Append("| where | change | before | after | rules before | rules after |\n");
            md.Append("| --- | --- | --- | --- | --- | --- |\n");
            foreach (var change in athlete.Changes)
            {
                md.Append("| ").Append(MarkdownText.Inline(Where(change)))
                    .Append(" | ").Append(MarkdownText.Inline(What(change)))
                    .Append(" | ").Append(Cell(change.Before))
                    .Append(" | ").Append(Cell(change.After))
                    .Append(" | ").Append(Rules(change.RulesBefore))
                    .Append(" | ").Append(SameRules(change) ? "the same" : Rules(change.RulesAfter))
                    .Append(" |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>The report as JSON (schemas/diff.schema.json), indented, with "\n" line ends and a final newline.</summary>
    public static string Json(IReadOnlyList<AthleteDiff> athletes, RuleSetDiffHeader header)
    {
        ArgumentNullException.ThrowIfNull(athletes);
        ArgumentNullException.ThrowIfNull(header);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("rules", header.Rules);
            json.WriteString("against", header.Against);
            json.WriteString("start", header.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartObject("summary");
            json.WriteNumber("athletes", athletes.Count);
            json.WriteNumber("changed", athletes.Count(a => a.Changes.Count > 0));
            json.WriteNumber("failed", athletes.Count(a => a.Failed));
            json.WriteStartObject("changes");
            foreach (var (kind, _, _) in Phrases)
            {
                json.WriteNumber(EnumSpelling.Of(kind), athletes.Sum(a => a.Changes.Count(c => c.Kind == kind)));
            }

            json.WriteEndObject();
            json.WriteString("text", Summary(athletes));
            json.WriteEndObject();
            json.WriteStartArray("athletes");
            foreach (var athlete in athletes)
            {
                json.WriteStartObject();
                json.WriteString("athlete", athlete.Athlete);
                json.WriteString("path", athlete.Path);
                json.WriteBoolean("changed", athlete.Changes.Count > 0);
                json.WriteStartArray("errors");
                foreach (var error in athlete.Errors)
                {
                    json.WriteStringValue(error.ToString());
                }

                json.WriteEndArray();
                json.WriteStartArray("changes");
                foreach (var change in athlete.Changes)
                {
                    WriteChange(json, change);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteChange(Utf8JsonWriter json, PlanChange change)
    {
        json.WriteStartObject();
        json.WriteString("kind", EnumSpelling.Of(change.Kind));
        json.WriteNumber("week", change.Week);
        if (change.Session is { } session)
        {
            json.WriteNumber("session", session);
        }
        else
        {
            json.WriteNull("session");
        }

        WriteText(json, "slot", change.Slot);
        WriteText(json, "before", change.Before);
        WriteText(json, "after", change.After);
        WriteRules(json, "rulesBefore", change.RulesBefore);
        WriteRules(json, "rulesAfter", change.RulesAfter);
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteRules(Utf8JsonWriter json, string name, IReadOnlyList<PlanReason> rules)
    {
        json.WriteStartArray(name);
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("rule", rule.Rule);
            json.WriteString("message", rule.Message);
            json.WriteString("source", rule.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary><c>week 3</c>, <c>week 3, session 2</c>, <c>week 3, session 2, A1</c>.</summary>
    private static string Where(PlanChange change)
    {
        var where = $"week {change.Week.ToString(CultureInfo.InvariantCulture)}";
        if (change.Session is { } session)
        {
            where += $", session {session.ToString(CultureInfo.InvariantCulture)}";
        }

        return change.Slot is { } slot ? $"{where}, {DisplayText.Escape(slot)}" : where;
    }

    private static string What(PlanChange change) => change.Kind switch
    {
        PlanChangeKind.Plan => "plan",
        PlanChangeKind.WeekAdded => "week added",
        PlanChangeKind.WeekDropped => "week dropped",
        PlanChangeKind.Phase => "phase",
        PlanChangeKind.Deload => "deload",
        PlanChangeKind.SessionAdded => "session added",
        PlanChangeKind.SessionDropped => "session dropped",
        PlanChangeKind.SessionMoved => "session moved",
        PlanChangeKind.SessionChanged => "session changed",
        PlanChangeKind.ExerciseSwapped => "exercise swapped",
        PlanChangeKind.ExerciseAdded => "exercise added",
        PlanChangeKind.ExerciseDropped => "exercise dropped",
        _ => "dose",
    };

    /// <summary>True when the same rules decided both sides (a changed score or output), so they are shown once.</summary>
    private static bool SameRules(PlanChange change) =>
        change.RulesBefore.Count > 0
        && change.RulesBefore.Select(r => (r.Rule, r.Message)).SequenceEqual(change.RulesAfter.Select(r => (r.Rule, r.Message)));

    private static string Rule(PlanReason rule) => DisplayText.Escape($"{rule.Rule} at {rule.Source}");

    private static string Cell(string? value) => value is null ? "-" : MarkdownText.Inline(value);

    private static string Rules(IReadOnlyList<PlanReason> rules) =>
        rules.Count == 0 ? "-" : string.Join("; ", rules.Select(r => MarkdownText.Inline($"{r.Rule} at {r.Source}")));

    /// <summary>Text inside a code span: control characters escaped, backticks replaced (a code span cannot hold them).</summary>
    private static string Code(string value) => DisplayText.Escape(value.ReplaceLineEndings(" ")).Replace('`', '\'');
}

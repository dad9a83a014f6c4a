using System.Text;
using Humanizer;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>Writes a plan as Markdown for sharing: a heading per week and session, the exercises as a list, rounds nested.</summary>
internal static class PlanMarkdownRenderer
{
    // Two spaces nest a list item under "- " (CommonMark), the indent markdownlint expects (MD007).
    private const string NestedIndent = "  ";

    public static string Render(StrengthPlan plan, PlanRenderOptions options)
    {
        var text = new StringBuilder();
        Line(text, "# Strength plan for " + Inline(plan.Athlete));
        Line(text);
        Line(text, Inline(PlanWording.PlanSummary(plan).Transform(To.SentenceCase) + "."));
        List(text, plan.Notes);
        foreach (var week in plan.Weeks)
        {
            Line(text);
            Line(text, "## " + Inline(PlanWording.WeekTitle(week)));
            Line(text);
            Line(text, Inline(string.Join(" · ", PlanWording.WeekFacts(week)).Transform(To.SentenceCase) + "."));
            foreach (var session in week.Sessions)
            {
                WriteSession(text, session, options);
            }

            if (week.Notes.Count > 0)
            {
                Line(text);
                Line(text, $"### Notes for week {week.Week}");
                List(text, week.Notes);
            }

            if (week.Retests.Count > 0)
            {
                Line(text);
                Line(text, $"### Re-test in week {week.Week}");
                List(text, week.Retests.Select(PlanWording.TestLine));
            }
        }

        return text.ToString();
    }

    private static void WriteSession(StringBuilder text, PlannedSession session, PlanRenderOptions options)
    {
        Line(text);
        Line(text, $"### {Inline(PlanWording.SessionDate(session))}: {Inline(PlanWording.SessionHeading(session))}");
        Line(text);
        Line(text, Inline(PlanWording.WithRunSentence(session)));
        if (PlanWording.WarmupLine(session) is { } warmup)
        {
            Line(text);
            Line(text, Inline(warmup) + ".");
        }

        var blocks = ExerciseBlock.Of(session);
        if (blocks.Count > 0)
        {
            Line(text);
        }

        foreach (var block in blocks)
        {
            // A block of rounds is a list item with its exercises nested under it, as the text indents them.
            var indent = block.IsRounds ? NestedIndent : string.Empty;
            if (block.IsRounds)
            {
                Line(text, "- " + Inline(PlanWording.RoundsHeading(block)));
            }

            foreach (var exercise in block.Exercises)
            {
                var line = block.IsRounds ? PlanWording.RoundLine(exercise, block.Rounds) : PlanWording.ExerciseLine(exercise);
                Line(text, indent + "- " + Inline(line));
                if (PlanWording.ProgressionText(exercise) is { } progression)
                {
                    Line(text, indent + NestedIndent + "- " + Inline("Progression: " + progression));
                }
            }
        }

        if (options.Explain && session.Why.Count > 0)
        {
            Line(text);
            // Headings are unique in the document (MD024): the session's date tells this one apart.
            Line(text, $"#### Why: {Inline(PlanWording.SessionDate(session))}");
            List(text, session.Why.Select(PlanWording.ReasonLine));
        }
    }

    private static void List(StringBuilder text, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (first)
            {
                Line(text);
                first = false;
            }

            Line(text, "- " + Inline(item));
        }
    }

    // Every line's words, the tool's and those from files alike, are escaped: only the renderer writes Markdown.
    private static string Inline(string value) => MarkdownText.Inline(value);

    // No line ends in spaces (MD009), even when a value from a file is blank.
    private static void Line(StringBuilder text, string line = "") => text.Append(line.TrimEnd()).Append('\n');
}

using System.Text;
using Humanizer;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>Writes a plan as Markdown for sharing: a heading per week and session, a table per session.</summary>
internal static class PlanMarkdownRenderer
{
    public static string Render(StrengthPlan plan, PlanRenderOptions options)
    {
        var text = new StringBuilder();
        Line(text, "# Strength plan for " + Inline(plan.Athlete));
        Line(text);
        Line(text, PlanWording.PlanSummary(plan).Transform(To.SentenceCase) + ".");
        List(text, plan.Notes);
        foreach (var week in plan.Weeks)
        {
            Line(text);
            Line(text, "## " + PlanWording.WeekTitle(week));
            Line(text);
            Line(text, string.Join(" · ", PlanWording.WeekFacts(week)).Transform(To.SentenceCase) + ".");
            foreach (var session in week.Sessions)
            {
                WriteSession(text, session, options);
            }

            if (week.Notes.Count > 0)
            {
                Line(text);
                Line(text, "**Notes**");
                List(text, week.Notes);
            }
        }

        return text.ToString();
    }

    private static void WriteSession(StringBuilder text, PlannedSession session, PlanRenderOptions options)
    {
        Line(text);
        Line(text, $"### {PlanWording.SessionDate(session)}: {Inline(PlanWording.SessionLine(session))}");
        Line(text);
        var intro = PlanWording.Beside(session.Run).Transform(To.SentenceCase) + ".";
        Line(text, PlanWording.WarmupLine(session) is { } warmup ? $"{intro} {Inline(warmup)}." : intro);
        if (session.Exercises.Count > 0)
        {
            Line(text);
            Line(text, "| Group | Exercise | Sets × reps | Rest | Tempo |");
            Line(text, "| --- | --- | --- | --- | --- |");
            foreach (var exercise in session.Exercises)
            {
                var name = PlanWording.HasLoad(exercise) ? $"{exercise.Name} ({exercise.Load})" : exercise.Name;
                var dose = PlanWording.ShortDose(exercise);
                var sets = dose.Length == 0 ? $"{exercise.Sets}" : $"{exercise.Sets} × {dose}";
                var tempo = string.IsNullOrWhiteSpace(exercise.Tempo) ? "—" : exercise.Tempo;
                Row(text, exercise.Group, name, sets, $"{exercise.RestSeconds} s", tempo);
            }
        }

        var progressions = session.Exercises.Where(e => !string.IsNullOrWhiteSpace(e.Progression)).ToList();
        if (progressions.Count > 0)
        {
            Line(text);
            Line(text, "**Progressions**");
            List(text, progressions.Select(e => $"{e.Group} {e.Name}: {e.Progression}"));
        }

        if (options.Explain && session.Why.Count > 0)
        {
            Line(text);
            Line(text, "**Why**");
            List(text, session.Why.Select(PlanWording.ReasonLine));
        }
    }

    private static void Row(StringBuilder text, params string[] cells) =>
        Line(text, "| " + string.Join(" | ", cells.Select(Cell)) + " |");

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

    // A pipe would end the cell; a backslash first so the escape itself cannot be undone.
    private static string Cell(string value) => Inline(value).Replace("\\", "\\\\").Replace("|", "\\|");

    // A line break inside a heading, list item or cell would end it early.
    private static string Inline(string value) => value.ReplaceLineEndings(" ");

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}

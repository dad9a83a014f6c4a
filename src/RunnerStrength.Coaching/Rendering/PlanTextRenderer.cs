using System.Text;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>Writes a plan as plain text, week by week, the way a coach hands it to an athlete.</summary>
internal static class PlanTextRenderer
{
    private const string SessionIndent = "  ";
    private const string ExerciseIndent = "    ";
    private const string RoundIndent = "  ";

    public static string Render(StrengthPlan plan, PlanRenderOptions options)
    {
        var text = new StringBuilder();
        Line(text, "Strength plan for " + plan.Athlete);
        Line(text, PlanWording.PlanSummary(plan));
        if (plan.Notes.Count > 0)
        {
            Line(text);
            foreach (var note in plan.Notes)
            {
                Line(text, "- " + note);
            }
        }

        foreach (var week in plan.Weeks)
        {
            Line(text);
            WriteWeek(text, week, options);
        }

        return text.ToString();
    }

    private static void WriteWeek(StringBuilder text, PlanWeek week, PlanRenderOptions options)
    {
        Line(text, PlanWording.WeekHeading(week));
        if (week.Sessions.Count == 0)
        {
            Line(text);
            Line(text, SessionIndent + "No strength sessions this week.");
        }

        foreach (var session in week.Sessions)
        {
            Line(text);
            WriteSession(text, session, options);
        }

        if (week.Notes.Count > 0)
        {
            Line(text);
            Line(text, SessionIndent + "Notes:");
            foreach (var note in week.Notes)
            {
                Line(text, SessionIndent + "- " + note);
            }
        }

        if (week.Retests.Count > 0)
        {
            Line(text);
            Line(text, SessionIndent + "Re-test:");
            foreach (var test in week.Retests)
            {
                Line(text, SessionIndent + "- " + PlanWording.TestLine(test));
            }
        }
    }

    private static void WriteSession(StringBuilder text, PlannedSession session, PlanRenderOptions options)
    {
        Line(text, SessionIndent + PlanWording.DayLine(session));
        if (PlanWording.DayNote(session) is { } fallback)
        {
            Line(text, SessionIndent + fallback);
        }

        Line(text, SessionIndent + PlanWording.SessionHeading(session));
        if (PlanWording.WarmupLine(session) is { } warmup)
        {
            Line(text, SessionIndent + warmup);
        }

        foreach (var line in PlanWording.ExerciseLines(session, RoundIndent))
        {
            Line(text, ExerciseIndent + line);
        }

        if (options.Explain && session.Why.Count > 0)
        {
            Line(text, SessionIndent + "Why:");
            foreach (var reason in session.Why)
            {
                Line(text, SessionIndent + "- " + PlanWording.ReasonLine(reason));
            }
        }
    }

    // "\n" on every platform, so the golden files and the CLI's output match byte for byte. A line break inside a value
    // (a name, a note, a rule's message) would start a line the renderer did not write, so it reads as a space; control
    // and bidirectional characters, which act on a terminal instead of showing, are written out as \u{XXXX}.
    private static void Line(StringBuilder text, string line = "") =>
        text.Append(DisplayText.Escape(line.ReplaceLineEndings(" "))).Append('\n');
}

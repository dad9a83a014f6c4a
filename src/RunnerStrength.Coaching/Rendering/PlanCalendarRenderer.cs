using System.Globalization;
using System.Text;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// Writes a plan as an RFC 5545 iCalendar file: one all-day event per session. UIDs come from the athlete,
/// date and session kind, and DTSTAMP from the plan start, so re-importing updates events instead of duplicating them.
/// </summary>
internal static class PlanCalendarRenderer
{
    private const string UidDomain = "runner-strength";
    private const string RoundIndent = "  ";

    public static string Render(StrengthPlan plan, PlanRenderOptions options)
    {
        var calendar = new CalendarWriter();
        calendar.Property("BEGIN", "VCALENDAR");
        calendar.Property("VERSION", "2.0");
        calendar.Property("PRODID", "-//RunnerStrength//Strength plan//EN");
        calendar.Property("CALSCALE", "GREGORIAN");
        calendar.Property("METHOD", "PUBLISH");
        calendar.Text("X-WR-CALNAME", "Strength plan for " + plan.Athlete);

        // Derived from the plan, not the clock: the same plan gives the same bytes.
        var stamp = plan.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z";
        var athlete = Slug(plan.Athlete, "athlete");
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var week in plan.Weeks)
        {
            foreach (var session in week.Sessions)
            {
                calendar.Property("BEGIN", "VEVENT");
                calendar.Text("UID", Uid(session, athlete, used));
                calendar.Property("DTSTAMP", stamp);
                calendar.Property("DTSTART;VALUE=DATE", Date(session.Date));
                calendar.Property("DTEND;VALUE=DATE", Date(session.Date.AddDays(1)));
                calendar.Text("SUMMARY", $"Strength: {PlanWording.SessionName(session)} ({EnumSpelling.Of(session.Intensity)}, {session.Minutes} min)");
                calendar.Text("DESCRIPTION", Description(week, session, options));
                calendar.Property("TRANSP", "TRANSPARENT");
                calendar.Property("END", "VEVENT");
            }
        }

        calendar.Property("END", "VCALENDAR");
        return calendar.ToString();
    }

    /// <summary>A lower-case slug of letters and digits joined by dashes: "Ana Runner" gives <c>ana-runner</c>.</summary>
    internal static string Slug(string text, string fallback)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? fallback : result;
    }

    private static string Uid(PlannedSession session, string athlete, Dictionary<string, int> used)
    {
        var uid = $"{session.Date:yyyy-MM-dd}-{Slug(session.Kind, "session")}-{athlete}";

        // Two sessions of one kind on one day would share a UID; number the later ones, in plan order.
        var count = used.GetValueOrDefault(uid) + 1;
        used[uid] = count;
        return (count == 1 ? uid : $"{uid}-{count}") + "@" + UidDomain;
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Description(PlanWeek week, PlannedSession session, PlanRenderOptions options)
    {
        var lines = new List<string>
        {
            PlanWording.WeekHeading(week),
            PlanWording.SessionHeading(session),
            PlanWording.WithRunSentence(session),
        };
        if (PlanWording.WarmupLine(session) is { } warmup)
        {
            lines.Add(warmup);
        }

        lines.AddRange(PlanWording.ExerciseLines(session, RoundIndent));
        // The tests belong to the week's hardest session (the first of them on a tie).
        if (week.Retests.Count > 0 && week.Sessions.OrderByDescending(s => s.Intensity).First() == session)
        {
            lines.Add("Re-test this week, after the warm-up:");
            lines.AddRange(week.Retests.Select(t => "- " + PlanWording.TestLine(t)));
        }
        if (options.Explain && session.Why.Count > 0)
        {
            lines.Add("Why:");
            lines.AddRange(session.Why.Select(r => "- " + PlanWording.ReasonLine(r)));
        }

        return string.Join("\n", lines);
    }
}

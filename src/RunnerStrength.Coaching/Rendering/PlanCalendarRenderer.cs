using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// Writes a plan as an RFC 5545 iCalendar file: one all-day event per session. A session's UID comes from the athlete's
/// identity and its place in the plan (its week and its rank in the week, hardest first), never from its day, so
/// re-importing a re-planned program updates the events already there instead of leaving old ones behind.
/// </summary>
internal static class PlanCalendarRenderer
{
    /// <summary>The right-hand side of every UID: the project's host, as in the schemas' <c>$id</c>.</summary>
    public const string UidDomain = "runner-strength.dev";

    private const string RoundIndent = "  ";

    /// <summary>SEQUENCE counts seconds from here, so each export supersedes the one before (it fits 32 bits until 2088).</summary>
    private static readonly DateTimeOffset SequenceEpoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Render(StrengthPlan plan, PlanRenderOptions options)
    {
        var calendar = new CalendarWriter();
        calendar.Property("BEGIN", "VCALENDAR");
        calendar.Property("VERSION", "2.0");
        calendar.Property("PRODID", "-//RunnerStrength//Strength plan//EN");
        calendar.Property("CALSCALE", "GREGORIAN");
        calendar.Property("METHOD", "PUBLISH");
        calendar.Text("X-WR-CALNAME", "Strength plan for " + plan.Athlete);

        // Written now: a client keeps the event with the highest SEQUENCE, so a later export of a changed plan wins.
        var now = options.Clock.GetUtcNow().ToUniversalTime();
        var stamp = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var sequence = Sequence(now).ToString(CultureInfo.InvariantCulture);
        var athlete = AthleteKey(plan);
        foreach (var week in plan.Weeks)
        {
            var ranks = SessionRanks.Of(week);
            foreach (var session in week.Sessions)
            {
                calendar.Property("BEGIN", "VEVENT");
                calendar.Text("UID", Uid(athlete, week, ranks[session]));
                calendar.Property("DTSTAMP", stamp);
                calendar.Property("SEQUENCE", sequence);
                calendar.Property("DTSTART;VALUE=DATE", Date(session.Date));
                calendar.Property("DTEND;VALUE=DATE", Date(session.Date.AddDays(1)));
                calendar.Text("SUMMARY", $"Strength for {plan.Athlete}: {PlanWording.SessionName(session)} ({EnumSpelling.Of(session.Intensity)}, {session.Minutes} min)");
                calendar.Text("DESCRIPTION", Description(week, session, options));
                calendar.Property("TRANSP", "TRANSPARENT");
                calendar.Property("END", "VEVENT");
            }
        }

        calendar.Property("END", "VCALENDAR");
        return calendar.ToString();
    }

    /// <summary>
    /// The athlete part of every UID: 16 hex digits of a SHA-256 of the profile's id, or of its name when it has none.
    /// Hashed, so a calendar shared with others does not spell out the id, and of a fixed length whatever the name.
    /// </summary>
    internal static string AthleteKey(StrengthPlan plan)
    {
        var identity = plan.AthleteId is { Length: > 0 } id ? "id:" + id : "name:" + plan.Athlete;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity.Normalize(NormalizationForm.FormC)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>
    /// <c>1a2b3c4d5e6f7a8b-2026W48-1@runner-strength.dev</c>: the athlete, the ISO week the plan week starts in, and the
    /// session's rank in its week. The week is the calendar's, not the plan's count, so a plan re-made from a later start
    /// keeps the UIDs of the weeks the two share.
    /// </summary>
    internal static string Uid(string athlete, PlanWeek week, int rank)
    {
        var start = week.Start.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{athlete}-{ISOWeek.GetYear(start):D4}W{ISOWeek.GetWeekOfYear(start):D2}-{rank}@{UidDomain}");
    }

    private static long Sequence(DateTimeOffset now) => Math.Clamp((long)(now - SequenceEpoch).TotalSeconds, 0, int.MaxValue);

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

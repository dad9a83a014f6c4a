using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>Where sessions sit in the running week: race day, hard running days, before or after the run, the fallback.</summary>
internal sealed partial class PlanInvariants
{
    private void CheckPlacement(AthleteProfile athlete, PlanWeek week, PlannedSession session, Findings findings)
    {
        var today = RunOn(athlete, session.Date);
        var tomorrow = RunOn(athlete, session.Date.AddDays(1));
        if (athlete.Race is { } race && (race.Date == session.Date || race.Date == session.Date.AddDays(1)))
        {
            findings.Session(PlanInvariant.RaceDayClear, week, session, $"strength on race day or the day before (race {race.Date:yyyy-MM-dd}); expected no session");
        }

        if (session.Intensity == SessionIntensity.Light)
        {
            return;
        }

        // The one exception to "nothing hard on a hard running day": the fallback, after a quality run (its own
        // conditions are the Fallback invariant's).
        var fallbackAfterQuality = session.Fallback && IsQuality(today) && session.Order == SessionOrder.AfterRun;
        if (IsHard(today) && !fallbackAfterQuality)
        {
            findings.Session(PlanInvariant.HardRunDays, week, session, $"a {Spell(session.Intensity)} session on {A(Spell(today))} day (order {Spell(session.Order)}); expected a light session, or a fallback after a quality run");
        }

        if (IsHard(tomorrow))
        {
            findings.Session(PlanInvariant.HardRunDays, week, session, $"a {Spell(session.Intensity)} session the day before {A(Spell(tomorrow))} run; expected a light session or none");
        }
    }

    private void CheckOrder(AthleteProfile athlete, PlanWeek week, PlannedSession session, IReadOnlySet<DateOnly> strengthDates, Findings findings)
    {
        var today = RunOn(athlete, session.Date);
        if (today == RunKind.Rest && session.Order is { } order)
        {
            findings.Session(PlanInvariant.SessionOrder, week, session, $"order {Spell(order)} on a rest day; expected none");
        }
        else if (today != RunKind.Rest && session.Order is null)
        {
            findings.Session(PlanInvariant.SessionOrder, week, session, $"no order beside the {Spell(today)} run; expected before-run or after-run");
        }

        if (session.Fallback)
        {
            CheckFallback(athlete, week, session, strengthDates, findings);
        }
    }

    private void CheckFallback(AthleteProfile athlete, PlanWeek week, PlannedSession session, IReadOnlySet<DateOnly> strengthDates, Findings findings)
    {
        void Fail(string problem) => findings.Session(PlanInvariant.Fallback, week, session, problem);
        var today = RunOn(athlete, session.Date);
        var tomorrow = RunOn(athlete, session.Date.AddDays(1));
        if (session.Order != SessionOrder.AfterRun)
        {
            Fail($"a fallback session with order {Spell(session.Order)}; expected after-run");
        }

        if (today == RunKind.Long)
        {
            Fail("a fallback session on the long-run day; expected a quality day");
        }
        else if (!IsQuality(today))
        {
            Fail($"a fallback session on {A(Spell(today))} day; expected a quality day ({string.Join(", ", rules.QualityRuns.Select(r => Spell(r)))})");
        }

        if (IsHard(tomorrow))
        {
            Fail($"a fallback session the day before {A(Spell(tomorrow))} run; expected a quality day that no quality run or long run follows");
        }

        if (athlete.Race is { } race && (race.Date == session.Date || race.Date == session.Date.AddDays(1)))
        {
            Fail($"a fallback session on race day or the day before (race {race.Date:yyyy-MM-dd}); expected none");
        }

        // Only when no easy or rest day was free: each one holds a session already, or the placement rules rule it out.
        var others = strengthDates.Where(d => d != session.Date).ToHashSet();
        foreach (var date in Enumerable.Range(0, 7).Select(week.Start.AddDays))
        {
            var run = RunOn(athlete, date);
            if (run is RunKind.Easy or RunKind.Recovery or RunKind.Rest && !IsRuledOut(athlete, date, others))
            {
                Fail($"{date.DayOfWeek} {date:yyyy-MM-dd} ({Spell(run)}) was free: no session there, no quality run or long run the day after, no race beside it, no strength session next to it; expected the session there rather than a fallback");
            }
        }
    }

    /// <summary>True when an easy or rest day could not take a session: it holds one, a hard run or the race is beside it, or another session is next to it (the placement rules spread sessions).</summary>
    private bool IsRuledOut(AthleteProfile athlete, DateOnly date, IReadOnlySet<DateOnly> strengthDates) =>
        strengthDates.Contains(date)
        || IsHard(RunOn(athlete, date.AddDays(1)))
        || (athlete.Race is { } race && date >= race.Date.AddDays(-1))
        || strengthDates.Contains(date.AddDays(-1))
        || strengthDates.Contains(date.AddDays(1));
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>What each week holds as a whole: the race week, the taper, strength kept every week, the set budget, deloads.</summary>
internal sealed partial class PlanInvariants
{
    private const int MaxSetsPerPattern = 12;

    private const int BudgetSessionMinutes = 25;

    private const int LoadingWeeksBeforeDeload = 3;

    private static readonly MovementPattern[] Strength = [MovementPattern.Squat, MovementPattern.Hinge, MovementPattern.Glute];

    /// <summary>The least hard sets a loading week of base or build gives each pattern (or pair of patterns).</summary>
    private static readonly (string Name, MovementPattern[] Patterns, int Least)[] Budget =
    [
        ("squat", [MovementPattern.Squat], 4),
        ("hinge + glute", [MovementPattern.Hinge, MovementPattern.Glute], 4),
        ("calf", [MovementPattern.Calf], 3),
        ("core", [MovementPattern.Core], 4),
        ("push", [MovementPattern.Push], 2),
        ("pull", [MovementPattern.Pull], 2),
    ];

    private static void CheckRaceWeek(PlanWeek week, Findings findings)
    {
        if (week.WeeksToRace == 0 && (week.Sessions.Count > 1 || week.Sessions.Any(s => s.Intensity != SessionIntensity.Light || s.Minutes > 20)))
        {
            findings.Week(PlanInvariant.RaceWeek, week, $"race week holds {string.Join(", ", week.Sessions.Select(s => $"{Spell(s.Intensity)} {s.Minutes} min"))}; expected at most one light session of 20 min or less");
        }
    }

    /// <summary>
    /// Taper weeks hold fewer sets than the week before the taper. Excused: a week before the taper that is week 1 of an
    /// athlete whose readiness is low (made lighter on purpose, so it is no measure of the athlete's volume).
    /// </summary>
    private static void CheckTaper(AthleteProfile athlete, StrengthPlan plan, Findings findings)
    {
        var firstTaper = plan.Weeks.ToList().FindIndex(w => w.Phase == TrainingPhase.Taper);
        if (firstTaper < 1 || (firstTaper == 1 && ReadinessIsLow(athlete)))
        {
            return;
        }

        var before = plan.Weeks[firstTaper - 1];
        var setsBefore = Sets(before);
        foreach (var week in plan.Weeks.Skip(firstTaper).Where(w => w.Phase == TrainingPhase.Taper))
        {
            var sets = Sets(week);
            if (sets >= setsBefore && sets > 0)
            {
                findings.Week(PlanInvariant.Taper, week, $"taper week holds {sets} sets; expected fewer than the {setsBefore} of week {before.Week} before the taper");
            }
        }
    }

    /// <summary>
    /// Outside the taper (the race week is taper too), an athlete who wants strength and runs that week gets a moderate
    /// or heavy session with at least two squat, hinge or glute exercises, mitigation work aside. Excused: week 1 of an
    /// athlete whose readiness is low (the PoorReadiness adjustment makes it lighter on purpose), and a week where no day
    /// can hold such a session at all (<see cref="StrengthFits"/>).
    /// </summary>
    private void CheckStrengthKept(AthleteProfile athlete, PlanWeek week, Findings findings)
    {
        var runs = Enumerable.Range(0, 7).Select(i => RunOn(athlete, week.Start.AddDays(i))).Count(r => r != RunKind.Rest);
        if (week.Phase == TrainingPhase.Taper || athlete.StrengthDays <= 0 || runs == 0 || (week.Week == 1 && ReadinessIsLow(athlete)) || !StrengthFits(athlete, week))
        {
            return;
        }

        static int StrengthExercises(PlannedSession s) => s.Exercises.Count(e => !e.Mitigation && Strength.Contains(e.Pattern));
        if (!week.Sessions.Any(s => s.Intensity != SessionIntensity.Light && StrengthExercises(s) >= 2))
        {
            var found = week.Sessions.Count == 0
                ? "no session"
                : string.Join(", ", week.Sessions.Select(s => $"{Findings.Describe(s)} with {StrengthExercises(s)}"));
            findings.Week(PlanInvariant.StrengthEveryWeek, week, $"no moderate or heavy session with two or more squat, hinge or glute exercises; expected one every week outside the taper, found {found}");
        }
    }

    /// <summary>
    /// True when some day of the week can hold a moderate or heavy session under the placement policy: not the long-run
    /// day, no quality run or long run the day after, the race not beside it (a quality day only as the fallback, after
    /// the run). A week of nothing but hard runs and the days before them has none: light sessions are all it can hold.
    /// </summary>
    private bool StrengthFits(AthleteProfile athlete, PlanWeek week) =>
        Enumerable.Range(0, 7).Select(week.Start.AddDays).Any(date =>
            RunOn(athlete, date) != RunKind.Long
            && !IsHard(RunOn(athlete, date.AddDays(1)))
            && !(athlete.Race is { } race && date >= race.Date.AddDays(-1)));

    /// <summary>The thresholds of rules/adjustments.json's PoorReadiness: soreness 7+, under 6 h sleep, resting HR +5 or more, mood 2 or less.</summary>
    private static bool ReadinessIsLow(AthleteProfile athlete) =>
        athlete.Readiness is { } r && (r.Soreness >= 7 || r.SleepHours < 6 || r.RestingHrDelta >= 5 || r.Mood <= 2);

    /// <summary>
    /// Hard sets per pattern (<see cref="WeeklySets"/>: mitigation work on top): never above the cap; in a loading week of
    /// base or build with two or more sessions of 25 minutes or more, at least the budget, unless no day of the week can
    /// hold more than a light (mobility and core) session. Plyometrics come on top.
    /// </summary>
    private void CheckSetBudget(AthleteProfile athlete, PlanWeek week, Findings findings)
    {
        var sets = WeeklySets.Of(week);
        foreach (var (pattern, count) in sets.Where(p => p.Key != MovementPattern.Plyometric && p.Value > MaxSetsPerPattern))
        {
            findings.Week(PlanInvariant.WeeklySetBudget, week, $"{count} hard sets of {Spell(pattern)}; expected at most {MaxSetsPerPattern} a week");
        }

        var longSessions = week.Sessions.Count(s => s.Minutes >= BudgetSessionMinutes);
        // A low-readiness first week is made lighter on purpose: it is no loading week.
        if (week.Phase is not (TrainingPhase.Base or TrainingPhase.Build) || week.Deload || longSessions < 2 || !StrengthFits(athlete, week)
            || (week.Week == 1 && ReadinessIsLow(athlete)))
        {
            return;
        }

        // Injury work of a pattern is training of that pattern too (eccentric heel drops are calf work): it counts
        // towards the least, though the budget does not plan it.
        var injuryWork = week.Sessions.SelectMany(s => s.Exercises).Where(e => e.Mitigation).GroupBy(e => e.Pattern).ToDictionary(g => g.Key, g => g.Sum(e => e.Sets));
        // In sessions of 30 minutes or less, or with two injuries to work on, an athlete's injury work may take the last
        // set of a pattern (it outranks a main lift's second set when time is short).
        var slack = injuryWork.Count > 0 && (week.Sessions.All(s => s.Minutes <= 30) || athlete.Injuries.Count >= 2) ? 1 : 0;
        var shortfalls = Budget
            .Select(b => (b.Name, b.Least, Sets: b.Patterns.Sum(p => sets.GetValueOrDefault(p) + injuryWork.GetValueOrDefault(p))))
            .Where(b => b.Sets + slack < b.Least)
            .Select(b => $"{b.Name} {b.Sets} (expected at least {b.Least})")
            .ToList();
        if (shortfalls.Count > 0)
        {
            var all = sets.Count == 0 ? "none" : string.Join(", ", sets.Select(p => $"{Spell(p.Key)} {p.Value}"));
            findings.Week(PlanInvariant.WeeklySetBudget, week, $"{longSessions} sessions of {BudgetSessionMinutes}+ min but weekly hard sets below the budget: {string.Join(", ", shortfalls)}; the week holds {all}");
        }
    }

    /// <summary>A deload week follows 3+ loading weeks of its own phase, repeats the previous week's exercises (as a set of catalog ids) and holds fewer sets.</summary>
    private static bool InBlock(TrainingPhase earlier, TrainingPhase phase) =>
        earlier == phase || (earlier is TrainingPhase.Base or TrainingPhase.Build && phase is TrainingPhase.Base or TrainingPhase.Build);

    private static void CheckDeloads(StrengthPlan plan, Findings findings)
    {
        for (var i = 0; i < plan.Weeks.Count; i++)
        {
            var week = plan.Weeks[i];
            if (!week.Deload)
            {
                continue;
            }

            // Loading weeks count in a row through the training block, base and build together.
            var loading = plan.Weeks.Take(i).Reverse().TakeWhile(w => !w.Deload && InBlock(w.Phase, week.Phase)).Count();
            if (loading < LoadingWeeksBeforeDeload)
            {
                findings.Week(PlanInvariant.Deload, week, $"a deload after {loading} loading week{(loading == 1 ? string.Empty : "s")} in a row; expected at least {LoadingWeeksBeforeDeload} of base and build before it");
            }

            if (i == 0)
            {
                continue;
            }

            var previous = plan.Weeks[i - 1];
            var ids = Ids(week);
            var previousIds = Ids(previous);
            if (!ids.SetEquals(previousIds))
            {
                var added = ids.Except(previousIds).ToList();
                var missing = previousIds.Except(ids).ToList();
                findings.Week(PlanInvariant.Deload, week, $"exercises differ from week {previous.Week}: added {List(added)}, missing {List(missing)}; expected the same exercises with fewer sets");
            }

            if (Sets(week) >= Sets(previous))
            {
                findings.Week(PlanInvariant.Deload, week, $"{Sets(week)} sets; expected fewer than the {Sets(previous)} of week {previous.Week}");
            }
        }
    }

    private static SortedSet<string> Ids(PlanWeek week) => new(week.Sessions.SelectMany(s => s.Exercises).Select(e => e.Id), StringComparer.Ordinal);

    private static string List(List<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);
}

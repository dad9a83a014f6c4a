using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// What every plan designed with the default rules must satisfy, whoever the athlete (COACHING.md). Each violation
/// is a line naming the athlete, the week and what broke, so a failing property points straight at the case.
/// </summary>
internal sealed class PlanInvariants(CoachingRules rules)
{
    private static readonly MovementPattern[] LowerBody = [MovementPattern.Squat, MovementPattern.Hinge, MovementPattern.Glute, MovementPattern.Calf];

    private readonly (int SecondsPerRep, int SetupSeconds) _timing = Timing(rules);

    public List<string> Check(string label, AthleteProfile athlete, StrengthPlan plan)
    {
        var problems = new List<string>();
        void Fail(PlanWeek week, string problem) => problems.Add($"{label}, week {week.Week} ({week.Start:yyyy-MM-dd}): {problem}");

        var dates = new HashSet<DateOnly>();
        foreach (var week in plan.Weeks)
        {
            foreach (var session in week.Sessions)
            {
                var where = $"{session.Day} {session.Date:yyyy-MM-dd} {Spell(session.Intensity)} {session.Kind}";
                if (!dates.Add(session.Date))
                {
                    Fail(week, $"{where}: a second session on the same day");
                }

                CheckPlacement(athlete, session, where, p => Fail(week, p));
                CheckContent(athlete, session, where, p => Fail(week, p));
                var warmup = session.Warmup.Sum(w => w.Seconds);
                if (warmup is < 300 or > 600)
                {
                    Fail(week, $"{where}: a {warmup} s warm-up; the policy is 5-10 minutes of dynamic movement first");
                }

                var estimate = EstimateSeconds(session);
                var budget = Math.Min(athlete.SessionMinutes, session.Minutes) * 60;
                if (estimate > budget)
                {
                    Fail(week, $"{where}: estimated {estimate} s, over the {budget} s the athlete has (sessionMinutes {athlete.SessionMinutes}, session {session.Minutes} min)");
                }
            }

            if (week.WeeksToRace == 0)
            {
                if (week.Sessions.Count > 1 || week.Sessions.Any(s => s.Intensity != SessionIntensity.Light || s.Minutes > 20))
                {
                    Fail(week, $"race week holds {string.Join(", ", week.Sessions.Select(s => $"{Spell(s.Intensity)} {s.Minutes} min"))}; at most one light session of 20 min or less");
                }
            }
        }

        CheckTaper(plan, Fail);
        return problems;
    }

    /// <summary>The designer's estimate of a session's length: warm-up, then per group rounds x (work + longest rest) + setup; plyometrics take their rule's minutes.</summary>
    public int EstimateSeconds(PlannedSession session)
    {
        var total = session.Warmup.Sum(w => w.Seconds);
        foreach (var group in session.Exercises.GroupBy(e => e.Group[..1]))
        {
            if (group.All(e => e.Pattern == MovementPattern.Plyometric) && PlyometricMinutes(session) is { } minutes)
            {
                total += minutes * 60;
                continue;
            }

            var rounds = group.Max(e => e.Sets);
            var work = group.Sum(e => WorkSeconds(e));
            var rest = group.Max(e => e.RestSeconds);
            total += (rounds * (work + rest)) + (_timing.SetupSeconds * group.Count());
        }

        return total;
    }

    private static void CheckPlacement(AthleteProfile athlete, PlannedSession session, string where, Action<string> fail)
    {
        var today = RunOn(athlete, session.Date);
        var tomorrow = RunOn(athlete, session.Date.AddDays(1));
        if (athlete.Race is { } race && (race.Date == session.Date || race.Date == session.Date.AddDays(1)))
        {
            fail($"{where}: strength on race day or the day before (race {race.Date:yyyy-MM-dd})");
        }

        if (session.Intensity != SessionIntensity.Light && IsHard(today))
        {
            fail($"{where}: a {Spell(session.Intensity)} session on a {Spell(today)} day");
        }

        if (session.Intensity != SessionIntensity.Light && IsHard(tomorrow))
        {
            fail($"{where}: a {Spell(session.Intensity)} session the day before a {Spell(tomorrow)} run");
        }
    }

    private void CheckContent(AthleteProfile athlete, PlannedSession session, string where, Action<string> fail)
    {
        var equipment = athlete.Equipment.ToHashSet(StringComparer.Ordinal);
        var everything = session.Exercises.Select(e => e.Id).Concat(session.Warmup.Select(w => w.Id)).Select(id => rules.Catalog.Find(id)!).ToList();
        foreach (var exercise in everything)
        {
            if (exercise.Equipment.FirstOrDefault(e => !equipment.Contains(e)) is { } missing)
            {
                fail($"{where}: {exercise.Id} needs {missing}, which the athlete does not have");
            }

            if (exercise.UnsafeFor.FirstOrDefault(athlete.Injuries.Contains) is { } injury)
            {
                fail($"{where}: {exercise.Id} is unsafe for the athlete's {injury} injury");
            }
        }

        if (athlete.Injuries.Count > 0 && session.Exercises.Any(e => e.Pattern == MovementPattern.Plyometric))
        {
            fail($"{where}: plyometrics for an injured athlete ({string.Join(", ", athlete.Injuries)})");
        }

        if (session.Intensity == SessionIntensity.Light)
        {
            return;
        }

        var patterns = session.Exercises.Select(e => e.Pattern).Where(p => p != MovementPattern.Plyometric).Distinct().ToList();
        if (patterns.Count < 3)
        {
            fail($"{where}: covers only {string.Join(", ", patterns.Select(Spell))}; a session must cover at least 3 patterns");
        }

        var lower = session.Exercises.Where(e => LowerBody.Contains(e.Pattern)).ToList();
        if (lower.Count > 0 && !lower.Exists(e => rules.Catalog.Find(e.Id)!.Unilateral))
        {
            fail($"{where}: lower-body work ({string.Join(", ", lower.Select(e => e.Id))}) without any single-leg exercise");
        }
    }

    private static void CheckTaper(StrengthPlan plan, Action<PlanWeek, string> fail)
    {
        var firstTaper = plan.Weeks.ToList().FindIndex(w => w.Phase == TrainingPhase.Taper);
        if (firstTaper < 1)
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
                fail(week, $"taper week holds {sets} sets, not fewer than the {setsBefore} of week {before.Week} before the taper");
            }
        }
    }

    private static int Sets(PlanWeek week) => week.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets));

    private int WorkSeconds(PlannedExercise exercise)
    {
        var once = exercise.Reps is { } reps ? reps.Max * _timing.SecondsPerRep : exercise.Seconds?.Max ?? 0;
        return exercise.PerSide ? once * 2 : once;
    }

    private int? PlyometricMinutes(PlannedSession session)
    {
        var extras = rules.RuleSet[CoachingWorkflows.SessionExtras].Definition.Rules;
        return session.Why
            .Where(w => w.Rule.StartsWith(CoachingWorkflows.SessionExtras + "/", StringComparison.Ordinal))
            .Select(w => extras.First(r => $"{CoachingWorkflows.SessionExtras}/{r.Name}" == w.Rule))
            .Select(r => rules.DecisionOf(r).Plyometrics?.Minutes)
            .FirstOrDefault(m => m is not null);
    }

    private static (int, int) Timing(CoachingRules rules)
    {
        var decision = rules.RuleSet[CoachingWorkflows.Timing].Definition.Rules.Select(rules.DecisionOf).First(d => d.SecondsPerRep is not null);
        return (decision.SecondsPerRep!.Value, decision.SetupSeconds!.Value);
    }

    private static RunKind RunOn(AthleteProfile athlete, DateOnly date) =>
        athlete.Race?.Date == date ? RunKind.RacePace : athlete.Week.On(date.DayOfWeek);

    private static bool IsHard(RunKind run) => run is RunKind.Tempo or RunKind.Intervals or RunKind.Hills or RunKind.RacePace or RunKind.Long;

    private static string Spell<T>(T value)
        where T : struct, Enum => Engine.Binding.EnumText.Name(typeof(T), value);
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// What every plan designed with the default rules must satisfy, whoever the athlete (COACHING.md). Each violation
/// names its <see cref="PlanInvariant"/> and says which athlete, week and day broke it, what was expected and what was
/// found, so a failing property points straight at the case. The running week is always read from the athlete (the
/// race date is a race-pace day whatever the week says), never from what the plan says about itself.
/// </summary>
internal sealed partial class PlanInvariants(CoachingRules rules)
{
    private readonly (int SecondsPerRep, int SetupSeconds) _timing = Timing(rules);

    /// <summary>Every problem of <paramref name="plan"/> designed for <paramref name="athlete"/>; <paramref name="label"/> names the case (a file, a seed).</summary>
    public List<PlanProblem> Check(string label, AthleteProfile athlete, StrengthPlan plan)
    {
        var findings = new Findings(label, athlete);
        var strengthDates = plan.Weeks.SelectMany(w => w.Sessions).Select(s => s.Date).ToHashSet();
        var dates = new HashSet<DateOnly>();
        foreach (var week in plan.Weeks)
        {
            foreach (var session in week.Sessions)
            {
                if (!dates.Add(session.Date))
                {
                    findings.Session(PlanInvariant.OneSessionADay, week, session, "a second session on the same day; expected at most one a day");
                }

                CheckPlacement(athlete, week, session, findings);
                CheckOrder(athlete, week, session, strengthDates, findings);
                CheckContent(athlete, week, session, findings);
                CheckDoses(week, session, findings);
                CheckLength(athlete, week, session, findings);
            }

            CheckRaceWeek(week, findings);
            CheckStrengthKept(athlete, week, findings);
            CheckSetBudget(athlete, week, findings);
        }

        CheckTaper(athlete, plan, findings);
        CheckDeloads(plan, findings);
        CheckProgression(plan, findings);
        CheckLoggedExercises(athlete, plan, findings);
        CheckInjuryWork(athlete, plan, findings);
        return findings.Problems;
    }

    /// <summary>The run on <paramref name="date"/> as the athlete's week has it, the race date being a race-pace day.</summary>
    private static RunKind RunOn(AthleteProfile athlete, DateOnly date) =>
        athlete.Race?.Date == date ? RunKind.RacePace : athlete.Week.On(date.DayOfWeek);

    private bool IsQuality(RunKind run) => rules.QualityRuns.Contains(run);

    private bool IsHard(RunKind run) => run == RunKind.Long || IsQuality(run);

    private static string Spell<T>(T value)
        where T : struct, Enum => Engine.Binding.EnumText.Name(typeof(T), value);

    private static string Spell<T>(T? value)
        where T : struct, Enum => value is { } v ? Spell(v) : "none";

    /// <summary>The word with its indefinite article: "a tempo", "an easy", "an intervals".</summary>
    private static string A(string word) => ("aeiou".Contains(word[0], StringComparison.Ordinal) ? "an " : "a ") + word;

    private static int Sets(PlanWeek week) => week.Sessions.Sum(s => s.Exercises.Sum(e => e.Sets));

    /// <summary>The problems found so far, each message starting with the case, the athlete and the week.</summary>
    private sealed class Findings(string label, AthleteProfile athlete)
    {
        public List<PlanProblem> Problems { get; } = [];

        public void Week(PlanInvariant invariant, PlanWeek week, string problem) =>
            Problems.Add(new PlanProblem(invariant, $"{label} ({athlete.Name}), week {week.Week} ({week.Start:yyyy-MM-dd}, {Spell(week.Phase)}{(week.Deload ? " deload" : string.Empty)}): {problem}"));

        public void Session(PlanInvariant invariant, PlanWeek week, PlannedSession session, string problem) =>
            Week(invariant, week, $"{Describe(session)}: {problem}");

        public static string Describe(PlannedSession session) =>
            $"{session.Day} {session.Date:yyyy-MM-dd} {Spell(session.Intensity)} {session.Kind}{(session.Fallback ? " (fallback)" : string.Empty)}";
    }
}

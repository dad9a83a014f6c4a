using System.Collections.Immutable;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Scenarios;

/// <summary>
/// The plan-shape checks (orders, patternSets, lowerBodySessions, phaseWeeks, taperDays, sameExercisesAsWeek,
/// deloadAfterLoadingWeeks, timedOnlyWhenCatalogTimed, heavyCuesOnlyWhenLoadable, sessionOn's order and fallback)
/// against a plan built by hand, so they are proved whatever the designer does: one plan that passes, and the same
/// plan with one thing wrong, whose failure must say what came out.
/// </summary>
public sealed class PlanShapeChecksTests
{
    private static readonly DateOnly Start = new(2027, 1, 4);

    /// <summary>Sunday of week 6: the taper (weeks 5 and 6) is 14 days long, both ends counted.</summary>
    private static readonly DateOnly Race = Start.AddDays(41);

    private static readonly ImmutableSortedSet<string> Loadable = ["dumbbells", "kettlebell"];

    private static readonly ExerciseCatalog Catalog = new(
    [
        CatalogExercise("split-squat", MovementPattern.Squat, ["dumbbells"]),
        CatalogExercise("goblet-squat", MovementPattern.Squat, ["kettlebell"]),
        CatalogExercise("romanian-deadlift", MovementPattern.Hinge, ["dumbbells"]),
        CatalogExercise("glute-bridge", MovementPattern.Glute, []),
        CatalogExercise("calf-raise", MovementPattern.Calf, []),
        CatalogExercise("side-plank", MovementPattern.Core, [], timed: true),
        CatalogExercise("dead-bug", MovementPattern.Core, []),
        CatalogExercise("push-up", MovementPattern.Push, []),
        CatalogExercise("band-row", MovementPattern.Pull, ["bands"]),
    ]);

    [Fact]
    public void A_plan_that_has_the_shape_passes_every_check()
    {
        ScenarioExpectation[] expectations =
        [
            new() { Week = 1, Orders = [null, SessionOrder.AfterRun, SessionOrder.BeforeRun] },
            new() { Week = 1, SessionOn = new SessionExpectation { Day = DayOfWeek.Tuesday, Run = RunKind.Intervals, Order = SessionOrder.AfterRun, Fallback = true } },
            new() { Week = 1, SessionOn = new SessionExpectation { Day = DayOfWeek.Thursday, Order = SessionOrder.BeforeRun, Fallback = false } },
            new() { Week = 2, PatternSets = Sets(("squat", new(4, CountRange.Unbounded)), ("hinge+glute", new(4, 8)), ("calf", new(3, 3)), ("core", new(0, 12)), ("push", new(2, 4)), ("pull", new(2, 4))) },
            new() { Week = 3, MaxSetsPerPattern = 6, LowerBodySessions = new CountRange(2, 2) },
            new() { Week = 4, SameExercisesAsWeek = 3, FewerSetsThanWeek = 3 },
            new() { PhaseWeeks = new Dictionary<TrainingPhase, CountRange> { [TrainingPhase.Base] = new(3, CountRange.Unbounded), [TrainingPhase.Taper] = new(2, 3), [TrainingPhase.Build] = new(0, 0) } },
            new() { TaperDays = new CountRange(14, 14), DeloadAfterLoadingWeeks = 3 },
            new() { TimedOnlyWhenCatalogTimed = true, HeavyCuesOnlyWhenLoadable = true },
        ];

        var checks = Checks(Plan());

        expectations.SelectMany(checks.Check).ShouldBeEmpty();
    }

    /// <summary>An expectation the hand-built plan (or one changed copy of it) does not meet, with the failure's name and what came out.</summary>
    public static TheoryData<string, ScenarioExpectation, string, string> FailingChecks => new()
    {
        { "plan", new() { Week = 1, Orders = [SessionOrder.BeforeRun, SessionOrder.AfterRun, SessionOrder.AfterRun] }, "week 1: orders", "[null, after-run, before-run]" },
        { "plan", new() { Week = 1, SessionOn = new SessionExpectation { Day = DayOfWeek.Tuesday, Order = SessionOrder.BeforeRun } }, "week 1: sessionOn", "a moderate lower session on tuesday beside intervals, after-run" },
        { "plan", new() { Week = 1, SessionOn = new SessionExpectation { Day = DayOfWeek.Thursday, Fallback = true } }, "week 1: sessionOn", "a light mobility-core session on thursday beside easy, not a fallback" },
        { "plan", new() { Week = 1, PatternSets = Sets(("squat", new(5, CountRange.Unbounded)), ("hinge+glute", new(4, 4)), ("calf", new(4, CountRange.Unbounded))) }, "week 1: patternSets", "squat 4; hinge+glute 6; calf 3" },
        { "plan", new() { Week = 1, MaxSetsPerPattern = 5 }, "week 1: maxSetsPerPattern", "core 6" },
        { "plan", new() { Week = 1, LowerBodySessions = new CountRange(3, CountRange.Unbounded) }, "week 1: lowerBodySessions", "2 lower-body sessions (squat, hinge or glute exercises: monday moderate 3, tuesday moderate 2, thursday light 2)" },
        { "mitigation hinge", new() { Week = 1, LowerBodySessions = new CountRange(2, 2) }, "week 1: lowerBodySessions", "1 lower-body sessions (squat, hinge or glute exercises: monday moderate 3, tuesday moderate 1, thursday light 2)" },
        { "plan", new() { PhaseWeeks = new Dictionary<TrainingPhase, CountRange> { [TrainingPhase.Base] = new(5, CountRange.Unbounded), [TrainingPhase.Taper] = new(2, 3) } }, "the plan: phaseWeeks", "4 base weeks (weeks 1-4 base, 5-6 taper)" },
        { "plan", new() { TaperDays = new CountRange(7, 10) }, "the plan: taperDays", "14 days (the taper starts 2027-02-01 in week 5, the race is 2027-02-14)" },
        { "no taper", new() { TaperDays = new CountRange(7, 10) }, "the plan: taperDays", "no taper week (weeks 1-4 base, 5-6 build)" },
        { "no race", new() { TaperDays = new CountRange(7, 10) }, "the plan: taperDays", "no race: the athlete has none" },
        { "plan", new() { DeloadAfterLoadingWeeks = 4 }, "the plan: deloadAfterLoadingWeeks", "week 4 (base) after 3" },
        { "early deload", new() { DeloadAfterLoadingWeeks = 3 }, "the plan: deloadAfterLoadingWeeks", "week 2 (base) after 1; week 4 (base) after 1" },
        { "plan", new() { Week = 5, SameExercisesAsWeek = 4 }, "week 5: sameExercisesAsWeek", "1 sessions where week 4 has 3" },
        { "other exercise", new() { Week = 4, SameExercisesAsWeek = 3 }, "week 4: sameExercisesAsWeek", "tuesday [split-squat, glute-bridge, calf-raise, side-plank] where week 3's tuesday has [goblet-squat, glute-bridge, calf-raise, side-plank]" },
        { "plan", new() { Week = 4, SameExercisesAsWeek = 9 }, "week 4: sameExercisesAsWeek", "a plan of 6 weeks" },
        { "timed push-up", new() { Week = 2, TimedOnlyWhenCatalogTimed = true }, "week 2: timedOnlyWhenCatalogTimed", "push-up on monday for 20-30 s (the catalog doses it in reps)" },
        { "heavy bridge", new() { Week = 2, HeavyCuesOnlyWhenLoadable = true }, "week 2: heavyCuesOnlyWhenLoadable", "glute-bridge on monday \"heavy, 2 reps in reserve\" with bodyweight" },
    };

    [Theory]
    [MemberData(nameof(FailingChecks))]
    public void A_check_that_does_not_hold_says_what_came_out(string plan, ScenarioExpectation expectation, string name, string actual)
    {
        var checks = Checks(Plans[plan](), race: plan != "no race");

        var failure = checks.Check(expectation).ShouldHaveSingleItem();

        failure.Expectation.ShouldBe(name);
        failure.Actual.ShouldBe(actual);
        failure.Expected.ShouldNotBeNullOrWhiteSpace();
        failure.ToString().ShouldContain($"{name}: expected {failure.Expected}, got {actual}");
    }

    [Fact]
    public void Failures_say_what_was_expected_in_the_coach_s_words()
    {
        var checks = Checks(Plans["timed push-up"]());

        string Expected(ScenarioExpectation e) => checks.Check(e).ShouldHaveSingleItem().Expected;

        Expected(new() { Week = 1, PatternSets = Sets(("squat", new(5, CountRange.Unbounded)), ("push", new(3, 4))) }).ShouldBe("hard sets squat at least 5, push 3 to 4");
        Expected(new() { Week = 1, MaxSetsPerPattern = 5 }).ShouldBe("no pattern above 5 hard sets");
        Expected(new() { Week = 1, LowerBodySessions = new CountRange(3, CountRange.Unbounded) }).ShouldBe("at least 3 lower-body sessions (not light, with 2+ squat, hinge or glute exercises)");
        Expected(new() { PhaseWeeks = new Dictionary<TrainingPhase, CountRange> { [TrainingPhase.Taper] = new(3, 3) } }).ShouldBe("3 taper weeks");
        Expected(new() { TaperDays = new CountRange(7, 10) }).ShouldBe("a taper of 7 to 10 days, its first day to race day");
        Expected(new() { DeloadAfterLoadingWeeks = 4 }).ShouldBe("every deload week after at least 4 loading weeks in a row of base and build");
        Expected(new() { Week = 2, TimedOnlyWhenCatalogTimed = true }).ShouldBe("seconds only for exercises the catalog doses in seconds");
        Expected(new() { Week = 1, SessionOn = new SessionExpectation { Day = DayOfWeek.Tuesday, Order = SessionOrder.BeforeRun, Fallback = false } })
            .ShouldBe("a session on tuesday, before-run, not a fallback");
    }

    [Fact]
    public void Every_week_checks_report_the_weeks_that_fail_alike_together()
    {
        var checks = Checks(Plan());

        var failure = checks.Check(new ScenarioExpectation { PatternSets = Sets(("pull", new(2, CountRange.Unbounded))) }).ShouldHaveSingleItem();

        failure.Expectation.ShouldBe("weeks 4, 5, 6: patternSets");
        failure.Actual.ShouldBe("pull 1");
    }

    [Fact]
    public void A_combined_key_sums_its_patterns_and_mitigation_work_is_left_out()
    {
        var checks = Checks(Plan());

        checks.Check(new ScenarioExpectation { Week = 1, PatternSets = Sets(("hinge+glute", new(6, 6)), ("glute+hinge+squat", new(10, 10)), ("foot-ankle", new(0, 0))) }).ShouldBeEmpty();
    }

    private static ExpectationChecks Checks(StrengthPlan plan, bool race = true) =>
        new(plan, [], Catalog, Loadable, race ? Race : null);

    private static Dictionary<string, CountRange> Sets(params (string Key, CountRange Range)[] sets) =>
        sets.ToDictionary(s => s.Key, s => s.Range, StringComparer.Ordinal);

    /// <summary>The hand-built plan and the copies of it with one thing changed, by name.</summary>
    private static readonly Dictionary<string, Func<StrengthPlan>> Plans = new(StringComparer.Ordinal)
    {
        ["plan"] = Plan,
        ["no race"] = Plan,
        ["mitigation hinge"] = () => Change(Plan(), 1, DayOfWeek.Tuesday, s => s with { Exercises = [Exercise("goblet-squat", MovementPattern.Squat, 2, load: "moderate"), Exercise("romanian-deadlift", MovementPattern.Hinge, 2, mitigation: true), Exercise("calf-raise", MovementPattern.Calf, 3)] }),
        ["no taper"] = () => Plan() with { Weeks = [.. Plan().Weeks.Select(w => w.Phase == TrainingPhase.Taper ? w with { Phase = TrainingPhase.Build } : w)] },
        ["early deload"] = () => Plan() with { Weeks = [.. Plan().Weeks.Select(w => w.Week == 2 ? w with { Deload = true } : w)] },
        ["other exercise"] = () => Change(Plan(), 4, DayOfWeek.Tuesday, s => s with { Exercises = [Exercise("split-squat", MovementPattern.Squat, 1), .. s.Exercises.Skip(1)] }),
        ["timed push-up"] = () => Change(Plan(), 2, DayOfWeek.Monday, s => s with { Exercises = [.. s.Exercises.Select(x => x.Id == "push-up" ? x with { Reps = null, Seconds = new DoseRange(20, 30) } : x)] }),
        ["heavy bridge"] = () => Change(Plan(), 2, DayOfWeek.Monday, s => s with { Exercises = [.. s.Exercises.Select(x => x.Id == "glute-bridge" ? x with { Load = "heavy, 2 reps in reserve" } : x)] }),
    };

    /// <summary>
    /// Six weeks: base loading weeks 1-3 (Monday rest-day full body, Tuesday's fallback after the intervals, Thursday's
    /// light core before an easy run), week 4 a base deload with the same exercises at one set each, weeks 5-6 taper
    /// with one light session. Loading-week hard sets: squat 4, hinge 2, glute 4, calf 3, core 6, push 2, pull 2.
    /// </summary>
    private static StrengthPlan Plan() => new()
    {
        Athlete = "Hand-built",
        Start = Start,
        Notes = [],
        Weeks =
        [
            Week(1, TrainingPhase.Base, deload: false, LoadingSessions(Start, sets: 2)),
            Week(2, TrainingPhase.Base, deload: false, LoadingSessions(Start.AddDays(7), sets: 2)),
            Week(3, TrainingPhase.Base, deload: false, LoadingSessions(Start.AddDays(14), sets: 2)),
            Week(4, TrainingPhase.Base, deload: true, LoadingSessions(Start.AddDays(21), sets: 1)),
            Week(5, TrainingPhase.Taper, deload: false, [Session(Start.AddDays(28), RunKind.Rest, null, SessionIntensity.Light, "mobility-core", [Exercise("dead-bug", MovementPattern.Core, 2), Exercise("band-row", MovementPattern.Pull, 1)])]),
            Week(6, TrainingPhase.Taper, deload: false, [Session(Start.AddDays(35), RunKind.Rest, null, SessionIntensity.Light, "mobility-core", [Exercise("dead-bug", MovementPattern.Core, 1), Exercise("band-row", MovementPattern.Pull, 1)])]),
        ],
    };

    private static List<PlannedSession> LoadingSessions(DateOnly monday, int sets) =>
    [
        Session(monday, RunKind.Rest, null, SessionIntensity.Moderate, "full-body",
        [
            Exercise("split-squat", MovementPattern.Squat, sets, load: "moderate, 2 reps in reserve", equipment: ["dumbbells"]),
            Exercise("romanian-deadlift", MovementPattern.Hinge, sets, load: "heavy", equipment: ["dumbbells"]),
            Exercise("glute-bridge", MovementPattern.Glute, sets),
            Exercise("push-up", MovementPattern.Push, sets),
            Exercise("band-row", MovementPattern.Pull, sets, equipment: ["bands"]),
            Exercise("calf-raise", MovementPattern.Calf, 3, mitigation: true),
            Exercise("side-plank", MovementPattern.Core, sets, seconds: new DoseRange(30, 45)),
        ]),
        Session(monday.AddDays(1), RunKind.Intervals, SessionOrder.AfterRun, SessionIntensity.Moderate, "lower",
        [
            Exercise("goblet-squat", MovementPattern.Squat, sets, load: "heavy", equipment: ["kettlebell"]),
            Exercise("glute-bridge", MovementPattern.Glute, sets),
            Exercise("calf-raise", MovementPattern.Calf, sets + 1),
            Exercise("side-plank", MovementPattern.Core, sets, seconds: new DoseRange(30, 45)),
        ]) with { Fallback = true },
        Session(monday.AddDays(3), RunKind.Easy, SessionOrder.BeforeRun, SessionIntensity.Light, "mobility-core",
        [
            Exercise("dead-bug", MovementPattern.Core, sets),
            Exercise("glute-bridge", MovementPattern.Glute, 0),
            Exercise("split-squat", MovementPattern.Squat, 0),
        ]),
    ];

    private static StrengthPlan Change(StrengthPlan plan, int week, DayOfWeek day, Func<PlannedSession, PlannedSession> change) => plan with
    {
        Weeks = [.. plan.Weeks.Select(w => w.Week != week ? w : w with { Sessions = [.. w.Sessions.Select(s => s.Day == day ? change(s) : s)] })],
    };

    private static PlanWeek Week(int number, TrainingPhase phase, bool deload, IReadOnlyList<PlannedSession> sessions) => new()
    {
        Week = number,
        Start = Start.AddDays(7 * (number - 1)),
        Phase = phase,
        Deload = deload,
        WeeksToRace = 6 - number,
        Sessions = sessions,
        Notes = [],
    };

    private static PlannedSession Session(DateOnly date, RunKind run, SessionOrder? order, SessionIntensity intensity, string kind, IReadOnlyList<PlannedExercise> exercises) => new()
    {
        Day = date.DayOfWeek,
        Date = date,
        Run = run,
        Order = order,
        Kind = kind,
        Intensity = intensity,
        Minutes = 30,
        Warmup = [],
        Exercises = exercises,
        Why = [],
    };

    private static PlannedExercise Exercise(string id, MovementPattern pattern, int sets, string load = "bodyweight", IReadOnlyList<string>? equipment = null, DoseRange? seconds = null, bool mitigation = false) => new()
    {
        Id = id,
        Name = id,
        Group = "A1",
        Pattern = pattern,
        Equipment = equipment ?? [],
        Sets = sets,
        Reps = seconds is null ? new DoseRange(8, 12) : null,
        Seconds = seconds,
        PerSide = false,
        RestSeconds = 60,
        Tempo = null,
        Load = load,
        Mitigation = mitigation,
        Progression = null,
    };

    private static Exercise CatalogExercise(string id, MovementPattern pattern, IReadOnlyList<string> equipment, bool timed = false) => new()
    {
        Id = id,
        Name = id,
        Pattern = pattern,
        Equipment = equipment,
        Level = AthleteLevel.Beginner,
        Unilateral = false,
        Dose = timed
            ? new ExerciseDose { Sets = 3, Seconds = new DoseRange(30, 45), RestSeconds = 60 }
            : new ExerciseDose { Sets = 3, Reps = new DoseRange(8, 12), RestSeconds = 60 },
    };
}

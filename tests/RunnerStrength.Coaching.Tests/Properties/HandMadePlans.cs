using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Tests.Planning;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// Plans written by hand to keep every invariant, so the invariants' own tests do not hang on what the designer does
/// today: each test breaks one of them (or the athlete it is checked against) and expects the matching problem.
/// Doses come from the catalog; the exercises from the default rules' catalog.
/// </summary>
internal static class HandMadePlans
{
    // Before the plans: static fields are set in the order they are written.
    private static readonly string[] WarmupDrills = ["leg-swing", "world-greatest-stretch", "elephant-walk", "arm-circle", "glute-bridge"];

    /// <summary>A runner with rest days on Monday, Thursday and Sunday, easy runs on Tuesday and Friday, hills on Wednesday and the long run on Saturday.</summary>
    public static readonly AthleteProfile Athlete = new()
    {
        Name = "Hand-made",
        Level = AthleteLevel.Intermediate,
        Week = new RunningWeek
        {
            Monday = RunKind.Rest,
            Tuesday = RunKind.Easy,
            Wednesday = RunKind.Hills,
            Thursday = RunKind.Rest,
            Friday = RunKind.Easy,
            Saturday = RunKind.Long,
            Sunday = RunKind.Rest,
        },
        Equipment = ["dumbbells", "kettlebell", "bands"],
        SessionMinutes = 40,
        StrengthDays = 2,
    };

    /// <summary>
    /// Eight weeks of base for <see cref="Athlete"/>: moderate full-body sessions of 35 minutes on the Monday and Thursday
    /// rest days, 3 sets of everything, and deloads in weeks 4 and 8 (the same exercises, 2 sets); after the first
    /// deload every exercise progresses to a 3 s lowering.
    /// </summary>
    public static readonly StrengthPlan Plan = new()
    {
        Athlete = Athlete.Name,
        Start = RandomAthletes.Start,
        Weeks = [.. Enumerable.Range(1, 8).Select(number =>
        {
            var start = RandomAthletes.Start.AddDays(7 * (number - 1));
            var sets = number % 4 == 0 ? 2 : 3;
            List<PlannedExercise> Progressed(List<PlannedExercise> exercises) => number > 4 ? [.. exercises.Select(e => e with { Tempo = "3-0-1" })] : exercises;
            return Week(number, start, number % 4 == 0,
            [
                Session(start, RunKind.Rest, null, Progressed(LowerFirst(sets))),
                Session(start.AddDays(3), RunKind.Rest, null, Progressed(SingleLeg(sets))),
            ]);
        })],
        Notes = [],
    };

    /// <summary>
    /// A runner whose every easy and rest day comes the day before a quality run or the long run: Monday rest, Tuesday
    /// tempo, Wednesday easy, Thursday intervals, Friday rest, Saturday long, Sunday hills.
    /// </summary>
    public static readonly AthleteProfile Busy = Athlete with
    {
        Name = "Hand-made busy",
        Week = new RunningWeek
        {
            Monday = RunKind.Rest,
            Tuesday = RunKind.Tempo,
            Wednesday = RunKind.Easy,
            Thursday = RunKind.Intervals,
            Friday = RunKind.Rest,
            Saturday = RunKind.Long,
            Sunday = RunKind.Hills,
        },
    };

    /// <summary>Two weeks of base for <see cref="Busy"/>: no easy or rest day is free, so both sessions fall back after the Tuesday tempo run and the Sunday hills.</summary>
    public static readonly StrengthPlan BusyPlan = new()
    {
        Athlete = Busy.Name,
        Start = RandomAthletes.Start,
        Weeks = [.. Enumerable.Range(1, 2).Select(number =>
        {
            var start = RandomAthletes.Start.AddDays(7 * (number - 1));
            return Week(number, start, deload: false,
            [
                Session(start.AddDays(1), RunKind.Tempo, SessionOrder.AfterRun, LowerFirst(3)) with { Fallback = true },
                Session(start.AddDays(6), RunKind.Hills, SessionOrder.AfterRun, SingleLeg(3)) with { Fallback = true },
            ]);
        })],
        Notes = [],
    };

    /// <summary>Jumps first, then split squat, Romanian deadlift and calf raise, then plank, push-up and row.</summary>
    public static List<PlannedExercise> LowerFirst(int sets) =>
    [
        Exercise("pogo-hop", "A1", sets),
        Exercise("dumbbell-split-squat", "B1", sets),
        Exercise("romanian-deadlift", "B2", sets),
        Exercise("standing-calf-raise", "B3", sets),
        Exercise("plank", "C1", sets),
        Exercise("push-up", "C2", sets),
        Exercise("bent-over-row", "C3", sets),
    ];

    /// <summary>Reverse lunge, single-leg hip thrust and single-leg calf raise, then side plank, overhead press and band pull-apart.</summary>
    public static List<PlannedExercise> SingleLeg(int sets) =>
    [
        Exercise("dumbbell-reverse-lunge", "A1", sets),
        Exercise("single-leg-hip-thrust", "A2", sets),
        Exercise("dumbbell-single-leg-calf-raise", "A3", sets),
        Exercise("side-plank", "B1", sets),
        Exercise("overhead-press", "B2", sets),
        Exercise("band-pull-apart", "B3", sets),
    ];

    /// <summary>A catalog exercise at its catalog dose with <paramref name="sets"/> sets; a weight leaving 2 reps in reserve when its equipment carries load.</summary>
    public static PlannedExercise Exercise(string id, string group, int sets)
    {
        var rules = DefaultRules.Rules;
        var exercise = rules.Catalog.Find(id) ?? throw new ArgumentException($"{id} is not in the catalog.", nameof(id));
        var load = exercise.Equipment.Any(rules.LoadableEquipment.Contains) ? "a weight that leaves 2 reps in reserve"
            : exercise.Equipment.Count == 0 ? "bodyweight" : string.Join(", ", exercise.Equipment);
        return new PlannedExercise
        {
            Id = exercise.Id,
            Name = exercise.Name,
            Group = group,
            Pattern = exercise.Pattern,
            Equipment = exercise.Equipment,
            Sets = sets,
            Reps = exercise.Dose.Reps,
            Seconds = exercise.Dose.Seconds,
            PerSide = exercise.Dose.PerSide,
            RestSeconds = exercise.Dose.RestSeconds,
            Tempo = exercise.Dose.Tempo,
            Load = load,
            Progression = null,
        };
    }

    /// <summary>A moderate full-body session of 35 minutes with a 5-minute warm-up.</summary>
    public static PlannedSession Session(DateOnly date, RunKind run, SessionOrder? order, List<PlannedExercise> exercises) => new()
    {
        Day = date.DayOfWeek,
        Date = date,
        Run = run,
        Order = order,
        Kind = "full-body",
        Intensity = SessionIntensity.Moderate,
        Minutes = 35,
        Warmup = [.. WarmupDrills.Select(id => new WarmupItem { Id = id, Name = DefaultRules.Rules.Catalog.Find(id)!.Name, Seconds = 60 })],
        Exercises = exercises,
        Why = [],
    };

    private static PlanWeek Week(int number, DateOnly start, bool deload, List<PlannedSession> sessions) => new()
    {
        Week = number,
        Start = start,
        Phase = TrainingPhase.Base,
        Deload = deload,
        WeeksToRace = null,
        Sessions = sessions,
        Notes = [],
    };
}

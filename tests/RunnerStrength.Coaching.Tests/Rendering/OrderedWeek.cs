using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Tests.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>
/// One week built by hand with what the designer fills in: a heavy session after intervals that fell back there, with a
/// title, a tri-set and injury work; a session before an easy run with a superset and a timed exercise that is no hold;
/// and a rest-day session with no order and no title.
/// </summary>
internal static class OrderedWeek
{
    public static StrengthPlan Plan() => new()
    {
        Athlete = "Ben Runner",
        Start = new DateOnly(2026, 11, 23),
        Notes = [],
        Weeks =
        [
            new PlanWeek
            {
                Week = 1,
                Start = new DateOnly(2026, 11, 23),
                Phase = TrainingPhase.Build,
                Deload = false,
                WeeksToRace = 8,
                Sessions = [TuesdayAfterIntervals(), WednesdayBeforeEasyRun(), FridayRestDay()],
                Notes = [],
            },
        ],
    };

    public static PlannedSession TuesdayAfterIntervals() => new()
    {
        Day = DayOfWeek.Tuesday,
        Date = new DateOnly(2026, 11, 24),
        Run = RunKind.Intervals,
        Order = SessionOrder.AfterRun,
        Kind = "lower-heavy",
        Title = "Lower body and core",
        Fallback = true,
        Note = "No easy or rest day this week was left clear of the day before a quality run or the long run, so this session goes after your quality run (article 002): run first, lift after, and keep tomorrow easy.",
        Intensity = SessionIntensity.Heavy,
        Minutes = 40,
        Warmup = [new WarmupItem { Id = "glute-activation", Name = "Glute activation", Seconds = 60 }],
        Exercises =
        [
            new PlannedExercise
            {
                Id = "split-squat", Name = "Split squat", Group = "A1", Pattern = MovementPattern.Squat, Equipment = ["dumbbells"],
                Sets = 3, Reps = new DoseRange(10, 10), Seconds = null, PerSide = true, RestSeconds = 0,
                Tempo = "3-0-1", Load = "2 × 12 kg dumbbells", Progression = null,
            },
            new PlannedExercise
            {
                Id = "pogo-hops", Name = "Pogo hops", Group = "A2", Pattern = MovementPattern.Plyometric, Equipment = [],
                Sets = 3, Reps = null, Seconds = new DoseRange(20, 20), PerSide = false, RestSeconds = 0,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
            new PlannedExercise
            {
                Id = "side-plank", Name = "Side plank", Group = "A3", Pattern = MovementPattern.Core, Equipment = [],
                Sets = 2, Reps = null, Seconds = new DoseRange(30, 45), PerSide = true, RestSeconds = 60,
                Tempo = null, Load = "bodyweight", Progression = new PlannedProgression { Cue = "side plank with a leg lift" },
            },
            new PlannedExercise
            {
                Id = "tibialis-raise", Name = "Tibialis raise", Group = "B1", Pattern = MovementPattern.FootAnkle, Equipment = [],
                Sets = 2, Reps = new DoseRange(15, 20), Seconds = null, PerSide = false, RestSeconds = 45,
                Tempo = null, Load = "bodyweight", Mitigation = true, Progression = null,
            },
        ],
        Why =
        [
            new PlanReason
            {
                Rule = "placement/QualityDayFallback",
                Message = "No easy or rest day passed the placement rules, so the session goes after the intervals.",
                Source = "rules/placement.json(40,5)",
            },
        ],
    };

    public static PlannedSession WednesdayBeforeEasyRun() => new()
    {
        Day = DayOfWeek.Wednesday,
        Date = new DateOnly(2026, 11, 25),
        Run = RunKind.Easy,
        Order = SessionOrder.BeforeRun,
        Kind = "full-body",
        Title = "Full body",
        Intensity = SessionIntensity.Moderate,
        Minutes = 35,
        Warmup = [],
        Exercises =
        [
            new PlannedExercise
            {
                Id = "romanian-deadlift", Name = "Romanian deadlift", Group = "A1", Pattern = MovementPattern.Hinge, Equipment = ["kettlebell"],
                Sets = 3, Reps = new DoseRange(6, 8), Seconds = null, PerSide = false, RestSeconds = 30,
                Tempo = "3-1-1", Load = "2 × 16 kg kettlebells", Progression = null,
            },
            new PlannedExercise
            {
                Id = "single-leg-calf-raise", Name = "Single-leg calf raise", Group = "A2", Pattern = MovementPattern.Calf, Equipment = ["step"],
                Sets = 3, Reps = new DoseRange(12, 15), Seconds = null, PerSide = true, RestSeconds = 90,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
            new PlannedExercise
            {
                Id = "mountain-climber", Name = "Mountain climber", Group = "B1", Pattern = MovementPattern.Core, Equipment = [],
                Sets = 3, Reps = null, Seconds = new DoseRange(20, 30), PerSide = false, RestSeconds = 45,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
        ],
        Why = [],
    };

    public static PlannedSession FridayRestDay() => SamplePlans.TuesdayCore() with
    {
        Day = DayOfWeek.Friday,
        Date = new DateOnly(2026, 11, 27),
        Order = null,
        Title = null,
    };
}

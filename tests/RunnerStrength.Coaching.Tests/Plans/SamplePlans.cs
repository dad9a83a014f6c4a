using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Plans;

/// <summary>A realistic two-week plan: a bi-set and a tri-set, timed and rep work, tempo, loads, a progression, reasons and notes.</summary>
internal static class SamplePlans
{
    public static StrengthPlan TwoWeeks() => new()
    {
        Athlete = "Ana Runner",
        Start = new DateOnly(2026, 11, 23),
        Notes =
        [
            "Stop any exercise that hurts more than 3 out of 10.",
            "Log your loads after each session so the next block can build on them.",
        ],
        Weeks =
        [
            new PlanWeek
            {
                Week = 1,
                Start = new DateOnly(2026, 11, 23),
                Phase = TrainingPhase.Base,
                Deload = false,
                WeeksToRace = 12,
                Sessions = [MondayFullBody(), ThursdayHeavy()],
                Notes = ["Thursday: lift after the intervals, never before."],
            },
            new PlanWeek
            {
                Week = 2,
                Start = new DateOnly(2026, 11, 30),
                Phase = TrainingPhase.Build,
                Deload = true,
                WeeksToRace = 11,
                Sessions = [TuesdayCore()],
                Notes = ["Deload: keep the loads, halve the sets.", "Sleep counts as training this week."],
            },
        ],
    };

    public static PlannedSession MondayFullBody() => new()
    {
        Day = DayOfWeek.Monday,
        Date = new DateOnly(2026, 11, 23),
        Run = RunKind.Easy,
        Kind = "full-body",
        Intensity = SessionIntensity.Moderate,
        Minutes = 35,
        Warmup =
        [
            new WarmupItem { Id = "elephant-walk", Name = "Elephant walk", Seconds = 20 },
            new WarmupItem { Id = "leg-swings", Name = "Leg swings", Seconds = 40 },
            new WarmupItem { Id = "ankle-rocks", Name = "Ankle rocks", Seconds = 30 },
        ],
        Exercises =
        [
            SingleLegSquat(),
            new PlannedExercise
            {
                Id = "side-plank", Name = "Side plank", Group = "A2", Pattern = MovementPattern.Core, Equipment = [],
                Sets = 3, Reps = null, Seconds = new DoseRange(30, 45), PerSide = true, RestSeconds = 60,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
            new PlannedExercise
            {
                Id = "romanian-deadlift", Name = "Romanian deadlift", Group = "B1", Pattern = MovementPattern.Hinge, Equipment = ["kettlebell"],
                Sets = 3, Reps = new DoseRange(6, 8), Seconds = null, PerSide = false, RestSeconds = 30,
                Tempo = "3-1-1", Load = "2 × 16 kg kettlebells", Progression = null,
            },
            new PlannedExercise
            {
                Id = "glute-bridge", Name = "Glute bridge", Group = "B2", Pattern = MovementPattern.Glute, Equipment = [],
                Sets = 3, Reps = new DoseRange(15, 15), Seconds = null, PerSide = false, RestSeconds = 30,
                Tempo = null, Load = "bodyweight", Progression = new PlannedProgression { Cue = "harder variation of glute-bridge: 18 reps at RPE 6" },
            },
            new PlannedExercise
            {
                Id = "single-leg-calf-raise", Name = "Single-leg calf raise", Group = "B3", Pattern = MovementPattern.Calf, Equipment = ["step"],
                Sets = 3, Reps = new DoseRange(12, 15), Seconds = null, PerSide = true, RestSeconds = 90,
                Tempo = "2-1-X", Load = "bodyweight", Progression = null,
            },
        ],
        Why =
        [
            new PlanReason
            {
                Rule = "placement/NoHeavyBeforeQuality",
                Message = "Heavy lifting stays off the day before intervals, so Monday is moderate.",
                Source = "rules/placement.json(12,5)",
            },
            new PlanReason
            {
                Rule = "dose/BaseVolume",
                Message = "Base phase: 3 sets in the 8–12 range.",
                Source = "rules/dose.json(4,9)",
            },
        ],
    };

    public static PlannedExercise SingleLegSquat() => new()
    {
        Id = "single-leg-squat",
        Name = "Single-leg squat",
        Group = "A1",
        Pattern = MovementPattern.Squat,
        Equipment = ["box"],
        Sets = 3,
        Reps = new DoseRange(8, 12),
        Seconds = null,
        PerSide = true,
        RestSeconds = 90,
        Tempo = "3-0-1",
        Load = "bodyweight",
        Progression = null,
    };

    private static PlannedSession ThursdayHeavy() => new()
    {
        Day = DayOfWeek.Thursday,
        Date = new DateOnly(2026, 11, 26),
        Run = RunKind.Intervals,
        Kind = "lower-body",
        Intensity = SessionIntensity.Heavy,
        Minutes = 40,
        Warmup =
        [
            new WarmupItem { Id = "glute-activation", Name = "Glute activation", Seconds = 60 },
            new WarmupItem { Id = "goblet-squat-hold", Name = "Goblet squat hold", Seconds = 90 },
        ],
        Exercises =
        [
            new PlannedExercise
            {
                Id = "rear-foot-elevated-split-squat", Name = "Rear-foot elevated split squat", Group = "A1", Pattern = MovementPattern.Squat,
                Equipment = ["dumbbells", "bench"], Sets = 4, Reps = new DoseRange(5, 6), Seconds = null, PerSide = true, RestSeconds = 120,
                Tempo = "3-0-1", Load = "RPE 8", Progression = null,
            },
            new PlannedExercise
            {
                Id = "pogo-hops", Name = "Pogo hops", Group = "A2", Pattern = MovementPattern.Plyometric, Equipment = [],
                Sets = 3, Reps = null, Seconds = new DoseRange(20, 20), PerSide = false, RestSeconds = 60,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
            new PlannedExercise
            {
                Id = "copenhagen-plank", Name = "Copenhagen plank", Group = "B1", Pattern = MovementPattern.Core, Equipment = ["bench"],
                Sets = 1, Reps = null, Seconds = new DoseRange(20, 30), PerSide = true, RestSeconds = 45,
                Tempo = null, Load = "bodyweight", Progression = new PlannedProgression { Cue = "long-lever Copenhagen plank: 30 s each side" },
            },
        ],
        Why =
        [
            new PlanReason
            {
                Rule = "placement/HardDaysHard",
                Message = "Heavy lifting goes on a quality day, after the run, so easy days stay easy.",
                Source = "rules/placement.json(30,5)",
            },
        ],
    };

    /// <summary>A light core session on a rest day (Tuesday 1 December 2026).</summary>
    public static PlannedSession TuesdayCore() => new()
    {
        Day = DayOfWeek.Tuesday,
        Date = new DateOnly(2026, 12, 1),
        Run = RunKind.Rest,
        Kind = "core-mobility",
        Intensity = SessionIntensity.Light,
        Minutes = 20,
        Warmup = [],
        Exercises =
        [
            new PlannedExercise
            {
                Id = "dead-bug", Name = "Dead bug", Group = "A1", Pattern = MovementPattern.Core, Equipment = [],
                Sets = 2, Reps = new DoseRange(8, 10), Seconds = null, PerSide = true, RestSeconds = 0,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
            new PlannedExercise
            {
                Id = "hip-airplane", Name = "Hip airplane", Group = "A2", Pattern = MovementPattern.Balance, Equipment = [],
                Sets = 2, Reps = new DoseRange(5, 5), Seconds = new DoseRange(3, 3), PerSide = true, RestSeconds = 45,
                Tempo = null, Load = "bodyweight", Progression = null,
            },
        ],
        Why = [],
    };
}

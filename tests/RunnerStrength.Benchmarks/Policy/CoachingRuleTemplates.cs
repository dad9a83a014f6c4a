using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;
using static RunnerStrength.Benchmarks.Policy.CoachingWords;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// Thirty realistic coaching conditions over <see cref="AthleteProfile"/>: enums compared with their JSON spellings,
/// <c>in</c> lists, <c>Any</c> over history, <c>Contains</c> on equipment, null-safe readiness reads, arithmetic and
/// <c>iif</c>. Variant 0 of each is the 30-rule workflow and <see cref="HandWrittenPolicy"/>; variants 0..33 make
/// the 1,000-rule workflow.
/// </summary>
public static class CoachingRuleTemplates
{
    private static readonly DateOnly FirstRaceCutoff = new(2027, 1, 1);

    public static IReadOnlyList<CoachingRuleTemplate> All { get; } =
    [
        new("LevelIs",
            k => $"athlete.level == \"{Spell(Levels[k % 3])}\"",
            k => $"athlete.Level == AthleteLevel.{Levels[k % 3]}",
            k => { var level = Levels[k % 3]; return a => a.Level == level; }),
        new("LevelAtLeast",
            k => $"athlete.level >= \"{Spell(Levels[(1 + k) % 3])}\"",
            k => $"athlete.Level >= AthleteLevel.{Levels[(1 + k) % 3]}",
            k => { var level = Levels[(1 + k) % 3]; return a => a.Level >= level; }),
        new("QualityDay",
            k => $"athlete.week.{Spell(After(Days, DayOfWeek.Tuesday, k))} in (\"tempo\", \"intervals\")",
            k => $"athlete.Week.{After(Days, DayOfWeek.Tuesday, k)} in (RunKind.Tempo, RunKind.Intervals)",
            k => { var day = After(Days, DayOfWeek.Tuesday, k); return a => a.Week.On(day) is RunKind.Tempo or RunKind.Intervals; }),
        new("HardDay",
            k => $"athlete.week.{Spell(After(Days, DayOfWeek.Thursday, k))} in (\"tempo\", \"intervals\", \"hills\", \"race-pace\")",
            k => $"athlete.Week.{After(Days, DayOfWeek.Thursday, k)} in (RunKind.Tempo, RunKind.Intervals, RunKind.Hills, RunKind.RacePace)",
            k => { var day = After(Days, DayOfWeek.Thursday, k); return a => a.Week.On(day) is RunKind.Tempo or RunKind.Intervals or RunKind.Hills or RunKind.RacePace; }),
        new("DayIs",
            k => $"athlete.week.{Spell(After(Days, DayOfWeek.Sunday, k))} == \"{Spell(After(RunKinds, RunKind.Long, k / 7))}\"",
            k => $"athlete.Week.{After(Days, DayOfWeek.Sunday, k)} == RunKind.{After(RunKinds, RunKind.Long, k / 7)}",
            k =>
            {
                var day = After(Days, DayOfWeek.Sunday, k);
                var kind = After(RunKinds, RunKind.Long, k / 7);
                return a => a.Week.On(day) == kind;
            }),
        new("BackToBackQuality",
            k => $"athlete.week.{Spell(After(Days, DayOfWeek.Tuesday, k))} in (\"tempo\", \"intervals\", \"hills\") && athlete.week.{Spell(After(Days, DayOfWeek.Wednesday, k))} in (\"tempo\", \"intervals\", \"hills\")",
            k => $"athlete.Week.{After(Days, DayOfWeek.Tuesday, k)} in (RunKind.Tempo, RunKind.Intervals, RunKind.Hills) && athlete.Week.{After(Days, DayOfWeek.Wednesday, k)} in (RunKind.Tempo, RunKind.Intervals, RunKind.Hills)",
            k =>
            {
                var first = After(Days, DayOfWeek.Tuesday, k);
                var second = After(Days, DayOfWeek.Wednesday, k);
                return a => a.Week.On(first) is RunKind.Tempo or RunKind.Intervals or RunKind.Hills
                    && a.Week.On(second) is RunKind.Tempo or RunKind.Intervals or RunKind.Hills;
            }),
        new("HasEquipment",
            k => $"athlete.equipment.Contains(\"{After(Equipment, "dumbbells", k)}\")",
            k => $"athlete.Equipment.Contains(\"{After(Equipment, "dumbbells", k)}\")",
            k => { var word = After(Equipment, "dumbbells", k); return a => a.Equipment.Contains(word); }),
        new("HasBarbellAndBench",
            k => $"athlete.equipment.Contains(\"{After(Equipment, "barbell", k)}\") && athlete.equipment.Contains(\"{After(Equipment, "bench", k)}\")",
            k => $"athlete.Equipment.Contains(\"{After(Equipment, "barbell", k)}\") && athlete.Equipment.Contains(\"{After(Equipment, "bench", k)}\")",
            k =>
            {
                var first = After(Equipment, "barbell", k);
                var second = After(Equipment, "bench", k);
                return a => a.Equipment.Contains(first) && a.Equipment.Contains(second);
            }),
        new("BodyweightOnly",
            k => $"athlete.equipment.Count <= {k % 4}",
            k => $"athlete.Equipment.Count <= {k % 4}",
            k => { var most = k % 4; return a => a.Equipment.Count <= most; }),
        new("HasInjury",
            k => $"athlete.injuries.Contains(\"{After(Injuries, "knee", k)}\")",
            k => $"athlete.Injuries.Contains(\"{After(Injuries, "knee", k)}\")",
            k => { var injury = After(Injuries, "knee", k); return a => a.Injuries.Contains(injury); }),
        new("AnyInjury",
            k => $"athlete.injuries.Count > {k % 3}",
            k => $"athlete.Injuries.Count > {k % 3}",
            k => { var least = k % 3; return a => a.Injuries.Count > least; }),
        new("SoreLegs",
            k => $"athlete.readiness != null && athlete.readiness.soreness >= {7 - (k % 5)}",
            k => $"athlete.Readiness != null && athlete.Readiness.Soreness >= {7 - (k % 5)}",
            k => { var least = 7 - (k % 5); return a => a.Readiness != null && a.Readiness.Soreness >= least; }),
        new("ShortSleep",
            k => $"athlete.readiness != null && (athlete.readiness.sleepHours ?? 8) < {Spell(6 + (0.5 * (k % 5)))}",
            k => $"athlete.Readiness != null && (athlete.Readiness.SleepHours ?? 8) < {Spell(6 + (0.5 * (k % 5)))}",
            k => { var hours = 6 + (0.5 * (k % 5)); return a => a.Readiness != null && (a.Readiness.SleepHours ?? 8) < hours; }),
        new("RaisedRestingHr",
            k => $"athlete.readiness != null && athlete.readiness.restingHrDelta >= {5 + (k % 5)}",
            k => $"athlete.Readiness != null && athlete.Readiness.RestingHrDelta >= {5 + (k % 5)}",
            k => { var least = 5 + (k % 5); return a => a.Readiness != null && a.Readiness.RestingHrDelta >= least; }),
        new("LowMood",
            k => $"athlete.readiness != null && athlete.readiness.mood <= {2 + (k % 3)}",
            k => $"athlete.Readiness != null && athlete.Readiness.Mood <= {2 + (k % 3)}",
            k => { var most = 2 + (k % 3); return a => a.Readiness != null && a.Readiness.Mood <= most; }),
        new("ReadinessScoreLow",
            k => $"athlete.readiness != null && (athlete.readiness.soreness ?? 0) + (5 - (athlete.readiness.mood ?? 3)) * 2 >= {10 - (k % 6)}",
            k => $"athlete.Readiness != null && (athlete.Readiness.Soreness ?? 0) + (5 - (athlete.Readiness.Mood ?? 3)) * 2 >= {10 - (k % 6)}",
            k => { var least = 10 - (k % 6); return a => a.Readiness != null && (a.Readiness.Soreness ?? 0) + ((5 - (a.Readiness.Mood ?? 3)) * 2) >= least; }),
        new("HighRepsFeelEasy",
            k => $"athlete.history.Any(h => h.reps >= {15 - (k % 8)} && (h.rpe == null || h.rpe <= 7))",
            k => $"athlete.History.Any(h => h.Reps >= {15 - (k % 8)} && (h.Rpe == null || h.Rpe <= 7))",
            k => { var reps = 15 - (k % 8); return a => a.History.Any(h => h.Reps >= reps && (h.Rpe == null || h.Rpe <= 7)); }),
        new("LongHoldsFeelEasy",
            k => $"athlete.history.Any(h => h.seconds >= {45 - (5 * (k % 5))} && h.rpe <= 7)",
            k => $"athlete.History.Any(h => h.Seconds >= {45 - (5 * (k % 5))} && h.Rpe <= 7)",
            k => { var seconds = 45 - (5 * (k % 5)); return a => a.History.Any(h => h.Seconds >= seconds && h.Rpe <= 7); }),
        new("NearFailure",
            k => $"athlete.history.Any(h => h.rpe >= {Spell(9 - (0.5 * (k % 4)))})",
            k => $"athlete.History.Any(h => h.Rpe >= {Spell(9 - (0.5 * (k % 4)))})",
            k => { var rpe = 9 - (0.5 * (k % 4)); return a => a.History.Any(h => h.Rpe >= rpe); }),
        new("DidExercise",
            k => $"athlete.history.Any(h => h.exercise == \"{After(Exercises, "back-squat", k)}\")",
            k => $"athlete.History.Any(h => h.Exercise == \"{After(Exercises, "back-squat", k)}\")",
            k => { var exercise = After(Exercises, "back-squat", k); return a => a.History.Any(h => h.Exercise == exercise); }),
        new("ManySets",
            k => $"athlete.history.Sum(h => h.sets) >= {12 + (k % 10)}",
            k => $"athlete.History.Sum(h => h.Sets) >= {12 + (k % 10)}",
            k => { var least = 12 + (k % 10); return a => a.History.Sum(h => h.Sets) >= least; }),
        new("ShortSessions",
            k => $"athlete.sessionMinutes < {30 + (5 * (k % 7))}",
            k => $"athlete.SessionMinutes < {30 + (5 * (k % 7))}",
            k => { var minutes = 30 + (5 * (k % 7)); return a => a.SessionMinutes < minutes; }),
        new("WeeklyMinutes",
            k => $"athlete.sessionMinutes * (athlete.strengthDays ?? 2) >= {90 + (10 * (k % 8))}",
            k => $"athlete.SessionMinutes * (athlete.StrengthDays ?? 2) >= {90 + (10 * (k % 8))}",
            k => { var least = 90 + (10 * (k % 8)); return a => a.SessionMinutes * (a.StrengthDays ?? 2) >= least; }),
        new("WantsManyDays",
            k => $"athlete.strengthDays != null && athlete.strengthDays >= {3 - (k % 3)}",
            k => $"athlete.StrengthDays != null && athlete.StrengthDays >= {3 - (k % 3)}",
            k => { var least = 3 - (k % 3); return a => a.StrengthDays != null && a.StrengthDays >= least; }),
        new("LongRace",
            k => $"athlete.race != null && athlete.race.distance in (\"{Spell(After(Distances, RaceDistance.Marathon, k))}\", \"{Spell(After(Distances, RaceDistance.Ultra, k))}\")",
            k => $"athlete.Race != null && athlete.Race.Distance in (RaceDistance.{After(Distances, RaceDistance.Marathon, k)}, RaceDistance.{After(Distances, RaceDistance.Ultra, k)})",
            k =>
            {
                var first = After(Distances, RaceDistance.Marathon, k);
                var second = After(Distances, RaceDistance.Ultra, k);
                return a => a.Race != null && (a.Race.Distance == first || a.Race.Distance == second);
            }),
        new("NoRaceSoon",
            k => $"athlete.race == null || athlete.race.date > \"{Spell(FirstRaceCutoff.AddDays(14 * k))}\"",
            k => { var cutoff = FirstRaceCutoff.AddDays(14 * k); return $"athlete.Race == null || athlete.Race.Date > DateOnly({cutoff.Year}, {cutoff.Month}, {cutoff.Day})"; },
            k => { var cutoff = FirstRaceCutoff.AddDays(14 * k); return a => a.Race == null || a.Race.Date > cutoff; }),
        new("MinutesForLevel",
            k => $"iif(athlete.level == \"beginner\", {30 + (5 * (k % 4))}, 45) <= athlete.sessionMinutes",
            k => $"iif(athlete.Level == AthleteLevel.Beginner, {30 + (5 * (k % 4))}, 45) <= athlete.SessionMinutes",
            k => { var beginner = 30 + (5 * (k % 4)); return a => (a.Level == AthleteLevel.Beginner ? beginner : 45) <= a.SessionMinutes; }),
        new("MinutesForEquipment",
            k => $"iif(athlete.equipment.Contains(\"{After(Equipment, "kettlebell", k)}\"), athlete.sessionMinutes >= 20, athlete.sessionMinutes >= {40 + (5 * (k % 4))})",
            k => $"iif(athlete.Equipment.Contains(\"{After(Equipment, "kettlebell", k)}\"), athlete.SessionMinutes >= 20, athlete.SessionMinutes >= {40 + (5 * (k % 4))})",
            k =>
            {
                var word = After(Equipment, "kettlebell", k);
                var minutes = 40 + (5 * (k % 4));
                return a => a.Equipment.Contains(word) ? a.SessionMinutes >= 20 : a.SessionMinutes >= minutes;
            }),
        new("RunsOnEasyDays",
            k => $"iif(athlete.week.monday == \"rest\", 0, 1) + iif(athlete.week.wednesday == \"rest\", 0, 1) + iif(athlete.week.friday == \"rest\", 0, 1) + iif(athlete.week.saturday == \"rest\", 0, 1) >= {3 - (k % 3)}",
            k => $"iif(athlete.Week.Monday == RunKind.Rest, 0, 1) + iif(athlete.Week.Wednesday == RunKind.Rest, 0, 1) + iif(athlete.Week.Friday == RunKind.Rest, 0, 1) + iif(athlete.Week.Saturday == RunKind.Rest, 0, 1) >= {3 - (k % 3)}",
            k =>
            {
                var least = 3 - (k % 3);
                return a => (a.Week.Monday == RunKind.Rest ? 0 : 1) + (a.Week.Wednesday == RunKind.Rest ? 0 : 1)
                    + (a.Week.Friday == RunKind.Rest ? 0 : 1) + (a.Week.Saturday == RunKind.Rest ? 0 : 1) >= least;
            }),
        new("ExperiencedWithHistory",
            k => $"athlete.level != \"beginner\" && athlete.history.Count >= {4 + (k % 5)}",
            k => $"athlete.Level != AthleteLevel.Beginner && athlete.History.Count >= {4 + (k % 5)}",
            k => { var least = 4 + (k % 5); return a => a.Level != AthleteLevel.Beginner && a.History.Count >= least; }),
    ];
}

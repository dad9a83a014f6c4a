using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// The 30-rule workflow (variant 0 of <see cref="CoachingRuleTemplates"/>) as a developer would write it by hand:
/// straight C#, constants inline. It computes the per-rule results and nothing else, a <c>bool</c> per rule in file
/// order: the least any evaluator of these rules has to do, so the honest baseline.
/// </summary>
public static class HandWrittenPolicy
{
    /// <summary>The rule count: one result per rule.</summary>
    public const int RuleCount = 30;

    public static bool[] Evaluate(AthleteProfile a)
    {
        var passed = new bool[RuleCount];
        var week = a.Week;
        var readiness = a.Readiness;
        passed[0] = a.Level == AthleteLevel.Beginner; // LevelIs
        passed[1] = a.Level >= AthleteLevel.Intermediate; // LevelAtLeast
        passed[2] = week.Tuesday is RunKind.Tempo or RunKind.Intervals; // QualityDay
        passed[3] = week.Thursday is RunKind.Tempo or RunKind.Intervals or RunKind.Hills or RunKind.RacePace; // HardDay
        passed[4] = week.Sunday == RunKind.Long; // DayIs
        passed[5] = week.Tuesday is RunKind.Tempo or RunKind.Intervals or RunKind.Hills && week.Wednesday is RunKind.Tempo or RunKind.Intervals or RunKind.Hills; // BackToBackQuality
        passed[6] = a.Equipment.Contains("dumbbells"); // HasEquipment
        passed[7] = a.Equipment.Contains("barbell") && a.Equipment.Contains("bench"); // HasBarbellAndBench
        passed[8] = a.Equipment.Count <= 0; // BodyweightOnly
        passed[9] = a.Injuries.Contains("knee"); // HasInjury
        passed[10] = a.Injuries.Count > 0; // AnyInjury
        passed[11] = readiness != null && readiness.Soreness >= 7; // SoreLegs
        passed[12] = readiness != null && (readiness.SleepHours ?? 8) < 6; // ShortSleep
        passed[13] = readiness != null && readiness.RestingHrDelta >= 5; // RaisedRestingHr
        passed[14] = readiness != null && readiness.Mood <= 2; // LowMood
        passed[15] = readiness != null && (readiness.Soreness ?? 0) + ((5 - (readiness.Mood ?? 3)) * 2) >= 10; // ReadinessScoreLow
        passed[16] = a.History.Any(h => h.Reps >= 15 && (h.Rpe == null || h.Rpe <= 7)); // HighRepsFeelEasy
        passed[17] = a.History.Any(h => h.Seconds >= 45 && h.Rpe <= 7); // LongHoldsFeelEasy
        passed[18] = a.History.Any(h => h.Rpe >= 9); // NearFailure
        passed[19] = a.History.Any(h => h.Exercise == "back-squat"); // DidExercise
        passed[20] = a.History.Sum(h => h.Sets) >= 12; // ManySets
        passed[21] = a.SessionMinutes < 30; // ShortSessions
        passed[22] = a.SessionMinutes * (a.StrengthDays ?? 2) >= 90; // WeeklyMinutes
        passed[23] = a.StrengthDays != null && a.StrengthDays >= 3; // WantsManyDays
        passed[24] = a.Race != null && a.Race.Distance is RaceDistance.Marathon or RaceDistance.Ultra; // LongRace
        passed[25] = a.Race == null || a.Race.Date > new DateOnly(2027, 1, 1); // NoRaceSoon
        passed[26] = (a.Level == AthleteLevel.Beginner ? 30 : 45) <= a.SessionMinutes; // MinutesForLevel
        passed[27] = a.Equipment.Contains("kettlebell") ? a.SessionMinutes >= 20 : a.SessionMinutes >= 40; // MinutesForEquipment
        passed[28] = (week.Monday == RunKind.Rest ? 0 : 1) + (week.Wednesday == RunKind.Rest ? 0 : 1) + (week.Friday == RunKind.Rest ? 0 : 1) + (week.Saturday == RunKind.Rest ? 0 : 1) >= 3; // RunsOnEasyDays
        passed[29] = a.Level != AthleteLevel.Beginner && a.History.Count >= 4; // ExperiencedWithHistory
        return passed;
    }
}

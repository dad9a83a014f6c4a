using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// The 30-rule workflow (variant 0 of <see cref="CoachingRuleTemplates"/>) as a developer would write it by hand:
/// straight C#, constants inline, returning the names of the rules that hold.
/// </summary>
public static class HandWrittenPolicy
{
    public static List<string> Evaluate(AthleteProfile a)
    {
        var passed = new List<string>();
        var week = a.Week;
        var readiness = a.Readiness;
        if (a.Level == AthleteLevel.Beginner)
        {
            passed.Add("LevelIs");
        }

        if (a.Level >= AthleteLevel.Intermediate)
        {
            passed.Add("LevelAtLeast");
        }

        if (week.Tuesday is RunKind.Tempo or RunKind.Intervals)
        {
            passed.Add("QualityDay");
        }

        if (week.Thursday is RunKind.Tempo or RunKind.Intervals or RunKind.Hills or RunKind.RacePace)
        {
            passed.Add("HardDay");
        }

        if (week.Sunday == RunKind.Long)
        {
            passed.Add("DayIs");
        }

        if (week.Tuesday is RunKind.Tempo or RunKind.Intervals or RunKind.Hills && week.Wednesday is RunKind.Tempo or RunKind.Intervals or RunKind.Hills)
        {
            passed.Add("BackToBackQuality");
        }

        if (a.Equipment.Contains("dumbbells"))
        {
            passed.Add("HasEquipment");
        }

        if (a.Equipment.Contains("barbell") && a.Equipment.Contains("bench"))
        {
            passed.Add("HasBarbellAndBench");
        }

        if (a.Equipment.Count <= 0)
        {
            passed.Add("BodyweightOnly");
        }

        if (a.Injuries.Contains("knee"))
        {
            passed.Add("HasInjury");
        }

        if (a.Injuries.Count > 0)
        {
            passed.Add("AnyInjury");
        }

        if (readiness != null && readiness.Soreness >= 7)
        {
            passed.Add("SoreLegs");
        }

        if (readiness != null && (readiness.SleepHours ?? 8) < 6)
        {
            passed.Add("ShortSleep");
        }

        if (readiness != null && readiness.RestingHrDelta >= 5)
        {
            passed.Add("RaisedRestingHr");
        }

        if (readiness != null && readiness.Mood <= 2)
        {
            passed.Add("LowMood");
        }

        if (readiness != null && (readiness.Soreness ?? 0) + ((5 - (readiness.Mood ?? 3)) * 2) >= 10)
        {
            passed.Add("ReadinessScoreLow");
        }

        if (a.History.Any(h => h.Reps >= 15 && (h.Rpe == null || h.Rpe <= 7)))
        {
            passed.Add("HighRepsFeelEasy");
        }

        if (a.History.Any(h => h.Seconds >= 45 && h.Rpe <= 7))
        {
            passed.Add("LongHoldsFeelEasy");
        }

        if (a.History.Any(h => h.Rpe >= 9))
        {
            passed.Add("NearFailure");
        }

        if (a.History.Any(h => h.Exercise == "back-squat"))
        {
            passed.Add("DidExercise");
        }

        if (a.History.Sum(h => h.Sets) >= 12)
        {
            passed.Add("ManySets");
        }

        if (a.SessionMinutes < 30)
        {
            passed.Add("ShortSessions");
        }

        if (a.SessionMinutes * (a.StrengthDays ?? 2) >= 90)
        {
            passed.Add("WeeklyMinutes");
        }

        if (a.StrengthDays != null && a.StrengthDays >= 3)
        {
            passed.Add("WantsManyDays");
        }

        if (a.Race != null && a.Race.Distance is RaceDistance.Marathon or RaceDistance.Ultra)
        {
            passed.Add("LongRace");
        }

        if (a.Race == null || a.Race.Date > new DateOnly(2027, 1, 1))
        {
            passed.Add("NoRaceSoon");
        }

        if ((a.Level == AthleteLevel.Beginner ? 30 : 45) <= a.SessionMinutes)
        {
            passed.Add("MinutesForLevel");
        }

        if (a.Equipment.Contains("kettlebell") ? a.SessionMinutes >= 20 : a.SessionMinutes >= 40)
        {
            passed.Add("MinutesForEquipment");
        }

        if ((week.Monday == RunKind.Rest ? 0 : 1) + (week.Wednesday == RunKind.Rest ? 0 : 1) + (week.Friday == RunKind.Rest ? 0 : 1) + (week.Saturday == RunKind.Rest ? 0 : 1) >= 3)
        {
            passed.Add("RunsOnEasyDays");
        }

        if (a.Level != AthleteLevel.Beginner && a.History.Count >= 4)
        {
            passed.Add("ExperiencedWithHistory");
        }

        return passed;
    }
}

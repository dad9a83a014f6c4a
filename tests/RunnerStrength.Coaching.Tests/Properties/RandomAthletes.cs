using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// Seeded random athlete profiles: any level, running week, race 0-30 weeks out, equipment, injuries, readiness,
/// history and session length. The same seed gives the same profile on every run, so a failure can be replayed.
/// </summary>
internal static class RandomAthletes
{
    /// <summary>Every plan the property tests design starts on this Monday.</summary>
    public static readonly DateOnly Start = new(2026, 11, 23);

    public static readonly string[] EquipmentWords =
    [
        "bands", "dumbbells", "kettlebell", "barbell", "bench", "box", "step", "pull-up-bar", "sliders", "ab-wheel",
        "nordic-strap", "ankle-strap", "slant-board", "sled", "cable-machine", "leg-press", "leg-extension", "foam-roller",
    ];

    public static readonly string[] InjuryTags = ["knee", "ankle", "foot", "achilles", "calf", "shin", "hip", "hamstring", "groin", "back", "shoulder"];

    // Weighted like real running weeks: mostly rest and easy days, some quality, now and then a long run.
    private static readonly RunKind[] DayChoices =
    [
        RunKind.Rest, RunKind.Rest, RunKind.Rest, RunKind.Easy, RunKind.Easy, RunKind.Easy, RunKind.Recovery,
        RunKind.Long, RunKind.Tempo, RunKind.Intervals, RunKind.Hills, RunKind.RacePace,
    ];

    public static AthleteProfile Create(int seed, ExerciseCatalog catalog)
    {
        var random = new Random(seed);
        var days = Enumerable.Range(0, 7).Select(_ => DayChoices[random.Next(DayChoices.Length)]).ToArray();
        if (days.All(d => d == RunKind.Rest))
        {
            days[random.Next(7)] = RunKind.Easy;
        }

        return new AthleteProfile
        {
            Name = $"Random athlete {seed}",
            Level = (AthleteLevel)random.Next(3),
            Week = new RunningWeek
            {
                Monday = days[0],
                Tuesday = days[1],
                Wednesday = days[2],
                Thursday = days[3],
                Friday = days[4],
                Saturday = days[5],
                Sunday = days[6],
            },
            Race = random.Next(4) == 0 ? null : new RaceInfo
            {
                Date = Start.AddDays((7 * random.Next(31)) + random.Next(7)),
                Distance = (RaceDistance)random.Next(5),
            },
            Equipment = random.Next(5) == 0 ? [] : [.. EquipmentWords.Where(_ => random.Next(3) == 0)],
            SessionMinutes = random.Next(15, 91),
            StrengthDays = random.Next(3) == 0 ? null : random.Next(1, 5),
            Injuries = random.Next(10) < 3 ? [.. InjuryTags.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Order(StringComparer.Ordinal)] : [],
            Readiness = random.Next(10) < 4 ? new Readiness
            {
                Soreness = random.Next(11),
                SleepHours = 4 + (random.Next(11) * 0.5),
                RestingHrDelta = random.Next(-3, 11),
                Mood = random.Next(1, 6),
            } : null,
            History = [.. Enumerable.Range(0, random.Next(6)).Select(_ => History(random, catalog))],
        };
    }

    private static HistoryEntry History(Random random, ExerciseCatalog catalog)
    {
        var exercise = catalog.Exercises[random.Next(catalog.Exercises.Count)];
        var timed = exercise.Dose.Reps is null;
        return new HistoryEntry
        {
            Date = Start.AddDays(-random.Next(1, 15)),
            Exercise = exercise.Id,
            Sets = random.Next(1, 5),
            Reps = timed ? null : random.Next(5, 21),
            Seconds = timed ? random.Next(15, 91) : null,
            Rpe = random.Next(4) == 0 ? null : 5 + (random.Next(11) * 0.5),
            Load = random.Next(2) == 0 ? null : $"{random.Next(4, 60)} kg",
        };
    }
}

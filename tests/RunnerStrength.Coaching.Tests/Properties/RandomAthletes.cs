using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// Seeded random athlete profiles: any level, running week, race 0-30 weeks out, equipment, injuries, readiness,
/// history and session length. Busy weeks (every easy and rest day before a hard run), ultra runners with back-to-back
/// long runs and 20- or 25-minute sessions come often enough to exercise the fallback and the set budget's edges.
/// The same seed gives the same profile on every run, so a failure can be replayed.
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

    // The long run twice first, then the quality runs.
    private static readonly RunKind[] HardChoices = [RunKind.Long, RunKind.Long, RunKind.Tempo, RunKind.Intervals, RunKind.Hills, RunKind.RacePace];

    private static readonly RunKind[] SoftChoices = [RunKind.Rest, RunKind.Rest, RunKind.Easy, RunKind.Easy, RunKind.Recovery];

    // Short sessions, one under and one at the 25 minutes from which the weekly set budget is asked.
    private static readonly int[] ShortSessions = [20, 25];

    public static AthleteProfile Create(int seed, ExerciseCatalog catalog)
    {
        var random = new Random(seed);
        var level = (AthleteLevel)random.Next(3);
        var race = random.Next(4) == 0 ? null : new RaceInfo
        {
            Date = Start.AddDays((7 * random.Next(31)) + random.Next(7)),
            Distance = (RaceDistance)random.Next(5),
        };

        // One profile in four runs a busy week, where no easy or rest day is free for strength: the fallback's case.
        var days = random.Next(4) == 0 ? BusyWeek(random) : UsualWeek(random);
        if (race?.Distance == RaceDistance.Ultra && random.Next(2) == 0)
        {
            // Back-to-back long runs, as ultra runners do.
            days[5] = RunKind.Long;
            days[6] = RunKind.Long;
        }

        var profile = new AthleteProfile
        {
            Name = $"Random athlete {seed}",
            Level = level,
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
            Race = race,
            Equipment = random.Next(5) == 0 ? [] : [.. EquipmentWords.Where(_ => random.Next(3) == 0)],
            SessionMinutes = random.Next(5) == 0 ? ShortSessions[random.Next(ShortSessions.Length)] : random.Next(15, 91),
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

        // Drawn last, so the draws above stay as they were: half the injuries are recovering, most profiles give a body weight.
        return profile with
        {
            Recovering = [.. profile.Injuries.Where(_ => random.Next(2) == 0)],
            BodyWeightKg = random.Next(4) == 0 ? null : 45 + random.Next(50),
        };
    }

    /// <summary>True when every easy, recovery and rest day comes the day before a quality run or the long run (Sunday before Monday).</summary>
    public static bool IsBusy(RunningWeek week, IReadOnlySet<RunKind> qualityRuns)
    {
        var days = Enum.GetValues<DayOfWeek>().Select(week.On).ToArray();
        bool Hard(RunKind run) => run == RunKind.Long || qualityRuns.Contains(run);
        return Enumerable.Range(0, 7).All(i => Hard(days[i]) || Hard(days[(i + 1) % 7]));
    }

    private static RunKind[] UsualWeek(Random random)
    {
        var days = Enumerable.Range(0, 7).Select(_ => DayChoices[random.Next(DayChoices.Length)]).ToArray();
        if (days.All(d => d == RunKind.Rest))
        {
            days[random.Next(7)] = RunKind.Easy;
        }

        return days;
    }

    /// <summary>
    /// Monday first. Hard runs everywhere but one quality run followed by an easy or rest day (where the fallback can go),
    /// then more easy or rest days where a hard run follows and none precedes, so each stays before a hard run.
    /// </summary>
    private static RunKind[] BusyWeek(Random random)
    {
        static bool Hard(RunKind run) => run is not (RunKind.Rest or RunKind.Easy or RunKind.Recovery);
        var days = Enumerable.Range(0, 7).Select(_ => HardChoices[random.Next(HardChoices.Length)]).ToArray();
        var quality = random.Next(7);
        days[quality] = HardChoices[random.Next(2, HardChoices.Length)];
        days[(quality + 1) % 7] = SoftChoices[random.Next(SoftChoices.Length)];
        int[] kept = [quality, (quality + 1) % 7, (quality + 2) % 7];
        foreach (var day in Enumerable.Range(0, 7).Except(kept).OrderBy(_ => random.Next()).ToList())
        {
            if (Hard(days[(day + 1) % 7]) && Hard(days[(day + 6) % 7]) && random.Next(4) != 0)
            {
                days[day] = SoftChoices[random.Next(SoftChoices.Length)];
            }
        }

        return days;
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

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// Athlete profiles made from a seed for lint's population. Each is written as an athlete file would be and read
/// with <see cref="AthleteProfileReader"/>, so it is valid by the schema and the reader's checks. Together they
/// cover every word of the schema's enums (level, run kinds on every weekday, race distances and days, equipment,
/// injuries and their status) and the ends of its ranges (session minutes, strength days, race weeks, body weight,
/// readiness, the log's sets, reps, seconds and RPE), and the log names every exercise of the catalog. Athlete
/// <c>i</c> of a seed is the same whatever the count, so a finding's athlete can be made again from its seed and index.
/// </summary>
public static class GeneratedAthletes
{
    /// <summary>The seed when none is given.</summary>
    public const int DefaultSeed = 1;

    /// <summary>How many athletes are generated when no count is given.</summary>
    public const int DefaultCount = 400;

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Loads as the log writes them, read by LoggedLoad or kept as text: {0} is a number of kilos or pounds.
    private static readonly string[] LoadForms = ["{0} kg", "2 x {0} kg", "{0} lb", "bodyweight", "red band"];

    private static readonly double[] RpeSteps = [5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10];

    // A logged lift's effort, from comfortable to far too heavy.
    private static readonly double[] LiftRpe = [6, 7, 8, 9, 9.5, 10];

    /// <summary>Athletes 0 to <paramref name="count"/> - 1 of <paramref name="seed"/>, their logs and readings dated before <paramref name="start"/>.</summary>
    public static ImmutableArray<LintAthlete> Create(int seed, int count, ExerciseCatalog catalog, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Enumerable.Range(0, count).Select(i => Athlete(seed, i, catalog, start))];
    }

    /// <summary>Athlete <paramref name="index"/> of <paramref name="seed"/>.</summary>
    public static LintAthlete Athlete(int seed, int index, ExerciseCatalog catalog, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var json = Profile(seed, index, catalog, start).ToJsonString(Written).ReplaceLineEndings("\n");
        var read = AthleteProfileReader.Read(SourceText.From(json, $"generated athlete {index}"));
        if (!read.Succeeded)
        {
            // A bug in this class, never the user's: every value comes from the schema's own lists and ranges.
            throw new InvalidOperationException($"generated athlete {index} of seed {seed} is not a valid profile: {string.Join("; ", read.Diagnostics.Where(d => d.IsError))}\n{json}");
        }

        return new LintAthlete
        {
            Profile = read.Profile!,
            Label = $"generated athlete {index} ({Summary(read.Profile!)})",
            GeneratedIndex = index,
            ProfileJson = json,
        };
    }

    /// <summary>What tells one generated athlete from another at a glance: level, race, session length, runs a week.</summary>
    private static string Summary(AthleteProfile profile)
    {
        var race = profile.Race is { } r ? $"{Word(r.Distance)} in week {r.InWeeks}" : "no race";
        var runs = Enum.GetValues<DayOfWeek>().Count(d => profile.Week.On(d) != Vocabulary.RunKind.Rest);
        return $"{Word(profile.Level)}, {race}, {profile.SessionMinutes}-minute sessions, {runs} {(runs == 1 ? "run" : "runs")} a week";
    }

    private static string Word<T>(T value)
        where T : struct, Enum => Rendering.EnumSpelling.Of(value);

    /// <summary>The profile as an athlete file holds it.</summary>
    internal static JsonObject Profile(int seed, int index, ExerciseCatalog catalog, DateOnly start)
    {
        var schema = AthleteSchemaValues.Shipped;
        var random = LintRandom.For(seed, index);
        var cover = new Cover(index);
        var profile = new JsonObject
        {
            ["name"] = $"Generated athlete {index}",
            ["id"] = $"generated-{seed}-{index}",
            ["level"] = cover.Cycle(schema.Levels, 1),
            ["week"] = Week(schema.RunKinds, cover, random),
        };

        // Every distance meets every level in each run of levels x (distances + no race).
        var distance = (index / schema.Levels.Length) % (schema.Distances.Length + 1);
        if (distance > 0)
        {
            var race = new JsonObject
            {
                ["distance"] = schema.Distances[distance - 1],
                // The ends of the range one raced athlete in 25 (plans of 103 and 104 weeks are long); else up to 30 weeks.
                ["inWeeks"] = index % 25 == 7 ? schema.InWeeks.IntBoundaries[(index / 25) % schema.InWeeks.IntBoundaries.Length] : random.Between(schema.InWeeks.IntMin, 30),
            };
            if (random.OneIn(3))
            {
                race["day"] = cover.Cycle(schema.RaceDays, 2);
            }

            profile["race"] = race;
        }

        var equipment = Equipment(schema.Equipment, cover, random);
        if (equipment is not null)
        {
            profile["equipment"] = equipment;
        }

        profile["sessionMinutes"] = cover.Number(schema.SessionMinutes.IntBoundaries, 5, () => random.OneIn(6) ? random.Between(schema.SessionMinutes.IntMin, schema.SessionMinutes.IntMax) : random.Between(15, 90));
        if (!random.OneIn(3))
        {
            profile["strengthDays"] = cover.Number(schema.StrengthDays.IntBoundaries, 7, () => random.Between(schema.StrengthDays.IntMin, schema.StrengthDays.IntMax));
        }

        if (index % 3 == 1 || random.OneIn(5))
        {
            profile["injuries"] = Injuries(schema, cover, random);
        }

        if (Readiness(schema, cover, random, start) is { } readiness)
        {
            profile["readiness"] = readiness;
        }

        if (!random.OneIn(4))
        {
            profile["bodyWeightKg"] = cover.Number(schema.BodyWeightKg.IntBoundaries, 11, () => random.Between(45, 110) + (random.Next(2) * 0.5));
        }

        var kit = equipment?.Select(e => e!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var history = History(schema, catalog, kit, cover, random, start);
        if (history.Count > 0)
        {
            profile["history"] = history;
        }

        return profile;
    }

    // The first athletes hold every run kind on every weekday; then weeks are drawn, now and then a busy one (no free
    // easy day before a hard run) or one run a week, and never a week without a run (RS5001).
    private static JsonObject Week(ImmutableArray<string> kinds, Cover cover, LintRandom random)
    {
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var rest = kinds.Contains("rest") ? "rest" : kinds[0];
        string[] picked;
        if (cover.Index < kinds.Length)
        {
            picked = [.. days.Select((_, d) => kinds[(cover.Index + d) % kinds.Length])];
        }
        else if (random.OneIn(8))
        {
            picked = [.. days.Select(_ => rest)];
            picked[random.Next(7)] = random.Pick(kinds.Where(k => k != rest).ToList());
        }
        else if (random.OneIn(6))
        {
            picked = [.. days.Select(_ => random.Pick(kinds.Where(k => k != rest).ToList()))];
        }
        else
        {
            picked = [.. days.Select(_ => random.OneIn(3) ? rest : random.Pick(kinds))];
        }

        if (picked.All(k => k == rest))
        {
            picked[random.Next(7)] = kinds.First(k => k != rest);
        }

        var week = new JsonObject();
        for (var d = 0; d < days.Length; d++)
        {
            week[days[d]] = picked[d];
        }

        return week;
    }

    private static JsonArray? Equipment(ImmutableArray<string> words, Cover cover, LintRandom random)
    {
        switch (cover.Index % 5)
        {
            case 0:
                return random.OneIn(2) ? null : [];
            case 1:
                return [.. words.Select(w => (JsonNode)w)];
            default:
                var chosen = words.Where((w, i) => i == cover.Index % words.Length || random.OneIn(3)).ToList();
                return [.. chosen.Select(w => (JsonNode)w)];
        }
    }

    // One to three injuries; the first cycles through the tags. As a tag, or an object with or without a status.
    private static JsonArray Injuries(AthleteSchemaValues schema, Cover cover, LintRandom random)
    {
        var tags = new List<string> { schema.Injuries[(cover.Index / 3) % schema.Injuries.Length] };
        var more = random.Next(3);
        while (tags.Count <= more)
        {
            var tag = random.Pick(schema.Injuries);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        var list = new JsonArray();
        foreach (var tag in tags)
        {
            list.Add(random.Next(3) switch
            {
                0 => (JsonNode)tag,
                1 => new JsonObject { ["tag"] = tag },
                _ => new JsonObject { ["tag"] = tag, ["status"] = random.Pick(schema.InjuryStatuses) },
            });
        }

        return list;
    }

    // None, one reading, or dated readings (up to a few, now and then as many as the schema allows).
    private static JsonNode? Readiness(AthleteSchemaValues schema, Cover cover, LintRandom random, DateOnly start)
    {
        switch (cover.Index % 4)
        {
            case 0:
                return null;
            case 1:
                return Reading(schema, cover, random, null);
            default:
                var count = random.OneIn(25) ? (int)schema.Readings.Max : random.Between((int)schema.Readings.Min, 3);
                var readings = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    readings.Add(Reading(schema, cover, random, start.AddDays(-1 - (2 * i))));
                }

                return readings;
        }
    }

    private static JsonObject Reading(AthleteSchemaValues schema, Cover cover, LintRandom random, DateOnly? date)
    {
        var reading = new JsonObject();
        if (date is { } day)
        {
            reading["date"] = Date(day);
        }

        if (!random.OneIn(5))
        {
            reading["soreness"] = cover.Number(schema.Soreness.IntBoundaries, 13, () => random.Between(schema.Soreness.IntMin, schema.Soreness.IntMax));
        }

        if (!random.OneIn(5))
        {
            reading["sleepHours"] = cover.Number(schema.SleepHours.IntBoundaries, 17, () => random.Between(8, 20) * 0.5);
        }

        if (!random.OneIn(5))
        {
            reading["restingHrDelta"] = cover.Number(schema.RestingHrDelta.IntBoundaries, 19, () => random.Between(-5, 12));
        }

        if (!random.OneIn(5))
        {
            reading["mood"] = cover.Number(schema.Mood.IntBoundaries, 23, () => random.Between(schema.Mood.IntMin, schema.Mood.IntMax));
        }

        return reading;
    }

    // Up to six log entries, mostly of exercises the athlete's equipment allows (now and then one it does not, logged
    // elsewhere). Reps or seconds as the catalog doses the exercise, so the log reads as the athlete's own.
    private static JsonArray History(AthleteSchemaValues schema, ExerciseCatalog catalog, HashSet<string> equipment, Cover cover, LintRandom random, DateOnly start)
    {
        var history = new JsonArray();
        var usable = catalog.Exercises.Where(x => x.Equipment.All(equipment.Contains)).ToList();
        if (usable.Count == 0 || cover.Index % 3 == 0)
        {
            return history;
        }

        // Half the entries of an athlete with loaded work are loaded lifts in kilos, one piece of kit after another (so a
        // barbell owner logs barbell lifts as often as dumbbell ones), at an effort that turns with the index from
        // comfortable to far too heavy: every step up and back of the log comes up for every kind of kit.
        var loaded = usable.Where(x => x.Equipment.Count > 0).ToList();
        var kit = loaded.SelectMany(x => x.Equipment).Distinct().Order(StringComparer.Ordinal).ToList();
        var count = random.Between(0, 5);
        for (var e = 0; e <= count; e++)
        {
            var sweep = e == count;
            var lift = !sweep && kit.Count > 0 && (e == 0 || random.OneIn(2));
            Exercise exercise;
            if (lift)
            {
                var word = kit[(cover.Index + e) % kit.Count];
                var lifts = loaded.Where(x => x.Equipment.Contains(word)).ToList();
                exercise = lifts[((cover.Index / kit.Count) + e) % lifts.Count];
            }
            else if (sweep)
            {
                // A last entry sweeps the catalog, one exercise after another over the athletes with a log (two in
                // three), so every exercise is logged by someone, whatever the kit it needs.
                exercise = catalog.Exercises[(cover.Index - (cover.Index / 3) - 1) % catalog.Exercises.Count];
            }
            else
            {
                exercise = random.OneIn(8) ? random.Pick(catalog.Exercises) : usable[((cover.Index * 6) + e) % usable.Count];
            }

            var entry = new JsonObject
            {
                ["date"] = Date(start.AddDays(-random.Between(1, 14))),
                ["exercise"] = exercise.Id,
                ["sets"] = cover.Number(schema.Sets.IntBoundaries, 29 + e, () => random.Between(2, 5)),
            };
            if (exercise.Dose.Reps is null)
            {
                entry["seconds"] = cover.Number(schema.Seconds.IntBoundaries, 31 + e, () => random.Between(10, 90));
            }
            else
            {
                entry["reps"] = cover.Number(schema.Reps.IntBoundaries, 37 + e, () => random.Between(4, 22));
            }

            if (lift)
            {
                entry["rpe"] = LiftRpe[((cover.Index / 2) + e) % LiftRpe.Length];
                entry["load"] = $"{random.Between(8, 60) * 2} kg";
                history.Add(entry);
                continue;
            }

            if (!random.OneIn(5))
            {
                entry["rpe"] = cover.Number(schema.Rpe.IntBoundaries, 41 + e, () => random.Pick(RpeSteps));
            }

            if (exercise.Equipment.Count > 0 || random.OneIn(4))
            {
                var amount = random.Between(2, 60) * (random.OneIn(2) ? 2 : 1);
                entry["load"] = string.Format(CultureInfo.InvariantCulture, random.Pick(LoadForms), amount);
            }

            history.Add(entry);
        }

        return history;
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Covering choices for athlete <see cref="Index"/>: an enum cycles through its words, and a number takes one of its
    /// boundaries one athlete in four (which one turns with the index), else the drawn value. <c>salt</c> keeps fields
    /// from turning in step.
    /// </summary>
    private readonly record struct Cover(int Index)
    {
        public string Cycle(ImmutableArray<string> words, int salt) => words[(Index + salt) % words.Length];

        public JsonNode Boundary(int[] boundaries, int salt) => boundaries[((Index / 4) + salt) % boundaries.Length];

        public JsonNode Number(int[] boundaries, int salt, Func<JsonNode> drawn) =>
            (Index + salt) % 4 == 0 ? Boundary(boundaries, salt) : drawn();
    }
}

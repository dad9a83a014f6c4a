using System.Text.Json;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Tests.Catalog;

namespace RunnerStrength.Coaching.Tests.Samples;

public sealed class SampleAthleteTests
{
    private static readonly DateOnly FirstPlanMonday = new(2026, 11, 23);

    public static TheoryData<string> Files =>
    [
        .. Directory.EnumerateFiles(RepositoryPaths.SampleAthletes, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void There_are_at_least_sixteen_samples_including_the_named_scenarios()
    {
        var names = Directory.EnumerateFiles(RepositoryPaths.SampleAthletes, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();

        names.Count.ShouldBeGreaterThanOrEqualTo(16);
        string[] scenarios =
        [
            "beginner-bodyweight-10k", "advanced-gym-marathon", "race-this-week", "injured-knee", "one-run-a-week",
            "seven-runs-a-week", "no-race", "high-rep-history", "poor-readiness", "intermediate-half-marathon-bands-dumbbells",
            "injured-ankle-achilles", "ultra-trail", "advanced-5k-plyometric", "short-sessions", "busy-quality-week",
            "beginner-race-in-six-weeks",
        ];
        scenarios.ShouldBeSubsetOf(names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_loads_cleanly(string file)
    {
        var result = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, file));

        result.Diagnostics.ShouldBeClean();
        result.Succeeded.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_references_the_schema(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SampleAthletes, file)));

        document.RootElement.GetProperty("$schema").GetString().ShouldBe("../../../schemas/athlete.schema.json");
        File.Exists(Path.GetFullPath(Path.Combine(RepositoryPaths.SampleAthletes, "../../../schemas/athlete.schema.json"))).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_history_names_catalog_exercises_measured_as_dosed(string file)
    {
        var result = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, file));
        var profile = result.Profile.ShouldNotBeNull();

        AthleteProfileReader.CheckAgainstCatalog(profile, result.Source, ShippedCatalog.Catalog).ShouldBeClean();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_race_is_in_the_window_the_scenario_tests_and_the_demo_need_from_their_start(string file)
    {
        var race = Load(file).DatedFrom(FirstPlanMonday).Race;
        if (race is null)
        {
            return;
        }

        var weeksOut = (race.Date.DayNumber - FirstPlanMonday.DayNumber) / 7.0;
        switch (Path.GetFileNameWithoutExtension(file))
        {
            case "race-this-week":
                race.Date.ShouldBe(new DateOnly(2026, 11, 28));
                race.Date.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
                break;
            case "beginner-race-in-six-weeks":
                weeksOut.ShouldBeInRange(5.0, 6.0);
                break;
            default:
                race.Date.Year.ShouldBe(2027);
                weeksOut.ShouldBeInRange(8.0, 20.0);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_race_counts_from_the_plan_start_so_the_sample_never_goes_stale(string file)
    {
        var profile = Load(file);

        if (profile.Race is { } race)
        {
            race.InWeeks.ShouldNotBeNull($"{file} gives its race a date, which the calendar will pass; give inWeeks");
            race.Date.ShouldBe(default);
        }
        else
        {
            Path.GetFileNameWithoutExtension(file).ShouldBeOneOf("no-race", "one-run-a-week");
        }
    }

    [Fact]
    public void The_scenarios_have_the_traits_their_names_promise()
    {
        Load("beginner-bodyweight-10k.json").ShouldSatisfyAllConditions(
            p => p.Equipment.ShouldBeEmpty(),
            p => p.Level.ShouldBe(Vocabulary.AthleteLevel.Beginner),
            p => p.Race.ShouldNotBeNull().Distance.ShouldBe(RaceDistance.TenK));
        Load("poor-readiness.json").Readiness.ShouldBe(new Readiness { Soreness = 8, SleepHours = 5.5, RestingHrDelta = 8, Mood = 2 });
        Load("short-sessions.json").SessionMinutes.ShouldBe(20);
        Load("no-race.json").Race.ShouldBeNull();
        Load("injured-knee.json").Injuries.ShouldBe(["knee"]);
        Load("injured-ankle-achilles.json").Injuries.ShouldBe(["ankle", "achilles"], ignoreOrder: true);
        Load("ultra-trail.json").Race.ShouldNotBeNull().Distance.ShouldBe(RaceDistance.Ultra);
        Load("advanced-5k-plyometric.json").Equipment.ShouldContain("box");

        RunDays(Load("one-run-a-week.json")).ShouldBe(1);
        RunDays(Load("seven-runs-a-week.json")).ShouldBe(7);

        var busy = Load("busy-quality-week.json");
        busy.StrengthDays.ShouldBe(3);
        Days(busy).Count(kind => kind is Vocabulary.RunKind.Tempo or Vocabulary.RunKind.Intervals or Vocabulary.RunKind.Hills or Vocabulary.RunKind.RacePace or Vocabulary.RunKind.Long).ShouldBe(4);

        var history = Load("high-rep-history.json").History;
        history.Count(h => h.Reps is >= 15 and <= 20 && h.Rpe <= 7).ShouldBeGreaterThanOrEqualTo(3);
        history.ShouldContain(h => h.Rpe >= 9);
    }

    [Fact]
    public void The_recovering_achilles_sample_shows_the_newer_profile_fields()
    {
        var profile = Load("recovering-achilles-logged.json");

        profile.Injuries.ShouldBe(["knee", "achilles"]);
        profile.Recovering.ShouldBe(["achilles"]);
        profile.ReadinessReadings.Count.ShouldBe(3);
        profile.Readiness.ShouldNotBeNull().Date.ShouldBe(new DateOnly(2026, 11, 21));
        profile.BodyWeightKg.ShouldBe(61.5);
        profile.History.Select(h => h.ParsedLoad?.TotalKilograms).ShouldBe([24, 2 * 30 * 0.45359237, null, 16]);
    }

    private static AthleteProfile Load(string file) =>
        AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, file)).Profile.ShouldNotBeNull();

    private static IEnumerable<Vocabulary.RunKind> Days(AthleteProfile profile) =>
        Enum.GetValues<DayOfWeek>().Select(profile.Week.On);

    private static int RunDays(AthleteProfile profile) => Days(profile).Count(kind => kind != Vocabulary.RunKind.Rest);
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Planning;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// Properties of every plan the default rules design: over the sample athletes and 200 seeded random profiles,
/// placement, one session a day, the taper, equipment, injuries, pattern coverage, minutes and determinism.
/// </summary>
public sealed class PlanPropertyTests
{
    private const int RandomProfiles = 200;
    private static readonly DateOnly Today = RandomAthletes.Start.AddDays(-2);

    public static TheoryData<string> SampleFiles =>
    [
        .. Directory.EnumerateFiles(RepositoryPaths.SampleAthletes, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_athlete_gets_a_plan_that_keeps_the_policy(string file)
    {
        var read = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, file));
        var athlete = read.Profile.ShouldNotBeNull();

        var problems = DesignAndCheck(file, athlete);

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public void Two_hundred_random_athletes_get_plans_that_keep_the_policy()
    {
        var problems = new List<string>();
        var designed = 0;
        for (var seed = 1; seed <= RandomProfiles; seed++)
        {
            var athlete = RandomAthletes.Create(seed, DefaultRules.Rules.Catalog);
            problems.AddRange(DesignAndCheck($"seed {seed}", athlete));
            designed++;
        }

        designed.ShouldBe(RandomProfiles);
        problems.ShouldBeEmpty($"{problems.Count} violations:\n" + string.Join("\n", problems.Take(60)));
    }

    [Fact]
    public void The_random_profiles_span_what_the_properties_claim_to_cover()
    {
        var athletes = Enumerable.Range(1, RandomProfiles).Select(seed => RandomAthletes.Create(seed, DefaultRules.Rules.Catalog)).ToList();

        athletes.Select(a => a.Level).Distinct().Count().ShouldBe(3);
        athletes.Count(a => a.Race is null).ShouldBeGreaterThan(20);
        athletes.Where(a => a.Race is not null).Select(a => (a.Race!.Date.DayNumber - RandomAthletes.Start.DayNumber) / 7).Distinct().Count().ShouldBeGreaterThan(25);
        athletes.Count(a => a.Injuries.Count > 0).ShouldBeGreaterThan(30);
        athletes.Count(a => a.Readiness is not null).ShouldBeGreaterThan(40);
        athletes.Count(a => a.History.Count > 0).ShouldBeGreaterThan(100);
        athletes.Min(a => a.SessionMinutes).ShouldBeLessThanOrEqualTo(16);
        athletes.Max(a => a.SessionMinutes).ShouldBeGreaterThanOrEqualTo(88);
        athletes.Count(a => a.Equipment.Count == 0).ShouldBeGreaterThan(20);
        athletes.Select(a => a.StrengthDays).Distinct().Count().ShouldBe(5);
    }

    private static List<string> DesignAndCheck(string label, AthleteProfile athlete)
    {
        var request = new PlanRequest { Athlete = athlete, Start = RandomAthletes.Start };
        var first = ProgramDesigner.Design(request, DefaultRules.Rules, Today);
        var errors = first.Diagnostics.Where(d => d.IsError || d.Code == "RS5063").ToList();
        if (first.Plan is null || errors.Count > 0)
        {
            return [$"{label}: no clean plan: {string.Join("; ", first.Diagnostics)}"];
        }

        var problems = new PlanInvariants(DefaultRules.Rules).Check(label, athlete, first.Plan);
        var second = ProgramDesigner.Design(request, DefaultRules.Rules, Today);
        if (PlanJson.Serialize(second.Plan.ShouldNotBeNull()) != PlanJson.Serialize(first.Plan))
        {
            problems.Add($"{label}: designing twice gave different JSON");
        }

        return problems;
    }
}

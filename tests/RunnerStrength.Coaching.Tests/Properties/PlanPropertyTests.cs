using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Planning;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// Properties of every plan the default rules design, over the sample athletes and 200 seeded random profiles: each
/// <see cref="PlanInvariant"/> on its own (so a failure says which one breaks), every invariant per sample, a clean
/// plan and the same plan twice.
/// </summary>
public sealed class PlanPropertyTests
{
    private const int RandomProfiles = 200;
    private const int ShownProblems = 40;
    private static readonly DateOnly Today = RandomAthletes.Start.AddDays(-2);

    // Designed and checked once for every test below: the random profiles are most of the run time.
    private static readonly Lazy<List<CheckedPlan>> Samples = new(() =>
        [.. SampleFileNames().Select(file => DesignAndCheck(file, AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, file)).Profile.ShouldNotBeNull()))]);

    private static readonly Lazy<List<CheckedPlan>> Randoms = new(() =>
        [.. Enumerable.Range(1, RandomProfiles).Select(seed => DesignAndCheck($"seed {seed}", RandomAthletes.Create(seed, DefaultRules.Rules.Catalog)))]);

    public static TheoryData<string> SampleFiles => [.. SampleFileNames()];

    public static TheoryData<PlanInvariant> Invariants => [.. Enum.GetValues<PlanInvariant>()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_athlete_gets_a_plan_that_keeps_the_policy(string file)
    {
        var plan = Samples.Value.Single(p => p.Label == file);

        var problems = plan.Failures.Concat(plan.Problems.Select(p => p.ToString())).ToList();

        problems.Count.ShouldBe(0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Invariants))]
    public void Every_sample_and_random_athlete_keeps(PlanInvariant invariant)
    {
        var plans = Samples.Value.Concat(Randoms.Value).ToList();

        var broken = plans.Where(p => p.Problems.Exists(q => q.Invariant == invariant)).ToList();

        var shown = broken.SelectMany(p => p.Problems.Where(q => q.Invariant == invariant).Take(2)).Take(ShownProblems).Select(q => q.Message);
        broken.Count.ShouldBe(0, $"{broken.Count} of {plans.Count} athletes break {invariant} ({broken.Sum(p => p.Problems.Count(q => q.Invariant == invariant))} problems); at most two each:\n" + string.Join("\n", shown));
    }

    [Fact]
    public void Every_athlete_gets_a_clean_plan_and_the_same_plan_twice()
    {
        var failures = Samples.Value.Concat(Randoms.Value).SelectMany(p => p.Failures).ToList();

        Randoms.Value.Count.ShouldBe(RandomProfiles);
        failures.Count.ShouldBe(0, string.Join("\n", failures.Take(ShownProblems)));
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
        athletes.Count(a => a.SessionMinutes == 20).ShouldBeGreaterThan(10);
        athletes.Count(a => a.SessionMinutes == 25).ShouldBeGreaterThan(10);
        athletes.Count(a => a.Equipment.Count == 0).ShouldBeGreaterThan(20);
        athletes.Select(a => a.StrengthDays).Distinct().Count().ShouldBe(5);

        // Busy weeks leave no easy or rest day free, so sessions fall back to a quality day followed by an easy or rest
        // day: with and without a race, and with the ultra runner's two long runs.
        var busy = athletes.Where(a => RandomAthletes.IsBusy(a.Week, DefaultRules.Rules.QualityRuns)).ToList();
        busy.Count.ShouldBeGreaterThan(30);
        busy.Count(a => a.Race is null).ShouldBeGreaterThan(5);
        busy.Count(a => Enum.GetValues<DayOfWeek>().Any(d => DefaultRules.Rules.QualityRuns.Contains(a.Week.On(d)) && a.Week.On((DayOfWeek)(((int)d + 1) % 7)) is RunKind.Rest or RunKind.Easy or RunKind.Recovery)).ShouldBeGreaterThan(25);
        athletes.Count(a => a.Race?.Distance == RaceDistance.Ultra && Enum.GetValues<DayOfWeek>().Count(d => a.Week.On(d) == RunKind.Long) >= 2).ShouldBeGreaterThan(5);
    }

    private static IEnumerable<string> SampleFileNames() =>
        Directory.EnumerateFiles(RepositoryPaths.SampleAthletes, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static CheckedPlan DesignAndCheck(string label, AthleteProfile athlete)
    {
        var request = new PlanRequest { Athlete = athlete, Start = RandomAthletes.Start };
        var first = ProgramDesigner.Design(request, DefaultRules.Rules, Today);
        var errors = first.Diagnostics.Where(d => d.IsError || d.Code == "RS5063").ToList();
        if (first.Plan is null || errors.Count > 0)
        {
            return new CheckedPlan(label, [$"{label}: no clean plan: {string.Join("; ", first.Diagnostics)}"], []);
        }

        // The invariants read the race as the rules did: dated from the plan's start when it is given in weeks.
        var problems = new PlanInvariants(DefaultRules.Rules).Check(label, athlete.DatedFrom(first.Plan.Start), first.Plan);
        var second = ProgramDesigner.Design(request, DefaultRules.Rules, Today);
        List<string> failures = second.Plan is { } again && PlanJson.Serialize(again) == PlanJson.Serialize(first.Plan) ? [] : [$"{label}: designing twice gave different JSON"];
        return new CheckedPlan(label, failures, problems);
    }

    /// <summary>One athlete's plan: why there is no plan to check, or it differed the second time; and what it breaks.</summary>
    private sealed record CheckedPlan(string Label, List<string> Failures, List<PlanProblem> Problems);
}

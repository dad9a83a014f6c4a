using System.Collections.Concurrent;
using System.Collections.Immutable;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.RulesEngine;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Coaching.Tests.Properties;

namespace RunnerStrength.Coaching.Tests.RulesEngine;

/// <summary>
/// Issue #12, point 5: every shipped rule set (the default and its variants), every sample athlete and every scenario
/// test designed with the built-in engine and with Microsoft RulesEngine. The two must give the same plan (the rendered
/// JSON, byte for byte), the same diagnostics and the same fired rules, and every workflow call must get the same
/// decisions from both (<see cref="DifferentialBackend"/>: each rule's outcome, SuccessEvent and action output). A
/// difference is a bug, in the adapter or in the engine.
/// </summary>
public sealed class RulesEngineDifferentialTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly Start = new(2026, 11, 23);

    /// <summary>The shipped rule sets: the default and each variant.</summary>
    public static IReadOnlyList<string> RuleSets { get; } =
    [
        "rules",
        .. Directory.GetDirectories(RepositoryPaths.Combine("rules", "variants")).Order(StringComparer.Ordinal).Select(d => Path.GetRelativePath(RepositoryPaths.Root, d).Replace('\\', '/')),
    ];

    /// <summary>Every sample athlete: the examples and the scenario tests' own.</summary>
    public static IReadOnlyList<string> Athletes { get; } =
    [
        .. new[] { "rules/examples/athletes", "rules/tests/athletes" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.Combine(folder.Split('/')), "*.json").Select(f => $"{folder}/{Path.GetFileName(f)}"))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every scenario test in rules/tests.</summary>
    public static IReadOnlyList<string> ScenarioFiles { get; } =
        [.. Directory.GetFiles(RepositoryPaths.Combine("rules", "tests"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static TheoryData<string, string> AthleteCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var rules in RuleSets)
            {
                foreach (var athlete in Athletes)
                {
                    data.Add(rules, athlete);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> ScenarioCases => [.. ScenarioFiles];

    /// <summary>
    /// Seeded random athletes (<see cref="RandomAthletes"/>) for each rule set, beyond the samples: 20 by default;
    /// RUNNERSTRENGTH_DIFFERENTIAL_SEEDS asks for more (700 of each were compared when the backend was written).
    /// </summary>
    public static int RandomSeeds { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("RUNNERSTRENGTH_DIFFERENTIAL_SEEDS"), out var seeds) && seeds >= 0 ? seeds : 20;

    public static TheoryData<string, int> RandomCases
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var rules in RuleSets)
            {
                for (var seed = 1; seed <= RandomSeeds; seed++)
                {
                    data.Add(rules, seed);
                }
            }

            return data;
        }
    }

    // Every case designed once, in parallel, the first time a test asks; each test then checks its own.
    private static readonly Lazy<IReadOnlyDictionary<string, CaseResult>> Results = new(RunAll);

    [Theory]
    [MemberData(nameof(AthleteCases))]
    public void A_sample_athlete_gets_the_same_plan_and_decisions_from_both_engines(string rules, string athlete) =>
        Results.Value[$"{rules} {athlete}"].ShouldAgree();

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void A_random_athlete_gets_the_same_plan_and_decisions_from_both_engines(string rules, int seed) =>
        Results.Value[$"{rules} seed {seed}"].ShouldAgree();

    [Theory]
    [MemberData(nameof(ScenarioCases))]
    public void A_scenario_gets_the_same_plan_and_decisions_from_both_engines(string file)
    {
        var result = Results.Value[$"scenario {file}"];
        result.ShouldAgree();

        result.Passed.ShouldBe(true, $"{file} fails with RulesEngine:\n{string.Join("\n", result.Failures)}");
    }

    [Fact]
    public void Every_workflow_of_every_shipped_rule_set_is_compared()
    {
        var calls = Results.Value.Values.Where(r => r.RuleSet is not null).GroupBy(r => r.RuleSet!)
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r.Calls).Where(c => c.Value > 0).Select(c => c.Key).ToHashSet(StringComparer.Ordinal));

        calls.Keys.Order(StringComparer.Ordinal).ShouldBe(RuleSets.Order(StringComparer.Ordinal));
        foreach (var (rules, workflows) in calls)
        {
            CoachingWorkflows.Inputs.Keys.Where(w => !workflows.Contains(w)).ShouldBeEmpty($"workflows of {rules} that no sample athlete made the designer evaluate");
        }
    }

    [Fact]
    public void The_samples_cover_what_RulesEngine_must_read_differently()
    {
        // The enum words Dynamic LINQ cannot parse ("race-specific", "half-marathon") and an 'in' over a nullable enum
        // (week.raceDistance in ("marathon", "ultra")) must decide something in the comparison, or it proves little.
        var fired = Results.Value.Values.SelectMany(r => r.BuiltIn.Fired).ToHashSet(StringComparer.Ordinal);

        fired.ShouldContain("Volume/RaceSpecific");
        fired.ShouldContain("Phase/RaceSpecificHalfMarathon");
        fired.ShouldContain("Phase/TaperMarathonOrUltra");
        fired.ShouldContain("Placement/EasyRunDay");
    }

    private static IReadOnlyDictionary<string, CaseResult> RunAll()
    {
        var loaded = new ConcurrentDictionary<string, (CoachingRules BuiltIn, CoachingRules Differential)>(StringComparer.Ordinal);
        (CoachingRules BuiltIn, CoachingRules Differential) RulesFor(string folder) => loaded.GetOrAdd(Path.GetFullPath(folder), path =>
        {
            var rules = CoachingRules.Load(path).Rules ?? throw new InvalidOperationException($"{path} does not load");
            return (rules, rules.WithBackend(new DifferentialBackend()));
        });

        var cases = new List<(string Key, string? RuleSet, Func<CaseResult> Run)>();
        foreach (var rules in RuleSets)
        {
            foreach (var athlete in Athletes)
            {
                cases.Add(($"{rules} {athlete}", rules, () =>
                {
                    var read = AthleteProfileReader.ReadFile(RepositoryPaths.Combine(athlete.Split('/')));
                    var request = new PlanRequest { Athlete = read.Profile!, AthleteSource = read.Source, Start = Start };
                    return Compare(RulesFor(RepositoryPaths.Combine(rules.Split('/'))), request, rules);
                }
                ));
            }
        }

        foreach (var rules in RuleSets)
        {
            for (var seed = 1; seed <= RandomSeeds; seed++)
            {
                var chosen = seed;
                cases.Add(($"{rules} seed {seed}", rules, () =>
                {
                    var folder = RulesFor(RepositoryPaths.Combine(rules.Split('/')));
                    var request = new PlanRequest { Athlete = RandomAthletes.Create(chosen, folder.BuiltIn.Catalog), Start = RandomAthletes.Start };
                    return Compare(folder, request, rules);
                }
                ));
            }
        }

        // The scenario tests as `test` runs them, with RulesEngine evaluating every rule set they name.
        var suite = new Lazy<ScenarioSuiteResult>(() => ScenarioRunner.RunDirectory(RepositoryPaths.Combine("rules", "tests"), Today, [], RulesEngineBackend.Instance));
        foreach (var file in ScenarioFiles)
        {
            cases.Add(($"scenario {file}", null, () =>
            {
                var scenario = ScenarioReader.ReadFile(RepositoryPaths.Combine("rules", "tests", file)).Scenario!;
                var request = new PlanRequest { Athlete = scenario.Athlete, AthleteSource = scenario.AthleteSource, Start = scenario.Start, Weeks = scenario.Weeks };
                var outcome = suite.Value.Outcomes.Single(o => Path.GetFileName(o.Path) == file);
                return Compare(RulesFor(scenario.Rules), request, null) with { Passed = outcome.Passed, Failures = [.. outcome.Failures.Select(f => f.ToString())] };
            }
            ));
        }

        var results = new ConcurrentDictionary<string, CaseResult>(StringComparer.Ordinal);
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c => results[c.Key] = c.Run());
        return results;
    }

    private static CaseResult Compare((CoachingRules BuiltIn, CoachingRules Differential) rules, PlanRequest request, string? ruleSet)
    {
        // The RulesEngine plan is the one designed with the differential backend, which hands the designer RulesEngine's
        // results and compares each call with the built-in engine's on the way.
        var builtIn = Design(request, rules.BuiltIn);
        DesignOutcome? rulesEngine = null;
        var log = DifferentialBackend.Record(() => rulesEngine = Design(request, rules.Differential));
        return new CaseResult(ruleSet, builtIn, rulesEngine!, [.. log.Differences], [.. log.HiddenFailures], log.Calls.ToImmutableDictionary());
    }

    private static DesignOutcome Design(PlanRequest request, CoachingRules rules)
    {
        var result = ProgramDesigner.Design(request, rules, Today);
        return new DesignOutcome(
            result.Plan is null ? null : PlanRenderer.Render(result.Plan, PlanFormat.Json),
            [.. result.Diagnostics.Select(d => d.ToString())],
            [.. result.FiredRules]);
    }

    private sealed record DesignOutcome(string? Json, ImmutableArray<string> Diagnostics, ImmutableArray<string> Fired);

    private sealed record CaseResult(string? RuleSet, DesignOutcome BuiltIn, DesignOutcome RulesEngine, ImmutableArray<string> Differences, ImmutableArray<string> HiddenFailures, ImmutableDictionary<string, int> Calls)
    {
        public bool? Passed { get; init; }

        public ImmutableArray<string> Failures { get; init; } = [];

        public void ShouldAgree()
        {
            Differences.ShouldBeEmpty($"{Differences.Length} workflow calls got other decisions from RulesEngine; the first:\n{string.Join("\n", Differences.Take(3))}");
            HiddenFailures.Distinct().ShouldBeEmpty("rules RulesEngine could not evaluate");
            BuiltIn.Json.ShouldNotBeNull($"no plan: {string.Join("\n", BuiltIn.Diagnostics)}");
            RulesEngine.Diagnostics.ShouldBe(BuiltIn.Diagnostics);
            RulesEngine.Fired.ShouldBe(BuiltIn.Fired);
            RulesEngine.Json.ShouldBe(BuiltIn.Json);
        }
    }
}

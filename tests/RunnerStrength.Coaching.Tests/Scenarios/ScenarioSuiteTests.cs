using System.Text.Json.Nodes;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Coaching.Tests.Planning;

namespace RunnerStrength.Coaching.Tests.Scenarios;

/// <summary>The scenario suite in <c>rules/tests</c>: each scenario is its own test case, and the suite must make the default rules fire.</summary>
public sealed class ScenarioSuiteTests
{
    /// <summary>The day the suite pretends it is; every scenario names its own start, so it must not matter.</summary>
    private static readonly DateOnly Today = new(2026, 11, 21);

    private const double MinimumDefaultRuleCoverage = 0.95;

    private static readonly Lazy<ScenarioSuiteResult> Suite = new(() => ScenarioRunner.RunDirectory(ScenarioFolder, Today));

    public static string ScenarioFolder => Path.Combine(RepositoryPaths.Rules, "tests");

    public static TheoryData<string> Files => [.. FileNames()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_holds(string file)
    {
        var read = ScenarioReader.ReadFile(Path.Combine(ScenarioFolder, file));
        read.Diagnostics.ShouldBeClean();
        var scenario = read.Scenario.ShouldNotBeNull();

        var outcome = ScenarioRunner.Run(scenario, Today);

        outcome.Diagnostics.Where(d => d.IsError || d.Code == "RS5063").ShouldBeClean();
        outcome.Passed.ShouldBeTrue($"{scenario.Name} ({file}):\n" + string.Join("\n", outcome.Failures));
        outcome.Failures.ShouldBeEmpty();
        outcome.FiredRules.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_suite_makes_almost_every_default_rule_fire()
    {
        var defaults = CoachingRuleNames.Of(DefaultRules.Rules);
        var unfired = defaults.Except(Suite.Value.FiredRules).ToList();

        var coverage = 1.0 - ((double)unfired.Count / defaults.Count);

        coverage.ShouldBeGreaterThanOrEqualTo(MinimumDefaultRuleCoverage, $"{unfired.Count} of {defaults.Count} default rules never fire in rules/tests:\n" + string.Join("\n", unfired));
    }

    [Fact]
    public void Running_the_folder_passes_every_scenario_and_reports_coverage()
    {
        var suite = Suite.Value;

        suite.Failed.ShouldBe(0, string.Join("\n", suite.Outcomes.SelectMany(o => o.Failures)));
        suite.Passed.ShouldBe(FileNames().Count);
        suite.Outcomes.Select(o => Path.GetFileName(o.Path)).ShouldBe(FileNames());
        CoachingRuleNames.Of(DefaultRules.Rules).ShouldBeSubsetOf(suite.AllRules);
        suite.UnfiredRules.ShouldBe(suite.AllRules.Except(suite.FiredRules));
        suite.Diagnostics.Where(d => d.IsError).ShouldBeClean();
    }

    [Fact]
    public void The_suite_catches_a_rule_set_that_lets_hard_strength_sit_beside_hard_running()
    {
        using var temp = TempFolder.WithRules(out var rules, everything: true);
        var placement = Path.Combine(rules, "placement.json");
        var workflow = JsonNode.Parse(File.ReadAllText(placement))!;
        var kept = workflow["Rules"]!.AsArray().Where(r => (string?)r!["RuleName"] is not ("NoHardOnQualityOrLongRunDay" or "NoHardBeforeQualityOrLongRun")).Select(r => r!.DeepClone()).ToArray();
        workflow["Rules"] = new JsonArray(kept);
        File.WriteAllText(placement, workflow.ToJsonString());

        var suite = ScenarioRunner.RunDirectory(Path.Combine(rules, "tests"), Today);

        var failed = suite.Outcomes.Where(o => !o.Passed).Select(o => Path.GetFileNameWithoutExtension(o.Path)).ToList();
        string[] mustCatch = ["advanced-gym-marathon", "seven-runs-a-week", "busy-quality-week", "build-week-heavy-and-light", "long-run-friendly-default", "hard-days-hard-default"];
        mustCatch.ShouldBeSubsetOf(failed);
        suite.Outcomes.Where(o => !o.Passed).ShouldAllBe(o => o.Failures.Length > 0);
    }

    [Fact]
    public void The_suite_has_at_least_fifteen_scenarios_covering_the_named_situations()
    {
        var names = Directory.EnumerateFiles(ScenarioFolder, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();

        names.Count.ShouldBeGreaterThanOrEqualTo(15);
        string[] required =
        [
            "beginner-bodyweight-10k", "advanced-gym-marathon", "race-this-week", "injured-knee", "one-run-a-week",
            "seven-runs-a-week", "no-race", "high-rep-history", "poor-readiness", "injured-ankle-achilles", "short-sessions",
            "busy-quality-week", "build-week-heavy-and-light", "deload-every-fourth-week", "taper-volume-drop",
            "plyometrics-beginner-first-weeks", "plyometrics-absent-when-injured", "long-run-friendly-variant", "hard-days-hard-variant",
        ];
        required.ShouldBeSubsetOf(names);
    }

    [Fact]
    public void Every_variant_has_a_scenario_that_uses_it()
    {
        var variants = Directory.GetDirectories(Path.Combine(RepositoryPaths.Rules, "variants")).Select(Path.GetFullPath).ToList();
        var used = Directory.EnumerateFiles(ScenarioFolder, "*.json")
            .Select(file => ScenarioReader.ReadFile(file).Scenario.ShouldNotBeNull().Rules)
            .ToHashSet(StringComparer.Ordinal);

        variants.Count.ShouldBeGreaterThanOrEqualTo(2);
        variants.ShouldAllBe(v => used.Contains(v));
    }

    private static List<string> FileNames() =>
        [.. Directory.EnumerateFiles(ScenarioFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}

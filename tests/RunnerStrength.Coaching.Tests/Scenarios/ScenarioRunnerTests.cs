using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Coaching.Tests.Planning;
using RunnerStrength.Engine.Text;
using static RunnerStrength.Coaching.Tests.Scenarios.TextPositions;

namespace RunnerStrength.Coaching.Tests.Scenarios;

public sealed class ScenarioRunnerTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly string ScenarioPath = Path.Combine(RepositoryPaths.Rules, "tests", "runner-test.json");

    /// <summary>
    /// Each check against the no-race athlete's first week (8 weeks of base; moderate full-body sessions on Monday and
    /// Thursday, 40 and 35 minutes (the jumps add theirs), 35 sets, pogo hops on Monday, no foot and ankle work): an expectation that does not hold, and the words
    /// its failure must use for what came out.
    /// </summary>
    public static TheoryData<string, string, string> FailingChecks => new()
    {
        { "\"phase\": \"build\"", "week 1: phase", "base" },
        { "\"deload\": true", "week 1: deload", "not a deload week" },
        { "\"sessions\": 3", "week 1: sessions", "2 sessions" },
        { "\"sessions\": { \"min\": 3, \"max\": 4 }", "week 1: sessions", "2 sessions" },
        { "\"strengthDays\": [\"tuesday\"]", "week 1: strengthDays", "sessions on monday, thursday" },
        { "\"notOn\": [\"monday\"]", "week 1: notOn", "a moderate full-body session on monday beside rest" },
        { "\"intensities\": [\"light\", \"moderate\"]", "week 1: intensities", "[moderate, moderate]" },
        { "\"kinds\": [\"mobility-core\"]", "week 1: kinds", "[full-body, full-body]" },
        { "\"sessionOn\": { \"day\": \"friday\" }", "week 1: sessionOn", "no session on friday (sessions on monday, thursday)" },
        { "\"sessionOn\": { \"day\": \"monday\", \"intensity\": \"heavy\" }", "week 1: sessionOn", "a moderate full-body session on monday beside rest" },
        { "\"maxMinutes\": 20", "week 1: maxMinutes", "40 min on monday; 35 min on thursday" },
        { "\"sets\": 5", "week 1: sets", "35 sets" },
        { "\"fewerSetsThanWeek\": 2", "week 1: fewerSetsThanWeek", "35 sets" },
        { "\"exercisesPresent\": [\"back-squat\"]", "week 1: exercisesPresent", "no back-squat" },
        { "\"exercisesAbsent\": [\"pogo-hop\"]", "week 1: exercisesAbsent", "pogo-hop on monday" },
        { "\"patternsPresent\": [\"foot-ankle\"]", "week 1: patternsPresent", "no foot-ankle" },
        { "\"patternsAbsent\": [\"plyometric\"]", "week 1: patternsAbsent", "pogo-hop (plyometric) on monday" },
        { "\"equipmentOnly\": [\"kettlebell\", \"bands\"]", "week 1: equipmentOnly", "dumbbell-split-squat on monday needs dumbbells; dumbbell-single-leg-calf-raise on monday needs dumbbells; dumbbell-reverse-lunge on thursday needs dumbbells; romanian-deadlift on thursday needs dumbbells; bent-over-row on thursday needs dumbbells" },
        { "\"rulesFired\": [\"Placement/EasyRunDay\"]", "week 1: rulesFired", "Placement/EasyRunDay did not fire" },
        { "\"rulesNotFired\": [\"Phase/Base\"]", "week 1: rulesNotFired", "Phase/Base fired" },
        { "\"noteContains\": \"Deload\"", "week 1: noteContains", "notes \"Re-test week: do the tests below in the week's hardest session, after the warm-up, and write the results in your log; compare them with the last test (article 001: test every 4-6 weeks).\"" },
        { "\"progression\": { \"exercise\": \"pogo-hop\", \"contains\": \"harder\" }", "week 1: progression", "pogo-hop: \"When every set of 10 reps feels RPE 7 or lower, go to 12 reps; if not, stay at 10 reps, even when the plan moves on.\"" },
        { "\"prescription\": { \"exercise\": \"pogo-hop\", \"contains\": \"12 reps\" }", "week 1: prescription", "\"A1 Pogo hop — 3 sets of 10 reps, rest 60 seconds\"" },
    };

    [Theory]
    [MemberData(nameof(FailingChecks))]
    public void A_check_that_does_not_hold_fails_saying_what_came_out(string check, string expectation, string actual)
    {
        var text = NoRaceScenario($"{{ \"week\": 1, {check} }}");

        var outcome = Run(text);

        outcome.Passed.ShouldBeFalse();
        var failure = outcome.Failures.ShouldHaveSingleItem();
        failure.Expectation.ShouldBe(expectation);
        failure.Actual.ShouldBe(actual);
        failure.Expected.ShouldNotBeNullOrWhiteSpace();
        failure.Location.Path.ShouldBe(ScenarioPath);
        failure.Location.Line.ShouldBe(6);
        failure.ToString().ShouldContain($"{expectation}: expected {failure.Expected}, got {actual}");
    }

    [Fact]
    public void A_failure_points_at_the_property_that_failed()
    {
        var text = NoRaceScenario("{ \"week\": 1, \"sessions\": 2, \"phase\": \"taper\" }");

        var failure = Run(text).Failures.ShouldHaveSingleItem();

        failure.Expected.ShouldBe("taper");
        $"X({failure.Location.Line},{failure.Location.Column})".ShouldBe(At("X", text, "\"phase\""));
    }

    [Fact]
    public void Weeks_that_fail_the_same_way_are_reported_together()
    {
        var outcome = Run(NoRaceScenario("{ \"deload\": false }"));

        var failure = outcome.Failures.ShouldHaveSingleItem();
        failure.Expectation.ShouldBe("weeks 4, 8: deload");
        failure.Expected.ShouldBe("not a deload week");
        failure.Actual.ShouldBe("a deload week");
    }

    [Fact]
    public void Expectations_that_hold_pass()
    {
        var outcome = Run(NoRaceScenario(
            "{ \"phase\": \"base\", \"strengthDays\": [\"thursday\", \"monday\"], \"notOn\": [\"sunday\"], \"maxMinutes\": 40 }",
            "{ \"week\": 4, \"deload\": true, \"fewerSetsThanWeek\": 3, \"noteContains\": \"deload week\" }",
            "{ \"rulesFired\": [\"Deload/AfterThreeLoadingWeeks\"], \"rulesNotFired\": [\"Phase/Build\"] }"));

        outcome.Failures.ShouldBeEmpty();
        outcome.Passed.ShouldBeTrue();
        outcome.Name.ShouldBe("Runner test");
        outcome.Path.ShouldBe(ScenarioPath);
        outcome.FiredRules.ShouldContain("Phase/Base");
    }

    [Fact]
    public void An_unknown_rule_reports_RS5092_with_a_suggestion_and_fails()
    {
        var text = NoRaceScenario("{ \"rulesFired\": [\"Placement/RestDy\"] }");

        var outcome = Run(text);

        outcome.Passed.ShouldBeFalse();
        outcome.Diagnostics.Where(d => d.Code.StartsWith("RS509", StringComparison.Ordinal)).ShouldHaveDiagnostics(At("RS5092", text, "\"rulesFired\""));
        outcome.Diagnostics.First(d => d.Code == "RS5092").Message.ShouldContain("did you mean 'Placement/RestDay'?");
        outcome.Failures.ShouldContain(f => f.Actual.Contains("'Placement/RestDy' is not a rule"));
    }

    [Fact]
    public void An_unknown_exercise_reports_RS5093_with_a_suggestion_and_fails()
    {
        var text = NoRaceScenario("{ \"week\": 2, \"exercisesAbsent\": [\"back-sqat\"] }");

        var outcome = Run(text);

        outcome.Passed.ShouldBeFalse();
        outcome.Diagnostics.Where(d => d.Code.StartsWith("RS509", StringComparison.Ordinal)).ShouldHaveDiagnostics(At("RS5093", text, "\"exercisesAbsent\""));
        outcome.Diagnostics.First(d => d.Code == "RS5093").Message.ShouldContain("did you mean 'back-squat'?");
    }

    [Fact]
    public void A_week_outside_the_plan_reports_RS5096_and_fails()
    {
        var text = NoRaceScenario("{ \"week\": 20, \"phase\": \"base\" }");

        var outcome = Run(text);

        outcome.Passed.ShouldBeFalse();
        outcome.Diagnostics.Where(d => d.Code.StartsWith("RS509", StringComparison.Ordinal)).ShouldHaveDiagnostics(At("RS5096", text, "\"week\""));
        outcome.Failures.ShouldHaveSingleItem().Actual.ShouldBe("no such week");
    }

    [Fact]
    public void A_plan_the_designer_refuses_fails_with_its_errors()
    {
        const string text = """
            {
              "name": "Race already run",
              "athlete": { "name": "Late", "level": "beginner", "race": { "date": "2026-11-01", "distance": "5k" }, "week": { "monday": "easy", "tuesday": "rest", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest", "sunday": "rest" }, "sessionMinutes": 30 },
              "start": "2026-11-23",
              "expect": [ { "sessions": 1 } ]
            }
            """;

        var outcome = Run(text);

        outcome.Passed.ShouldBeFalse();
        outcome.Diagnostics.Select(d => d.Code).ShouldContain("RS5060");
        var failure = outcome.Failures.ShouldHaveSingleItem();
        failure.Expectation.ShouldBe("plan");
        failure.Actual.ShouldContain("RS5060");
    }

    [Fact]
    public void A_rule_set_that_does_not_load_fails_the_scenario_with_its_diagnostics()
    {
        using var temp = TempFolder.WithRules(out var rules);
        File.WriteAllText(Path.Combine(rules, "timing.json"), "{ \"WorkflowName\": ");
        var text = NoRaceScenario("{ \"sessions\": 2 }").Replace("\"start\"", $"\"rules\": \"{rules.Replace("\\", "/", StringComparison.Ordinal)}\",\n  \"start\"", StringComparison.Ordinal);

        var outcome = Run(text);

        outcome.Passed.ShouldBeFalse();
        var failure = outcome.Failures.ShouldHaveSingleItem();
        failure.Expectation.ShouldBe("rules");
        failure.Location.Line.ShouldBe(4);
        outcome.Diagnostics.ShouldContain(d => d.IsError);
    }

    [Fact]
    public void The_outcome_does_not_depend_on_today()
    {
        var scenario = Read(NoRaceScenario("{ \"week\": 1, \"strengthDays\": [\"monday\", \"thursday\"] }"));

        var now = ScenarioRunner.Run(scenario, Today);
        var later = ScenarioRunner.Run(scenario, Today.AddYears(3));

        now.Passed.ShouldBeTrue();
        later.Passed.ShouldBeTrue();
        later.FiredRules.ShouldBe(now.FiredRules);
    }

    [Fact]
    public void Running_a_folder_runs_every_scenario_in_name_order_and_counts_unreadable_files_as_failed()
    {
        using var temp = new TempFolder();
        var athlete = Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json").Replace("\\", "/", StringComparison.Ordinal);
        var rules = RepositoryPaths.Rules.Replace("\\", "/", StringComparison.Ordinal);
        string Scenario(string name, string expectation) =>
            $$"""{ "name": "{{name}}", "athlete": "{{athlete}}", "rules": "{{rules}}", "start": "2026-11-23", "weeks": 2, "expect": [ {{expectation}} ] }""";
        temp.Write("b-passes.json", Scenario("Passes", "{ \"sessions\": 2 }"));
        temp.Write("a-fails.json", Scenario("Fails", "{ \"sessions\": 3 }"));
        temp.Write("c-broken.json", "{ \"name\": \"Broken\" ");
        temp.Write("notes.txt", "not a scenario");

        var suite = ScenarioRunner.RunDirectory(temp.Path, Today);

        suite.Outcomes.Select(o => o.Name).ShouldBe(["Fails", "Passes", "c-broken"]);
        suite.Passed.ShouldBe(1);
        suite.Failed.ShouldBe(2);
        suite.Outcomes[2].Failures.ShouldHaveSingleItem().Expectation.ShouldBe("file");
        suite.Diagnostics.Select(d => d.Code).ShouldContain("RS1001");
        suite.AllRules.ShouldBe(CoachingRuleNames.Of(DefaultRules.Rules));
        suite.FiredRules.ShouldContain("Phase/Base");
        suite.UnfiredRules.ShouldContain("Phase/RaceWeek");
        suite.UnfiredRules.ShouldNotContain("Phase/Base");
    }

    [Fact]
    public void Running_a_missing_folder_reports_RS9001()
    {
        var suite = ScenarioRunner.RunDirectory(Path.Combine(RepositoryPaths.Rules, "no-such-tests"), Today);

        suite.Outcomes.ShouldBeEmpty();
        suite.Diagnostics.Select(d => d.Code).ShouldBe(["RS9001"]);
    }

    private static string NoRaceScenario(params string[] expectations) =>
        $$"""
        {
          "name": "Runner test",
          "athlete": "../examples/athletes/no-race.json",
          "start": "2026-11-23",
          "expect": [
            {{string.Join(",\n    ", expectations)}}
          ]
        }
        """;

    private static Scenario Read(string text)
    {
        var read = ScenarioReader.Read(SourceText.From(text, ScenarioPath));
        read.Diagnostics.ShouldBeClean();
        return read.Scenario.ShouldNotBeNull();
    }

    private static ScenarioOutcome Run(string text) => ScenarioRunner.Run(Read(text), Today);
}

using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Text;
using static RunnerStrength.Coaching.Tests.Scenarios.TextPositions;

namespace RunnerStrength.Coaching.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    /// <summary>Scenarios are read as if they were files in rules/tests, so relative paths resolve like the shipped ones.</summary>
    private static readonly string ScenarioPath = Path.Combine(RepositoryPaths.Rules, "tests", "reader-test.json");

    [Fact]
    public void A_scenario_with_an_athlete_file_reads_every_property()
    {
        const string text = """
            {
              "$schema": "../../schemas/scenario.schema.json",
              "name": "Reader test",
              "description": "Everything at once.",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "weeks": 6,
              "expect": [
                { "week": 2, "phase": "base", "deload": false, "sessions": 2, "sets": { "min": 10, "max": 40 } },
                { "strengthDays": ["thursday", "monday"], "notOn": ["sunday"], "intensities": ["moderate", "moderate"], "kinds": ["full-body", "full-body"] },
                { "sessionOn": { "day": "monday", "intensity": "moderate", "kind": "full-body", "run": "rest" }, "maxMinutes": 35 },
                { "exercisesPresent": ["pogo-hop"], "exercisesAbsent": ["back-squat"], "patternsPresent": ["plyometric"], "patternsAbsent": ["pull"], "equipmentOnly": ["dumbbells"] },
                { "rulesFired": ["Phase/Base"], "rulesNotFired": ["Phase/Build"], "noteContains": "x", "noteNotContains": "y", "fewerSetsThanWeek": 3, "progression": { "exercise": "plank", "contains": "harder" } }
              ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Diagnostics.ShouldBeClean();
        var scenario = result.Scenario.ShouldNotBeNull();
        scenario.ShouldSatisfyAllConditions(
            s => s.Name.ShouldBe("Reader test"),
            s => s.Description.ShouldBe("Everything at once."),
            s => s.Path.ShouldBe(ScenarioPath),
            s => s.Athlete.Name.ShouldBe("Lucía"),
            s => s.AthleteFile.ShouldBe(Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json")),
            s => s.Rules.ShouldBe(Path.GetFullPath(RepositoryPaths.Rules)),
            s => s.Start.ShouldBe(new DateOnly(2026, 11, 23)),
            s => s.Weeks.ShouldBe(6),
            s => s.Expect.Length.ShouldBe(5));
        var first = scenario.Expect[0];
        first.ShouldSatisfyAllConditions(
            e => e.Week.ShouldBe(2),
            e => e.Phase.ShouldBe(TrainingPhase.Base),
            e => e.Deload.ShouldBe(false),
            e => e.Sessions.ShouldBe(new CountRange(2, 2)),
            e => e.Sets.ShouldBe(new CountRange(10, 40)),
            e => e.Location.Line.ShouldBe(9),
            e => e.LocationOf("deload").Column.ShouldBe(text.Split('\n')[8].IndexOf("\"deload\"", StringComparison.Ordinal) + 1));
        scenario.Expect[1].StrengthDays.ShouldBe([DayOfWeek.Thursday, DayOfWeek.Monday]);
        scenario.Expect[1].Intensities.ShouldBe([SessionIntensity.Moderate, SessionIntensity.Moderate]);
        scenario.Expect[2].SessionOn.ShouldBe(new SessionExpectation { Day = DayOfWeek.Monday, Intensity = SessionIntensity.Moderate, Kind = "full-body", Run = RunKind.Rest });
        scenario.Expect[3].PatternsAbsent.ShouldBe([MovementPattern.Pull]);
        scenario.Expect[4].Progression.ShouldBe(new ProgressionExpectation { Exercise = "plank", Contains = "harder" });
    }

    [Fact]
    public void The_plan_shape_checks_read_their_values()
    {
        const string text = """
            {
              "name": "Plan shape",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "expect": [
                { "week": 1, "orders": ["before-run", null, "after-run"], "sessionOn": { "day": "tuesday", "order": "after-run", "fallback": true } },
                { "week": 2, "patternSets": { "squat": { "min": 4 }, "push": { "min": 2, "max": 4 }, "calf": 3, "core": { "max": 12 }, "hinge+glute": { "min": 4 } }, "maxSetsPerPattern": 12, "lowerBodySessions": { "min": 1 } },
                { "week": 4, "sameExercisesAsWeek": 3, "timedOnlyWhenCatalogTimed": true, "heavyCuesOnlyWhenLoadable": true },
                { "phaseWeeks": { "base": { "min": 3 }, "taper": { "min": 2, "max": 3 } }, "taperDays": { "min": 7, "max": 10 }, "deloadAfterLoadingWeeks": 3 }
              ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Diagnostics.ShouldBeClean();
        var expect = result.Scenario.ShouldNotBeNull().Expect;
        expect[0].Orders.ShouldBe([SessionOrder.BeforeRun, null, SessionOrder.AfterRun]);
        expect[0].SessionOn.ShouldBe(new SessionExpectation { Day = DayOfWeek.Tuesday, Order = SessionOrder.AfterRun, Fallback = true });
        expect[1].ShouldSatisfyAllConditions(
            e => e.PatternSets.ShouldNotBeNull().Keys.ShouldBe(["squat", "push", "calf", "core", "hinge+glute"], ignoreOrder: true),
            e => e.PatternSets!["squat"].ShouldBe(new CountRange(4, CountRange.Unbounded)),
            e => e.PatternSets!["push"].ShouldBe(new CountRange(2, 4)),
            e => e.PatternSets!["calf"].ShouldBe(new CountRange(3, 3)),
            e => e.PatternSets!["core"].ShouldBe(new CountRange(0, 12)),
            e => e.PatternSets!["hinge+glute"].ShouldBe(new CountRange(4, CountRange.Unbounded)),
            e => e.MaxSetsPerPattern.ShouldBe(12),
            e => e.LowerBodySessions.ShouldBe(new CountRange(1, CountRange.Unbounded)));
        expect[2].ShouldSatisfyAllConditions(
            e => e.SameExercisesAsWeek.ShouldBe(3),
            e => e.TimedOnlyWhenCatalogTimed.ShouldBe(true),
            e => e.HeavyCuesOnlyWhenLoadable.ShouldBe(true));
        expect[3].ShouldSatisfyAllConditions(
            e => e.PhaseWeeks.ShouldNotBeNull().Count.ShouldBe(2),
            e => e.PhaseWeeks![TrainingPhase.Base].ShouldBe(new CountRange(3, CountRange.Unbounded)),
            e => e.PhaseWeeks![TrainingPhase.Taper].ShouldBe(new CountRange(2, 3)),
            e => e.TaperDays.ShouldBe(new CountRange(7, 10)),
            e => e.DeloadAfterLoadingWeeks.ShouldBe(3));
    }

    [Theory]
    [InlineData(3, 3, "3")]
    [InlineData(1, 2, "1 to 2")]
    [InlineData(4, CountRange.Unbounded, "at least 4")]
    [InlineData(0, 12, "at most 12")]
    public void A_count_reads_as_coaches_say_it(int min, int max, string text) =>
        new CountRange(min, max).ToString().ShouldBe(text);

    /// <summary>A wrong plan-shape check, the diagnostic it gives and the text it points at (the first occurrence in the expectation line).</summary>
    public static TheoryData<string, string, string> WrongPlanShapeChecks => new()
    {
        { "\"week\": 1, \"orders\": [\"before\", null]", "RS1006", "\"before\"" },
        { "\"week\": 1, \"sessionOn\": { \"day\": \"monday\", \"order\": \"first\" }", "RS1006", "\"first\"" },
        { "\"week\": 1, \"sessionOn\": { \"day\": \"monday\", \"fallback\": \"yes\" }", "RS1002", "\"yes\"" },
        { "\"week\": 1, \"patternSets\": { \"sqaut\": 4 }", "RS1003", "\"sqaut\"" },
        { "\"week\": 1, \"patternSets\": { \"hinge+glutes\": 4 }", "RS1006", "\"hinge+glutes\"" },
        { "\"week\": 1, \"patternSets\": { \"hinge+hinge\": 4 }", "RS1006", "\"hinge+hinge\"" },
        { "\"week\": 1, \"patternSets\": { \"squat\": { \"min\": 6, \"max\": 2 } }", "RS5094", "\"squat\"" },
        { "\"week\": 1, \"patternSets\": {}", "RS1002", "{}" },
        { "\"week\": 1, \"maxSetsPerPattern\": -1", "RS1002", "-1" },
        { "\"week\": 1, \"lowerBodySessions\": { \"min\": 3, \"max\": 1 }", "RS5094", "\"lowerBodySessions\"" },
        { "\"phaseWeeks\": { \"peak\": 2 }", "RS1003", "\"peak\"" },
        { "\"phaseWeeks\": { \"taper\": { \"min\": 3, \"max\": 2 } }", "RS5094", "\"taper\"" },
        { "\"week\": 2, \"phaseWeeks\": { \"base\": 3 }", "RS1006", "\"phaseWeeks\"" },
        { "\"week\": 2, \"taperDays\": { \"min\": 7 }", "RS1006", "\"taperDays\"" },
        { "\"week\": 2, \"deloadAfterLoadingWeeks\": 3", "RS1006", "\"deloadAfterLoadingWeeks\"" },
        { "\"deloadAfterLoadingWeeks\": 0", "RS1002", "0" },
        { "\"week\": 2, \"sameExercisesAsWeek\": 0", "RS1002", "0" },
        { "\"timedOnlyWhenCatalogTimed\": false", "RS1006", "\"timedOnlyWhenCatalogTimed\"" },
        { "\"heavyCuesOnlyWhenLoadable\": false", "RS1006", "\"heavyCuesOnlyWhenLoadable\"" },
        { "\"heavyCuesOnlyWhenLoadable\": \"true\"", "RS1002", "\"true\"" },
    };

    [Theory]
    [MemberData(nameof(WrongPlanShapeChecks))]
    public void A_wrong_plan_shape_check_is_reported_where_it_is_written(string expectation, string code, string at)
    {
        var text = $$"""
            {
              "name": "Wrong plan shape",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "expect": [
                { {{expectation}} }
              ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At(code, text, at, after: "\"expect\""));
    }

    [Theory]
    [InlineData("{ \"week\": 1, \"patternSets\": { \"sqaut\": 4 } }", "did you mean 'squat'?")]
    [InlineData("{ \"week\": 1, \"patternSets\": { \"hinge+glutes\": 4 } }", "'glutes' is not a valid pattern in 'hinge+glutes'; expected patterns joined with '+', each once, from squat, hinge, glute")]
    [InlineData("{ \"week\": 1, \"patternSets\": { \"hinge+glutes\": 4 } }", "did you mean 'glute'?")]
    [InlineData("{ \"phaseWeeks\": { \"rase-specific\": 2 } }", "did you mean 'race-specific'?")]
    [InlineData("{ \"week\": 3, \"phaseWeeks\": { \"base\": 3 } }", "'phaseWeeks' is not a valid check of week 3; expected it in an expectation without 'week'")]
    [InlineData("{ \"timedOnlyWhenCatalogTimed\": false }", "expected true (leave the property out to skip the check)")]
    public void A_wrong_plan_shape_check_says_what_was_expected(string expectation, string message)
    {
        var text = $$"""{ "name": "Message", "athlete": "../examples/athletes/no-race.json", "start": "2026-11-23", "expect": [ {{expectation}} ] }""";

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain(message);
    }

    [Fact]
    public void An_inline_athlete_is_read_from_the_scenario_itself()
    {
        const string text = """
            {
              "name": "Inline",
              "athlete": { "name": "Inline runner", "level": "beginner", "week": { "monday": "easy", "tuesday": "rest", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest", "sunday": "rest" }, "sessionMinutes": 30 },
              "start": "2026-11-23",
              "expect": [ { "sessions": { "min": 0, "max": 2 } } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Diagnostics.ShouldBeClean();
        var scenario = result.Scenario.ShouldNotBeNull();
        scenario.Athlete.Name.ShouldBe("Inline runner");
        scenario.AthleteFile.ShouldBeNull();
        scenario.AthleteSource.Path.ShouldBe(ScenarioPath);
    }

    [Fact]
    public void A_problem_in_an_inline_athlete_is_reported_at_its_line_in_the_scenario()
    {
        const string text = """
            {
              "name": "Inline with a typo",
              "athlete": {
                "name": "Inline runner",
                "level": "pro",
                "week": { "monday": "easy", "tuesday": "rest", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest", "sunday": "rest" },
                "sessionMinutes": 30
              },
              "start": "2026-11-23",
              "expect": [ { "sessions": 1 } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS1006", text, "\"pro\""));
        result.Diagnostics[0].Location.Path.ShouldBe(ScenarioPath);
    }

    [Fact]
    public void Unknown_expectation_reports_RS1003_with_a_suggestion()
    {
        const string text = """
            {
              "name": "Typo",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "expect": [
                { "week": 1, "phaze": "base" }
              ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS1003", text, "\"phaze\""));
        result.Diagnostics[0].Message.ShouldContain("did you mean 'phase'?");
    }

    [Fact]
    public void A_missing_athlete_file_reports_RS5090_at_the_athlete_value()
    {
        const string text = """
            {
              "name": "Missing athlete",
              "athlete": "../examples/athletes/nobody.json",
              "start": "2026-11-23",
              "expect": [ { "sessions": 1 } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS5090", text, "\"../examples"));
        result.Diagnostics[0].Arguments[0].ShouldBe("../examples/athletes/nobody.json");
        result.Diagnostics[0].Message.ShouldContain("nobody.json");
    }

    [Fact]
    public void A_missing_rules_folder_reports_RS5091_at_the_rules_value()
    {
        const string text = """
            {
              "name": "Missing rules",
              "athlete": "../examples/athletes/no-race.json",
              "rules": "../variants/no-such-variant",
              "start": "2026-11-23",
              "expect": [ { "sessions": 1 } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS5091", text, "\"../variants"));
    }

    [Fact]
    public void An_expectation_that_checks_nothing_reports_RS5095()
    {
        const string text = """
            {
              "name": "Empty",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "expect": [ { "week": 2 } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS5095", text, "{ \"week\""));
        result.Diagnostics[0].Message.ShouldContain("phase, deload, sessions");
    }

    [Fact]
    public void A_range_whose_min_is_above_its_max_reports_RS5094()
    {
        const string text = """
            {
              "name": "Inverted",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "expect": [ { "sets": { "min": 9, "max": 3 } } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS5094", text, "\"sets\""));
    }

    [Fact]
    public void An_impossible_start_date_is_a_schema_diagnostic_on_its_line()
    {
        const string text = """
            {
              "name": "February 30th",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-02-30",
              "expect": [ { "sessions": 1 } ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS1002", text, "\"2026-02-30\""));
        result.Diagnostics[0].Message.ShouldContain("date");
    }

    [Theory]
    [InlineData("\"strengthDays\": [\"tusday\"]", "RS1006")]
    [InlineData("\"sessions\": \"two\"", "RS1002")]
    [InlineData("\"phase\": \"peak\"", "RS1006")]
    [InlineData("\"rulesFired\": [\"NoWorkflowPart\"]", "RS1002")]
    public void A_wrong_value_is_a_schema_diagnostic_on_its_line(string expectation, string code)
    {
        var text = $$"""
            {
              "name": "Wrong value",
              "athlete": "../examples/athletes/no-race.json",
              "start": "2026-11-23",
              "expect": [
                { {{expectation}} }
              ]
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.Select(d => d.Code).ShouldContain(code);
        result.Diagnostics.ShouldAllBe(d => d.Location.Line == 6, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Missing_required_properties_report_RS1005()
    {
        const string text = """
            {
              "name": "Nothing else"
            }
            """;

        var result = ScenarioReader.Read(SourceText.From(text, ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.Where(d => d.Code == "RS1005").Select(d => d.Arguments[1]).ShouldBe(["athlete", "start", "expect"], ignoreOrder: true);
    }

    [Fact]
    public void Broken_json_reports_RS1001()
    {
        var result = ScenarioReader.Read(SourceText.From("{ \"name\": ", ScenarioPath));

        result.Scenario.ShouldBeNull();
        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS1001"]);
    }

    [Fact]
    public void A_missing_scenario_file_reports_RS9001()
    {
        var result = ScenarioReader.ReadFile(Path.Combine(RepositoryPaths.Rules, "tests", "no-such-scenario.json"));

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS9001"]);
    }

    [Fact]
    public void Reading_a_shipped_scenario_file_resolves_its_paths_from_its_folder()
    {
        var result = ScenarioReader.ReadFile(Path.Combine(RepositoryPaths.Rules, "tests", "hard-days-hard-variant.json"));

        result.Diagnostics.ShouldBeClean();
        var scenario = result.Scenario.ShouldNotBeNull();
        scenario.Rules.ShouldBe(Path.GetFullPath(Path.Combine(RepositoryPaths.Rules, "variants", "hard-days-hard")));
        scenario.AthleteFile.ShouldBe(Path.GetFullPath(Path.Combine(RepositoryPaths.SampleAthletes, "intermediate-half-marathon-bands-dumbbells.json")));
    }
}

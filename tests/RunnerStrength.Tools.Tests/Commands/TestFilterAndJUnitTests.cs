using System.Text.Json;
using System.Xml.Linq;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #13: <c>test --filter TEXT</c> and <c>test --format junit --output FILE</c> (JUnit XML that CI systems read).</summary>
public sealed class TestFilterAndJUnitTests
{
    [Fact]
    public void Filter_runs_the_scenarios_whose_name_or_file_name_contains_it_ignoring_case()
    {
        using var temp = new TempFolder();
        Scenario(temp, "alpha.json", "Taper week drops volume", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "beta-taper.json", "Second one", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "gamma.json", "Third one", """{ "week": 1, "phase": "taper" }""");

        var result = ToolRun.Run("test", temp.Path, "--filter", "TAPER");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.Where(l => l.StartsWith("PASS ", StringComparison.Ordinal)).Select(l => l.Split(" (")[0]).ShouldBe(["PASS Taper week drops volume", "PASS Second one"]);
        result.OutLines[^1].ShouldBe("2 passed, 0 failed");
    }

    [Fact]
    public void Filters_add_up_and_a_failing_scenario_left_out_does_not_fail_the_run()
    {
        using var temp = new TempFolder();
        Scenario(temp, "alpha.json", "Alpha", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "beta.json", "Beta", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "gamma.json", "Gamma", """{ "week": 1, "phase": "taper" }""");

        var some = ToolRun.Run("test", temp.Path, "--filter", "alpha", "--filter", "beta");
        var all = ToolRun.Run("test", temp.Path);

        some.ExitCode.ShouldBe(0, some.ToString());
        some.OutLines[^1].ShouldBe("2 passed, 0 failed");
        all.ExitCode.ShouldBe(1, all.ToString());
        all.OutLines[^1].ShouldBe("2 passed, 1 failed");
    }

    [Fact]
    public void A_filter_that_matches_nothing_is_a_usage_error_that_names_it()
    {
        using var temp = new TempFolder();
        Scenario(temp, "alpha.json", "Alpha", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--filter", "zzz");
        var empty = ToolRun.Run("test", temp.Path, "--filter", " ");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("has a name or file name containing 'zzz'");
        result.Out.ShouldBeEmpty();
        empty.ExitCode.ShouldBe(2, empty.ToString());
        empty.Error.ShouldContain("--filter needs a TEXT that is not empty");
    }

    [Fact]
    public void Junit_output_has_a_testcase_per_scenario_and_a_failure_with_expected_actual_and_where()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");
        var bad = Scenario(temp, "wrong.json", "Wrong one", """{ "week": 1, "phase": "taper" }""");
        var file = temp.File("results.xml");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit", "--output", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines[^1].ShouldBe("1 passed, 1 failed"); // the text report still goes to standard output
        var xml = XDocument.Load(file);
        var suites = xml.Root!;
        suites.Name.LocalName.ShouldBe("testsuites");
        suites.Attribute("tests")!.Value.ShouldBe("2");
        suites.Attribute("failures")!.Value.ShouldBe("1");
        var suite = suites.Element("testsuite")!;
        suite.Attribute("tests")!.Value.ShouldBe("2");
        suite.Attribute("failures")!.Value.ShouldBe("1");
        suite.Attribute("timestamp")!.Value.ShouldBe("2026-11-20T09:00:00");
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).ShouldBe(["Good one", "Wrong one"]);
        cases[0].Element("failure").ShouldBeNull();
        double.Parse(cases[0].Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0);
        var failure = cases[1].Element("failure")!;
        failure.Attribute("message")!.Value.ShouldBe("week 1: phase: expected taper, actual base");
        failure.Value.ShouldMatch(@"wrong\.json\(7,\d+\): week 1: phase\n  expected: taper\n  actual:   base");
        cases[1].Attribute("file")!.Value.ShouldEndWith("wrong.json");
        bad.ShouldEndWith("wrong.json");
    }

    [Fact]
    public void Junit_without_output_goes_to_standard_output_alone()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit");

        result.ExitCode.ShouldBe(0, result.ToString());
        var xml = XDocument.Parse(result.Out);
        xml.Root!.Element("testsuite")!.Elements("testcase").Count().ShouldBe(1);
        result.Out.ShouldNotContain("passed,");
    }

    [Fact]
    public void Names_with_control_and_bidirectional_characters_stay_well_formed_xml()
    {
        using var temp = new TempFolder();
        Scenario(temp, "odd.json", "Odd \u0001 name \u202E <b>&", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit");

        result.ExitCode.ShouldBe(0, result.ToString());
        XDocument.Parse(result.Out).Root!.Element("testsuite")!.Element("testcase")!.Attribute("name")!.Value
            .ShouldBe("Odd \\u{0001} name \\u{202E} <b>&");
    }

    [Fact]
    public void A_junit_file_that_cannot_be_written_is_RS9003_and_exit_1()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit", "--output", temp.File("missing/results.xml"));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9003:");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = ToolRun.Run("test", "--format", "xunit");

        result.ExitCode.ShouldBe(2, result.ToString());
    }

    private static string Scenario(TempFolder temp, string file, string name, string expectation) => temp.Write(file, $$"""
        {
          "name": {{JsonSerializer.Serialize(name)}},
          "athlete": {{JsonSerializer.Serialize(Repository.Athlete("no-race"))}},
          "rules": {{JsonSerializer.Serialize(Repository.Rules)}},
          "start": "2026-11-23",
          "expect": [
            {{expectation}}
          ]
        }
        """);
}

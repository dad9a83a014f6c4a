using System.Text.Json;
using System.Text.RegularExpressions;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

public sealed class TestCommandTests
{
    private static readonly string ShippedTests = Path.Combine(Repository.Rules, "tests");
    private static readonly int ShippedScenarios = Directory.GetFiles(ShippedTests, "*.json").Length;

    [Fact]
    public void Shipped_scenarios_pass_and_the_last_line_counts_them()
    {
        var result = ToolRun.Run("test", ShippedTests);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldBe($"{ShippedScenarios} passed, 0 failed");
        result.OutLines.Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)).ShouldBe(ShippedScenarios);
    }

    [Fact]
    public void Without_a_folder_the_tests_of_the_rules_folder_run()
    {
        var result = ToolRun.Run("test");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldBe($"{ShippedScenarios} passed, 0 failed");
    }

    [Fact]
    public void Failure_shows_the_scenario_expectation_expected_actual_and_where()
    {
        using var temp = new TempFolder();
        var scenario = Scenario(temp, "wrong-phase.json", """{ "week": 1, "phase": "taper" }""");

        var result = ToolRun.Run("test", temp.Path);

        result.ExitCode.ShouldBe(1, result.ToString());
        var lines = result.OutLines;
        lines.ShouldContain("FAIL No race, wrong on purpose (" + scenario + ")");
        var at = Array.FindIndex(lines, l => l.Contains("wrong-phase.json(", StringComparison.Ordinal) && !l.StartsWith("FAIL", StringComparison.Ordinal));
        at.ShouldBeGreaterThan(0, result.ToString());
        lines[at].ShouldMatch(@"^  .*wrong-phase\.json\(7,\d+\): week 1: phase$");
        lines[at + 1].ShouldBe("    expected: taper");
        lines[at + 2].ShouldBe("    actual:   base");
        lines[^1].ShouldBe("0 passed, 1 failed");
    }

    [Fact]
    public void Unreadable_scenario_counts_as_failed_and_its_errors_go_to_stderr()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", """{ "week": 1, "phase": "base" }""");
        temp.Write("broken.json", "{ \"name\": \"Broken\", \"expect\": [ }");

        var result = ToolRun.Run("test", temp.Path);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldMatch(@"broken\.json\(1,\d+\): error RS1001: ");
        result.OutLines[^1].ShouldBe("1 passed, 1 failed");
    }

    [Fact]
    public void Coverage_lists_the_rules_no_scenario_fired_before_the_totals()
    {
        using var temp = new TempFolder();
        Scenario(temp, "only.json", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--coverage");

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = result.OutLines;
        var heading = Array.FindIndex(lines, l => l.StartsWith("Coverage: ", StringComparison.Ordinal));
        heading.ShouldBeGreaterThan(0);
        lines[heading].ShouldMatch(@"^Coverage: \d+ rules of \d+ never fired:$");
        lines.ShouldContain("  Phase/Build");
        lines.ShouldNotContain("  Phase/Base");
        lines[^1].ShouldBe("1 passed, 0 failed");
    }

    [Fact]
    public void Without_coverage_no_rules_are_listed()
    {
        using var temp = new TempFolder();
        Scenario(temp, "only.json", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path);

        result.OutLines.ShouldNotContain(l => l.StartsWith("Coverage", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_folder_is_exit_2()
    {
        var result = ToolRun.Run("test", "/no/such/tests");

        result.ExitCode.ShouldBe(2);
        result.ErrorLines.ShouldBe(["error RS9001: '/no/such/tests' does not exist"]);
    }

    [Fact]
    public void File_instead_of_a_folder_is_exit_2()
    {
        var result = ToolRun.Run("test", Path.Combine(ShippedTests, "no-race.json"));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("error RS9004:");
    }

    [Fact]
    public void Terminal_output_colours_the_verdicts_but_the_last_line_stays_plain()
    {
        using var temp = new TempFolder();
        Scenario(temp, "only.json", """{ "week": 1, "phase": "base" }""");
        var context = ToolRun.Context() with { OutIsTerminal = true };

        var result = ToolRun.Run(context, "test", temp.Path);

        result.Out.ShouldContain("\u001b[");
        result.OutLines[^1].ShouldBe("1 passed, 0 failed");
    }

    /// <summary>A scenario for the no-race sample with one expectation, using the shipped rules; returns its path.</summary>
    private static string Scenario(TempFolder temp, string name, string expectation)
    {
        var text = $$"""
            {
              "name": "No race, wrong on purpose",
              "athlete": {{JsonSerializer.Serialize(Repository.Athlete("no-race"))}},
              "rules": {{JsonSerializer.Serialize(Repository.Rules)}},
              "start": "2026-11-23",
              "expect": [
                {{expectation}}
              ]
            }
            """;
        return temp.Write(name, text);
    }
}

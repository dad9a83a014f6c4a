using System.Text.Json;
using System.Text.RegularExpressions;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

public sealed class ValidateCommandTests
{
    private static readonly int ShippedRuleFiles = Directory.GetFiles(Repository.Rules, "*.json").Length;

    [Fact]
    public void Shipped_rules_are_valid_and_the_summary_counts_their_files()
    {
        var result = ToolRun.Run("validate", Repository.Rules);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe([$"0 errors, 0 warnings in {ShippedRuleFiles} files"]);
    }

    [Fact]
    public void Without_a_path_the_rules_folder_is_validated()
    {
        var result = ToolRun.Run("validate");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldBe($"0 errors, 0 warnings in {ShippedRuleFiles} files");
    }

    [Fact]
    public void Broken_rule_file_in_a_rules_folder_is_reported_at_its_line_and_column()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        var timing = Path.Combine(rules, "timing.json");
        File.WriteAllText(timing, File.ReadAllText(timing).Replace("\"Expression\": \"true\"", "\"Expression\": \"athlete.levle == 1\""));
        var (line, column) = PositionOf(timing, "levle");

        var result = ToolRun.Run("validate", rules);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(l => l.EndsWith($"timing.json({line},{column}): error RS3101: 'athlete' has no member 'levle'; did you mean 'level'?", StringComparison.Ordinal));
        result.OutLines[^1].ShouldBe($"1 error, 0 warnings in {ShippedRuleFiles} files");
    }

    [Fact]
    public void Rule_file_given_on_its_own_validates_the_rule_set_it_belongs_to()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        var dose = Path.Combine(rules, "dose.json");
        var text = File.ReadAllText(dose);
        File.WriteAllText(dose, text.Insert(text.IndexOf('{', StringComparison.Ordinal) + 1, "\n  \"Oops\": 1,"));

        var result = ToolRun.Run("validate", dose);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(l => Regex.IsMatch(l, @"dose\.json\(\d+,\d+\): error RS1\d{3}: .*Oops"));
    }

    [Fact]
    public void Workflow_file_outside_a_rule_set_is_compiled_on_its_own()
    {
        using var temp = new TempFolder();
        var file = temp.Write("mine.json", """
            {
              "WorkflowName": "Timing",
              "Rules": [
                { "RuleName": "Fast", "Expression": "athlete.sessionMinutes > \"ten\"", "Properties": { "secondsPerRep": 2, "setupSeconds": 10 } }
              ]
            }
            """);

        var result = ToolRun.Run("validate", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(l => Regex.IsMatch(l, @"mine\.json\(4,\d+\): error RS3103: "));
        result.OutLines[^1].ShouldBe("1 error, 0 warnings in 1 file");
    }

    [Fact]
    public void Valid_athlete_files_pass()
    {
        var result = ToolRun.Run("validate", Repository.Athlete("no-race"), Repository.Athlete("injured-knee"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(["0 errors, 0 warnings in 2 files"]);
    }

    [Fact]
    public void Folder_of_athletes_validates_each_profile()
    {
        var result = ToolRun.Run("validate", Repository.Athletes);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldEndWith($" in {Directory.GetFiles(Repository.Athletes, "*.json").Length} files");
    }

    [Fact]
    public void Athlete_problems_are_errors_and_unknown_history_exercises_warnings()
    {
        using var temp = new TempFolder();
        var bad = temp.Write("bad.json", "{\n  \"name\": \"Bad\",\n  \"level\": \"expert\"\n}\n");
        var history = temp.Write("history.json", """
            {
              "name": "Sam",
              "level": "intermediate",
              "week": { "monday": "easy", "tuesday": "rest", "wednesday": "easy", "thursday": "rest", "friday": "easy", "saturday": "rest", "sunday": "long" },
              "sessionMinutes": 40,
              "history": [ { "date": "2026-11-16", "exercise": "plankk", "sets": 3, "seconds": 30 } ]
            }
            """);

        var result = ToolRun.Run("validate", bad, history);

        result.ExitCode.ShouldBe(1);
        result.OutLines.ShouldContain(l => Regex.IsMatch(l, @"bad\.json\(3,\d+\): error RS1006: .*expert"));
        result.OutLines.ShouldContain(l => Regex.IsMatch(l, @"history\.json\(6,\d+\): warning RS5004: .*plankk"));
        result.OutLines[^1].ShouldMatch(@"^\d+ errors?, 1 warning in 2 files$");
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var temp = new TempFolder();
        var history = temp.Write("history.json", """
            {
              "name": "Sam",
              "level": "intermediate",
              "week": { "monday": "easy", "tuesday": "rest", "wednesday": "easy", "thursday": "rest", "friday": "easy", "saturday": "rest", "sunday": "long" },
              "sessionMinutes": 40,
              "history": [ { "date": "2026-11-16", "exercise": "plankk", "sets": 3, "seconds": 30 } ]
            }
            """);

        var result = ToolRun.Run("validate", history);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldBe("0 errors, 1 warning in 1 file");
    }

    [Fact]
    public void Catalog_file_is_checked_as_a_catalog()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("exercises.json", """
            { "exercises": [ { "id": "squat", "name": "Squat" } ] }
            """);

        var result = ToolRun.Run("validate", catalog);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(l => Regex.IsMatch(l, @"exercises\.json\(1,\d+\): error RS1005: "));
    }

    [Fact]
    public void Malformed_json_is_RS1001()
    {
        using var temp = new TempFolder();
        var file = temp.Write("athlete.json", "{ \"name\": \"A\", }}");

        var result = ToolRun.Run("validate", file);

        result.ExitCode.ShouldBe(1);
        result.OutLines[0].ShouldMatch(@"athlete\.json\(1,\d+\): error RS1001: ");
    }

    [Fact]
    public void Missing_path_is_exit_2_with_a_message()
    {
        var result = ToolRun.Run("validate", "/no/such/rules");

        result.ExitCode.ShouldBe(2);
        result.ErrorLines.ShouldBe(["error RS9001: '/no/such/rules' does not exist"]);
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_format_is_exit_2()
    {
        var result = ToolRun.Run("validate", "--format", "xml");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("xml");
    }

    [Fact]
    public void Json_format_lists_every_problem_as_data_with_a_summary()
    {
        using var temp = new TempFolder();
        var bad = temp.Write("bad.json", "{\n  \"name\": \"Bad\",\n  \"level\": \"expert\"\n}\n");

        var result = ToolRun.Run("validate", bad, "--format", "json");

        result.ExitCode.ShouldBe(1);
        using var document = JsonDocument.Parse(result.Out);
        var diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.ShouldNotBeEmpty();
        var first = diagnostics.First(d => d.GetProperty("code").GetString() == "RS1006");
        first.GetProperty("path").GetString().ShouldEndWith("bad.json");
        first.GetProperty("line").GetInt32().ShouldBe(3);
        first.GetProperty("column").GetInt32().ShouldBeGreaterThan(0);
        first.GetProperty("severity").GetString().ShouldBe("error");
        first.GetProperty("message").GetString()!.ShouldContain("expert");
        var summary = document.RootElement.GetProperty("summary");
        summary.GetProperty("errors").GetInt32().ShouldBe(diagnostics.Count);
        summary.GetProperty("files").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Sarif_format_is_SARIF_2_1_0_with_rules_and_located_results()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        var timing = Path.Combine(rules, "timing.json");
        File.WriteAllText(timing, File.ReadAllText(timing).Replace("\"Expression\": \"true\"", "\"Expression\": \"athlete.levle == 1\""));
        var (line, column) = PositionOf(timing, "levle");

        var result = ToolRun.Run("validate", rules, "--format", "sarif");

        result.ExitCode.ShouldBe(1);
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = document.RootElement.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("runner-strength");
        driver.GetProperty("version").GetString().ShouldBe("0.1.0");
        var rule = driver.GetProperty("rules").EnumerateArray().ShouldHaveSingleItem();
        rule.GetProperty("id").GetString().ShouldBe("RS3101");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("Unknown member");
        var finding = run.GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
        finding.GetProperty("ruleId").GetString().ShouldBe("RS3101");
        finding.GetProperty("level").GetString().ShouldBe("error");
        var physical = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!.ShouldEndWith("rules/timing.json");
        physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(line);
        physical.GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(column);
    }

    [Fact]
    public void Sarif_of_clean_rules_has_no_results()
    {
        var result = ToolRun.Run("validate", Repository.Rules, "--format", "sarif");

        result.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBe(0);
    }

    /// <summary>The 1-based line and column of the first <paramref name="text"/> in a file.</summary>
    private static (int Line, int Column) PositionOf(string file, string text)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in {file}");
    }
}

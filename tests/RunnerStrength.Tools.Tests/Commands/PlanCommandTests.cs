using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

public sealed class PlanCommandTests
{
    private static readonly string Maya = Repository.Athlete("beginner-bodyweight-10k");

    [Fact]
    public void Text_plan_goes_to_stdout_as_the_renderer_writes_it()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "3");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe(Expected(Maya, PlanFormat.Text, weeks: 3));
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Default_start_is_the_Monday_after_the_clock_today()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1");

        result.OutLines[1].ShouldBe("1 week from Monday 23 November 2026, 2 sessions");
    }

    [Fact]
    public void Start_and_weeks_flags_shape_the_plan()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--start", "2026-12-07", "--weeks", "2");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[1].ShouldStartWith("2 weeks from Monday 7 December 2026");
    }

    [Fact]
    public void Without_rules_flag_the_shipped_rules_are_found_from_the_tool_folder()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--weeks", "2");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe(Expected(Maya, PlanFormat.Text, weeks: 2));
    }

    [Fact]
    public void Explain_adds_the_rule_message_file_and_line_to_each_session()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1", "--explain");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldContain("  Why:\n");
        result.OutLines.ShouldContain(l => Regex.IsMatch(l, @"^  - Phase/\w+: .+ \(.*phases\.json, line \d+\)$"));
    }

    [Fact]
    public void Json_plan_follows_the_plan_schema()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        JsonSchemaValidator.FromSchemaText(PlanJson.SchemaText).Validate(SourceText.From(result.Out, "plan.json")).ShouldBeEmpty();
        PlanJson.Deserialize(result.Out).Athlete.ShouldBe("Maya");
    }

    [Fact]
    public void Markdown_plan_has_a_heading_per_week()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--format", "markdown", "--weeks", "3");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe(Expected(Maya, PlanFormat.Markdown, weeks: 3));
        result.OutLines.Count(l => l.StartsWith("## Week ", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void Ics_plan_is_an_RFC_5545_calendar_with_one_event_per_session()
    {
        var result = ToolRun.Run("plan", "--athlete", Repository.Athlete("advanced-gym-marathon"), "--rules", Repository.Rules, "--format", "ics", "--weeks", "4");

        result.ExitCode.ShouldBe(0, result.ToString());
        var lines = IcsCheck.Unfold(result.Out);
        lines.ShouldContain("VERSION:2.0");
        lines.ShouldContain(l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var plan = PlanJson.Deserialize(ToolRun.Run("plan", "--athlete", Repository.Athlete("advanced-gym-marathon"), "--rules", Repository.Rules, "--format", "json", "--weeks", "4").Out);
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(plan.Weeks.Sum(w => w.Sessions.Count));
    }

    [Fact]
    public void Format_value_outside_the_list_is_a_usage_error()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--format", "pdf");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("pdf");
        result.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--start", "23/11/2026", "YYYY-MM-DD")]
    [InlineData("--weeks", "0", "--weeks must be 1 to 104")]
    [InlineData("--weeks", "105", "--weeks must be 1 to 104")]
    [InlineData("--weeks", "many", "--weeks must be 1 to 104, found 'many'")]
    [InlineData("--bogus", "x", "--bogus")]
    public void Bad_flag_values_are_usage_errors_with_exit_2(string flag, string value, string message)
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, flag, value);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain(message);
        result.Error.ShouldContain("runner-strength plan --help");
    }

    [Theory]
    [InlineData(new string[0], "give --athlete FILE")]
    [InlineData(new[] { "--athlete", "a.json", "--athletes", "dir", "--output-dir", "out" }, "not both")]
    [InlineData(new[] { "--athletes", "dir" }, "--athletes needs --output-dir")]
    [InlineData(new[] { "--athlete", "a.json", "--output-dir", "out" }, "--output-dir goes with --athletes")]
    public void Athlete_and_folder_flags_must_go_together_sensibly(string[] flags, string message)
    {
        var result = ToolRun.Run(["plan", .. flags]);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain(message);
    }

    [Fact]
    public void Missing_athlete_file_is_RS9001_and_exit_1()
    {
        var result = ToolRun.Run("plan", "--athlete", "/no/such/athlete.json", "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.ErrorLines.ShouldBe(["error RS9001: '/no/such/athlete.json' does not exist"]);
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Folder_given_as_the_athlete_is_RS9004()
    {
        var result = ToolRun.Run("plan", "--athlete", Repository.Athletes, "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error RS9004:");
        result.Error.ShouldContain("is a folder; expected a JSON file");
    }

    [Fact]
    public void Malformed_athlete_json_is_reported_at_its_line_and_column()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("broken.json", "{\n  \"name\": \"Broken\",\n  \"level\": \"beginner\"\n  \"week\": {}\n}\n");

        var result = ToolRun.Run("plan", "--athlete", athlete, "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.ErrorLines.ShouldHaveSingleItem().ShouldMatch(@"broken\.json\(4,\d+\): error RS1001: ");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Schema_errors_in_the_athlete_are_all_reported()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("bad.json", """
            {
              "name": "Bad",
              "level": "expert",
              "week": { "monday": "easy", "tuesday": "rest", "wednesday": "easy", "thursday": "rest", "friday": "easy", "saturday": "rest", "sunday": "long" },
              "sessionMinutes": "thirty"
            }
            """);

        var result = ToolRun.Run("plan", "--athlete", athlete, "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.ErrorLines.Length.ShouldBeGreaterThanOrEqualTo(2);
        result.ErrorLines.ShouldAllBe(l => Regex.IsMatch(l, @"bad\.json\(\d+,\d+\): error RS1\d{3}: "));
    }

    [Fact]
    public void Warnings_go_to_stderr_in_msbuild_form_and_the_plan_still_comes()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("history.json", """
            {
              "name": "Sam",
              "level": "intermediate",
              "week": { "monday": "easy", "tuesday": "rest", "wednesday": "easy", "thursday": "rest", "friday": "easy", "saturday": "rest", "sunday": "long" },
              "sessionMinutes": 40,
              "history": [
                { "date": "2026-11-16", "exercise": "split-squatt", "sets": 3, "reps": 10 }
              ]
            }
            """);

        var result = ToolRun.Run("plan", "--athlete", athlete, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.ErrorLines.ShouldHaveSingleItem().ShouldMatch(@"history\.json\(7,\d+\): warning RS5004: .*split-squatt.*did you mean 'split-squat'\?");
        result.OutLines[0].ShouldBe("Strength plan for Sam");
    }

    [Fact]
    public void Broken_rules_folder_stops_the_plan_with_its_errors()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        File.WriteAllText(Path.Combine(rules, "timing.json"), File.ReadAllText(Path.Combine(rules, "timing.json")).Replace("\"Expression\": \"true\"", "\"Expression\": \"athlete.levle == 1\""));

        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", rules);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldMatch(@"timing\.json\(\d+,\d+\): error RS3101: 'athlete' has no member 'levle'; did you mean 'level'\?");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Missing_rules_folder_is_RS9001()
    {
        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", "/no/such/rules");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error RS9001: '/no/such/rules' does not exist");
    }

    [Fact]
    public void Output_file_gets_the_plan_and_stdout_says_so()
    {
        using var temp = new TempFolder();
        var output = temp.File("maya.ics");

        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--format", "ics", "--weeks", "2", "--output", output);

        result.ExitCode.ShouldBe(0, result.ToString());
        File.ReadAllText(output).ShouldBe(Expected(Maya, PlanFormat.Ics, weeks: 2));
        result.OutLines.ShouldHaveSingleItem().ShouldEndWith("maya.ics: 2 weeks, 4 sessions for Maya");
        Directory.GetFiles(temp.Path).ShouldBe([output], "no temporary file is left behind");
    }

    [Fact]
    public void Output_never_replaces_the_athlete_profile()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("maya.json", File.ReadAllText(Maya));

        var result = ToolRun.Run("plan", "--athlete", athlete, "--rules", Repository.Rules, "--output", athlete, "--format", "json");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--output names the athlete profile itself");
        File.ReadAllText(athlete).ShouldBe(File.ReadAllText(Maya));
    }

    [Fact]
    public void Output_replaces_an_existing_file()
    {
        using var temp = new TempFolder();
        var output = temp.Write("plan.txt", "old plan");

        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1", "--output", output);

        result.ExitCode.ShouldBe(0, result.ToString());
        File.ReadAllText(output).ShouldStartWith("Strength plan for Maya\n");
    }

    [Fact]
    public void Output_into_a_missing_folder_fails_with_RS9003()
    {
        using var temp = new TempFolder();

        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--output", temp.File("no-folder/plan.txt"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldMatch(@"error RS9003: '.*no-folder/plan\.txt' cannot be written: the folder '.*no-folder' does not exist");
    }

    [Theory]
    [InlineData("a-file/plan.txt")]
    [InlineData("a-file/deeper/plan.txt")]
    public void Output_under_a_regular_file_says_that_the_parent_is_a_file(string output)
    {
        using var temp = new TempFolder();
        temp.Write("a-file", "not a folder");

        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--output", temp.File(output));

        result.ExitCode.ShouldBe(1);
        result.ErrorLines.ShouldHaveSingleItem().ShouldMatch(@"^error RS9003: '.*/a-file/.*plan\.txt' cannot be written: '.*/a-file' is a file, not a folder$");
        File.ReadAllText(temp.File("a-file")).ShouldBe("not a folder");
    }

    [Fact]
    public void Output_path_that_is_a_folder_fails_with_RS9004()
    {
        using var temp = new TempFolder();

        var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--output", temp.Path);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error RS9004:");
    }

    [Fact]
    public void Unwritable_output_leaves_the_previous_file_untouched()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            // Root writes anywhere and Windows has no mode bits: show the same guarantee with a failing plan instead.
            Failed_plan_leaves_the_previous_output_untouched();
            return;
        }

        using var temp = new TempFolder();
        var output = temp.Write("locked/plan.txt", "previous plan");
        var folder = Path.GetDirectoryName(output)!;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--output", output);

            result.ExitCode.ShouldBe(1);
            result.Error.ShouldContain("error RS9003:");
            File.ReadAllText(output).ShouldBe("previous plan");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Failed_plan_leaves_the_previous_output_untouched()
    {
        using var temp = new TempFolder();
        var output = temp.Write("plan.txt", "previous plan");
        var athlete = temp.Write("broken.json", "{ \"name\": ");

        var result = ToolRun.Run("plan", "--athlete", athlete, "--rules", Repository.Rules, "--output", output);

        result.ExitCode.ShouldBe(1);
        File.ReadAllText(output).ShouldBe("previous plan");
    }

    [Fact]
    public void Terminal_output_is_coloured_and_keeps_the_words()
    {
        var context = ToolRun.Context() with { OutIsTerminal = true };

        var result = ToolRun.Run(context, "plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldContain("\u001b[");
        Regex.Replace(result.Out, @"\u001b\[[0-9;]*m", string.Empty).ShouldContain("A1 Split squat");
    }

    [Fact]
    public void NO_COLOR_keeps_a_terminal_plain()
    {
        var context = ToolRun.Context() with { OutIsTerminal = true, NoColor = true };

        var result = ToolRun.Run(context, "plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1");

        result.Out.ShouldNotContain("\u001b[");
        result.Out.ShouldBe(Expected(Maya, PlanFormat.Text, weeks: 1));
    }

    /// <summary>What the library gives for the same request: the CLI must not change a word.</summary>
    internal static string Expected(string athletePath, PlanFormat format, int? weeks = null, bool explain = false)
    {
        var read = AthleteProfileReader.ReadFile(athletePath);
        var rules = CoachingRules.Load(Repository.Rules).Rules!;
        var plan = ProgramDesigner.Design(new PlanRequest { Athlete = read.Profile!, AthleteSource = read.Source, Weeks = weeks }, rules, ToolRun.Today).Plan!;
        return PlanRenderer.Render(plan, format, new PlanRenderOptions { Explain = explain, Clock = ToolRun.Clock });
    }
}

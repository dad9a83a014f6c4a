using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

public sealed class EvalCommandTests
{
    private static readonly string Maya = Repository.Athlete("beginner-bodyweight-10k");
    private static readonly string Gym = Repository.Athlete("advanced-gym-marathon");

    [Theory]
    [InlineData("1.5 + 2", "3.5")]
    [InlineData("2 * 3", "6")]
    [InlineData("1 < 2", "true")]
    [InlineData("\"a\" + \"b\"", "\"ab\"")]
    [InlineData("null", "null")]
    public void Expression_without_athlete_prints_its_value_as_json(string expression, string expected)
    {
        var result = ToolRun.Run("eval", "--expr", expression);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe(expected + "\n");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Joining_the_athlete_into_text_is_refused_not_printed_with_its_ToString()
    {
        var result = ToolRun.Run("eval", "--expr", "\"\" + athlete", "--athlete", Maya);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Out.ShouldBeEmpty();
        result.Error.ShouldStartWith("<expr>(1,6): error RS3127: 'athlete' is AthleteProfile; only text, numbers, true/false, dates and enum values can be joined into text\n");
        result.Error.ShouldNotContain("System.Collections.Generic");
    }

    [Theory]
    [InlineData("2147483647 + 1", "<expr>(1,1): error RS3123: 2147483647 + 1 overflows a 32-bit integer\n  2147483647 + 1\n  ^^^^^^^^^^^^^^\n")]
    [InlineData("1.0 / 0", "<expr>(1,1): error RS3124: 1.0 / 0 is not a finite number\n  1.0 / 0\n  ^^^^^^^\n")]
    [InlineData("\"abc\".Contains(iif(1 > 2, \"a\", null))", "<expr>(1,16): error RS3126: 'iif(1 > 2, \"a\", null)' is null, so '\"abc\".Contains(iif(1 > 2, \"a\", null))' cannot be computed\n  \"abc\".Contains(iif(1 > 2, \"a\", null))\n                 ^^^^^^^^^^^^^^^^^^^^^\n")]
    public void A_failed_computation_is_reported_with_its_code_and_place(string expression, string expected)
    {
        var result = ToolRun.Run("eval", "--expr", expression);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Out.ShouldBeEmpty();
        result.Error.ShouldBe(expected);
    }

    [Theory]
    [InlineData("athlete.level", "\"beginner\"")]
    [InlineData("athlete.sessionMinutes", "30")]
    [InlineData("athlete.week.sunday", "\"long\"")]
    [InlineData("athlete.race.distance", "\"10k\"")]
    [InlineData("athlete.equipment.Count == 0", "true")]
    [InlineData("athlete.name", "\"Maya\"")]
    public void Expression_reads_the_athlete_file(string expression, string expected)
    {
        var result = ToolRun.Run("eval", "--expr", expression, "--athlete", Maya);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe(expected + "\n");
    }

    [Fact]
    public void A_race_in_weeks_is_dated_from_next_Monday_as_a_plan_would_see_it()
    {
        // Today is Friday 20 November 2026: a plan starts on Monday 23 November, and week 15 ends on Sunday 7 March.
        var result = ToolRun.Run("eval", "--expr", "athlete.race.date == \"2027-03-07\" && athlete.race.inWeeks == 15", "--athlete", Maya);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe("true\n");
    }

    [Fact]
    public void Enum_of_the_week_is_written_by_its_json_spelling()
    {
        var result = ToolRun.Run("eval", "--expr", "athlete.week.tuesday", "--athlete", Gym);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe("\"intervals\"\n");
    }

    [Fact]
    public void List_is_a_json_array()
    {
        var result = ToolRun.Run("eval", "--expr", "athlete.equipment", "--athlete", Repository.Athlete("intermediate-half-marathon-bands-dumbbells"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldStartWith("[\"");
        result.Out.ShouldEndWith("]\n");
    }

    [Fact]
    public void Record_is_a_json_object_with_the_file_names()
    {
        var result = ToolRun.Run("eval", "--expr", "athlete.race", "--athlete", Maya);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe("{\"date\":\"2027-03-07\",\"distance\":\"10k\",\"inWeeks\":15,\"day\":null}\n");
    }

    [Fact]
    public void Compile_error_shows_the_diagnostic_the_expression_and_a_caret()
    {
        var result = ToolRun.Run("eval", "--expr", "athlete.levle == \"beginner\"");

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldBeEmpty();
        result.ErrorLines.ShouldBe(
        [
            "<expr>(1,9): error RS3101: 'athlete' has no member 'levle'; did you mean 'level'?",
            "  athlete.levle == \"beginner\"",
            "          ^^^^^",
        ]);
    }

    [Fact]
    public void Syntax_error_points_at_the_column()
    {
        var result = ToolRun.Run("eval", "--expr", "1 + * 2");

        result.ExitCode.ShouldBe(1);
        result.ErrorLines[0].ShouldStartWith("<expr>(1,5): error RS2005:");
        result.ErrorLines[1].ShouldBe("  1 + * 2");
        result.ErrorLines[2].ShouldBe("      ^");
    }

    [Fact]
    public void Reading_the_athlete_without_one_reports_the_null_read()
    {
        var result = ToolRun.Run("eval", "--expr", "athlete.sessionMinutes > 20");

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldBeEmpty();
        result.ErrorLines.ShouldBe(
        [
            "<expr>(1,1): error RS3132: 'athlete' is null, so 'athlete.sessionMinutes' cannot be read",
            "  athlete.sessionMinutes > 20",
            "  ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        ]);
    }

    [Fact]
    public void Broken_athlete_file_stops_before_evaluating()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("broken.json", "{ \"name\": ");

        var result = ToolRun.Run("eval", "--expr", "1", "--athlete", athlete);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldMatch(@"broken\.json\(1,\d+\): error RS1001: ");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Expr_is_required()
    {
        var result = ToolRun.Run("eval");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--expr");
    }
}

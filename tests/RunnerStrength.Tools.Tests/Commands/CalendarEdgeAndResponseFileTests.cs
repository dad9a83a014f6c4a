using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #10: starts at the ends of the calendar are diagnostics, and an <c>@file</c> argument is never read.</summary>
public sealed class CalendarEdgeAndResponseFileTests
{
    private static readonly string NoRace = Path.Combine(Repository.Athletes, "no-race.json");

    [Theory]
    [InlineData("0001-01-01", "1", "error RS5065: a 1-week plan starting on 0001-01-01 would run before 0001-01-01; plans must start on or after 0001-01-08 and end a week before 9999-12-31")]
    [InlineData("9999-12-20", "1", "error RS5065: a 1-week plan starting on 9999-12-20 would run past 9999-12-31; plans must start on or after 0001-01-08 and end a week before 9999-12-31")]
    [InlineData("9999-12-13", "2", "error RS5065: a 2-week plan starting on 9999-12-13 would run past 9999-12-31; plans must start on or after 0001-01-08 and end a week before 9999-12-31")]
    public void A_plan_past_either_end_of_the_calendar_reports_RS5065(string start, string weeks, string expected)
    {
        var result = ToolRun.Run("plan", "--athlete", NoRace, "--start", start, "--weeks", weeks);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.ErrorLines.ShouldBe([expected]);
        result.Error.ShouldNotContain("out of range");
    }

    [Theory]
    [InlineData("0001-01-08", "104", "text")]
    [InlineData("9999-12-13", "1", "ics")]
    [InlineData("9999-12-13", "1", "json")]
    public void A_plan_just_inside_the_calendar_is_made(string start, string weeks, string format)
    {
        var result = ToolRun.Run("plan", "--athlete", NoRace, "--start", start, "--weeks", weeks, "--format", format);

        result.ExitCode.ShouldBe(0, result.ToString());
    }

    [Fact]
    public void An_at_argument_is_not_read_as_a_response_file()
    {
        using var temp = new TempFolder();
        var secret = temp.Write("secret.txt", "root:x:0:0:secret-line\n");

        var result = ToolRun.Run("eval", "@" + secret);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldNotContain("secret-line");
        result.Error.ShouldContain($"'@{secret}'");
    }
}

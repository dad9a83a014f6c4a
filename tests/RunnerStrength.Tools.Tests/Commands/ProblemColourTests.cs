using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #11: on a terminal, and only there and without NO_COLOR, "error" is red and "warning" yellow.</summary>
public sealed class ProblemColourTests
{
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Reset = "\u001b[0m";

    [Fact]
    public void Errors_on_a_terminal_colour_the_word_error()
    {
        var result = ToolRun.Run(c => c with { ErrorIsTerminal = true }, "plan", "--athlete", "/no/such/athlete.json");

        result.ExitCode.ShouldBe(1);
        result.ErrorLines.ShouldBe([$"{Red}error{Reset} RS9001: '/no/such/athlete.json' does not exist"]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Errors_are_plain_when_not_on_a_terminal_or_with_no_color(bool terminal, bool noColor)
    {
        var result = ToolRun.Run(c => c with { ErrorIsTerminal = terminal, NoColor = noColor }, "plan", "--athlete", "/no/such/athlete.json");

        result.ErrorLines.ShouldBe(["error RS9001: '/no/such/athlete.json' does not exist"]);
        result.Error.ShouldNotContain("\u001b");
    }

    [Fact]
    public void Usage_errors_on_a_terminal_colour_the_word_error()
    {
        var result = ToolRun.Run(c => c with { ErrorIsTerminal = true }, "plan", "--weeks", "0", "--athlete", "x.json");

        result.ExitCode.ShouldBe(2);
        result.ErrorLines[0].ShouldStartWith($"runner-strength plan: {Red}error{Reset}: ");
    }

    [Fact]
    public void Validate_colours_warnings_yellow_and_errors_red_on_a_terminal_standard_output()
    {
        using var temp = new TempFolder();
        var profile = File.ReadAllText(Repository.Athlete("no-race"));
        var withWarning = temp.Write("warn.json", profile.Replace("\"sessionMinutes\": 40,", "\"sessionMinutes\": 40,\n  \"history\": [{ \"date\": \"2026-11-01\", \"exercise\": \"goblet-squat\", \"sets\": 3, \"reps\": 8, \"load\": \"heavy-ish\" }],", StringComparison.Ordinal));
        var withError = temp.Write("bad.json", profile.Replace("\"sessionMinutes\": 40,", "\"sessionMinutes\": 5,", StringComparison.Ordinal));

        var coloured = ToolRun.Run(c => c with { OutIsTerminal = true }, "validate", withWarning, withError);
        var plain = ToolRun.Run(c => c with { OutIsTerminal = true, NoColor = true }, "validate", withWarning, withError);

        coloured.ExitCode.ShouldBe(1);
        coloured.OutLines.ShouldContain(l => l.Contains($": {Yellow}warning{Reset} RS5006: ", StringComparison.Ordinal));
        coloured.OutLines.ShouldContain(l => l.Contains($": {Red}error{Reset} RS1002: ", StringComparison.Ordinal));
        plain.Out.ShouldNotContain("\u001b");
    }
}

using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #10: control characters and U+202E in names and paths reach neither file names nor the terminal as they are.</summary>
public sealed class TerminalTextTests
{
    private static readonly string Maya = Repository.Athlete("beginner-bodyweight-10k");

    [Fact]
    public void An_athlete_name_with_an_escape_sequence_and_a_bidi_override_is_escaped_in_the_summary()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("athlete.json", File.ReadAllText(Maya).Replace("\"Maya\"", "\"Ma\\u001b[31mya\\u202Egpj.exe\"", StringComparison.Ordinal));
        var output = temp.File("plan.txt");

        var result = ToolRun.Run("plan", "--athlete", athlete, "--weeks", "1", "--output", output);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldNotContain("\u001b");
        result.Out.ShouldNotContain("\u202E");
        result.Out.ShouldContain("for Ma\\u{001B}[31mya\\u{202E}gpj.exe");
    }

    [Fact]
    public void Profile_file_names_with_control_and_bidi_characters_give_plain_plan_names_and_escaped_messages()
    {
        using var temp = new TempFolder();
        var athletes = temp.File("athletes");
        Directory.CreateDirectory(athletes);
        File.Copy(Maya, Path.Combine(athletes, "a\u202Etxt.json"));
        File.WriteAllText(Path.Combine(athletes, "b\u001b[2Jbad.json"), "{");
        var output = temp.File("out");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", output, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(1, result.ToString());
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(["a_txt.txt"]);
        result.Error.ShouldNotContain("\u001b");
        result.Error.ShouldContain("b\\u{001B}[2Jbad.json");
    }

    [Fact]
    public void A_missing_path_with_a_newline_stays_on_one_line()
    {
        var result = ToolRun.Run("eval", "--expr", "1", "--athlete", "no\nsuch\u202E.json");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.ErrorLines.ShouldBe(["error RS9001: 'no\\u{000A}such\\u{202E}.json' does not exist"]);
    }
}

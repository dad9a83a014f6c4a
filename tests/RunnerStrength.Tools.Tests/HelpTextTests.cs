using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests;

/// <summary>
/// The help text is part of the tool's contract: each command's help is compared with its approved file under
/// Approved/. After a deliberate change, run the tests with RUNNERSTRENGTH_UPDATE_GOLDEN=1 to rewrite them.
/// </summary>
public sealed class HelpTextTests
{
    public static TheoryData<string> Commands => new() { "root", "plan", "validate", "test", "eval", "init", "diff", "lint", "fmt", "completion", "serve" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_matches_the_approved_text(string command)
    {
        string[] args = command == "root" ? ["--help"] : [command, "--help"];

        var result = ToolRun.Run(args);

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldBeEmpty();
        Approved.Verify($"{command}.help.txt", result.Out);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Short_help_aliases_print_the_same_help(string alias)
    {
        ToolRun.Run("plan", alias).Out.ShouldBe(ToolRun.Run("plan", "--help").Out);
    }
}

using System.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Commands;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests;

/// <summary>Issue #11: every command's help ends with examples and exit codes, and every example runs as its help says.</summary>
public sealed class HelpExampleTests
{
    public static TheoryData<string, string> Examples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (command, help) in Helps())
            {
                foreach (var example in help.Examples)
                {
                    data.Add(command, example.CommandLine);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_in_the_help_runs_and_succeeds(string command, string commandLine)
    {
        using var temp = new TempFolder();
        var args = Arguments(commandLine).Skip(1).ToList();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "rules" || args[i].StartsWith("rules/", StringComparison.Ordinal) || args[i].StartsWith("examples/", StringComparison.Ordinal))
            {
                args[i] = Path.Combine(Repository.Root, args[i]);
            }
            else if (i > 0 && args[i - 1] == "--input" && args[i].Split('=', 2) is [var name, var file])
            {
                args[i] = $"{name}={Path.Combine(Repository.Root, file)}";
            }
            else if (i > 0 && args[i - 1] is "--output" or "--output-dir")
            {
                args[i] = temp.File(args[i]);
            }
        }

        if (args is [InitCommand.Name, ..])
        {
            // init writes a folder (./rules by default): into the temp folder, never the one the tests run in.
            var folder = args.FindIndex(1, a => !a.StartsWith("--", StringComparison.Ordinal));
            if (folder < 0)
            {
                args.Insert(1, temp.File("rules"));
            }
            else
            {
                args[folder] = temp.File(args[folder]);
            }
        }

        var result = ToolRun.Run([.. args]);

        // diff reports changes with exit 1: for it, 0 and 1 are both a report written as the help says.
        int[] expected = command == DiffCommand.Name ? [ExitCodes.Success, ExitCodes.Failure] : [ExitCodes.Success];
        result.ExitCode.ShouldBeOneOf(expected, $"{command}: {commandLine}\n{result}");
        if (command == DiffCommand.Name)
        {
            result.OutLines[^1].ShouldMatch(@"^(No plan changes for \d+ athletes?\.|\d+ of \d+ athletes?'s? plans? changes?.*: .+)$|^\| ", result.ToString());
        }
    }

    [Theory]
    [InlineData("root")]
    [InlineData(PlanCommand.Name)]
    [InlineData(ValidateCommand.Name)]
    [InlineData(TestCommand.Name)]
    [InlineData(EvalCommand.Name)]
    [InlineData(InitCommand.Name)]
    [InlineData(DiffCommand.Name)]
    [InlineData(FmtCommand.Name)]
    [InlineData(CompletionCommand.Name)]
    [InlineData(LintCommand.Name)]
    [InlineData(ServeCommand.Name)]
    public void Every_help_ends_with_examples_and_the_exit_codes(string command)
    {
        var help = ToolRun.Run(command == "root" ? ["--help"] : [command, "--help"]).Out;

        help.ShouldContain("\nExamples:\n  runner-strength ");
        help.ShouldContain("\nExit codes:\n  0  ");
        help.ShouldContain("\n  1  ");
        help.ShouldContain("\n  2  ");
    }

    [Fact]
    public void The_commands_list_shows_optional_arguments_in_brackets()
    {
        var help = ToolRun.Run("--help").OutLines;

        help.ShouldContain(l => l.StartsWith("  validate [<PATH>...]  ", StringComparison.Ordinal));
        help.ShouldContain(l => l.StartsWith("  test [<DIR>]  ", StringComparison.Ordinal));
        help.ShouldNotContain(l => l.Contains("validate <PATH>", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Command, CommandHelp Help)> Helps() =>
    [
        ("root", CliApplication.Help),
        (PlanCommand.Name, PlanCommand.Help),
        (ValidateCommand.Name, ValidateCommand.Help),
        (TestCommand.Name, TestCommand.Help),
        (EvalCommand.Name, EvalCommand.Help),
        (InitCommand.Name, InitCommand.Help),
        (DiffCommand.Name, DiffCommand.Help),
        (FmtCommand.Name, FmtCommand.Help),
        (CompletionCommand.Name, CompletionCommand.Help),
        (LintCommand.Name, LintCommand.Help),

        // serve runs until it is stopped, so its examples are not run here: the studio's API and browser tests start it.
    ];

    // The words of a command line as a POSIX shell splits them; only single quotes are used in the examples.
    private static List<string> Arguments(string commandLine)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in commandLine)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    words.Add(word.ToString());
                }

                word.Clear();
                any = false;
            }
            else
            {
                word.Append(c);
                any = true;
            }
        }

        if (any)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}

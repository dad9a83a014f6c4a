using System.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Completion;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #13: <c>completion bash|zsh|fish|pwsh</c> prints a script made from the command tree. Every script names every
/// command, option and choice the tree has; the bash script is loaded into bash and asked to complete, and so are the
/// zsh and fish scripts where those shells are installed.
/// </summary>
public sealed class CompletionCommandTests
{
    private static readonly TimeSpan ShellTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Shells => [.. CompletionScripts.Shells];

    private static CommandCompletion Tree => CompletionModel.From(CliApplication.CreateRoot(ToolRun.Context()));

    [Theory]
    [MemberData(nameof(Shells))]
    public void Each_script_names_every_command_option_and_choice_of_the_command_tree(string shell)
    {
        var result = ToolRun.Run("completion", shell);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
        var script = result.Out;
        foreach (var command in Tree.Subcommands.Prepend(Tree))
        {
            script.ShouldContain(command.Name);
            foreach (var option in command.Options)
            {
                foreach (var name in option.Names)
                {
                    // fish names options by what follows the dashes.
                    script.ShouldContain(shell == "fish" ? name.TrimStart('-') : name, customMessage: $"{command.Name} {name}");
                }

                foreach (var choice in option.Value.Choices)
                {
                    script.ShouldContain(choice, customMessage: $"{command.Name} {option.Names[0]} {choice}");
                }
            }
        }
    }

    [Fact]
    public void The_tree_says_what_each_value_is()
    {
        var plan = Tree.Subcommands.Single(c => c.Name == "plan");
        Value(plan, "--athlete").Kind.ShouldBe(ValueKind.File);
        Value(plan, "--athletes").Kind.ShouldBe(ValueKind.Folder);
        Value(plan, "--rules").Kind.ShouldBe(ValueKind.Folder);
        Value(plan, "--start").Kind.ShouldBe(ValueKind.Text);
        Value(plan, "--format").Choices.ShouldBe(["ics", "json", "markdown", "text"], ignoreOrder: true);
        Value(plan, "--explain").Kind.ShouldBe(ValueKind.None);
        Value(plan, "--watch").Kind.ShouldBe(ValueKind.None);
        plan.Options.ShouldContain(o => o.Names.Contains("--verbose"), "recursive options are offered under every command");
        Tree.Subcommands.Single(c => c.Name == "validate").Arguments.Kind.ShouldBe(ValueKind.Path);
        Tree.Subcommands.Single(c => c.Name == "test").Arguments.Kind.ShouldBe(ValueKind.Folder);
        Tree.Subcommands.Single(c => c.Name == "completion").Arguments.Choices.ShouldBe(["bash", "fish", "pwsh", "zsh"], ignoreOrder: true);
        Value(Tree.Subcommands.Single(c => c.Name == "diff"), "--athlete").Repeats.ShouldBeTrue();
    }

    [Theory]
    [InlineData]
    [InlineData("tcsh")]
    public void A_missing_or_unknown_shell_is_bad_usage(params string[] shell)
    {
        var result = ToolRun.Run(["completion", .. shell]);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void The_bash_script_is_valid_bash()
    {
        using var temp = new TempFolder();
        var script = temp.Write("runner-strength.bash", ToolRun.Run("completion", "bash").Out);

        var result = ProcessRun.Run("bash", ["-n", script], temp.Path, new Dictionary<string, string>(), ShellTimeout);

        result.ExitCode.ShouldBe(0, result.ToString());
    }

    [Fact]
    public void Bash_completes_commands_options_their_values_and_files()
    {
        var plan = Tree.Subcommands.Single(c => c.Name == "plan");
        var cases = new (string[] Words, string[] Expected)[]
        {
            (["runner-strength", ""], [.. Tree.Subcommands.Select(c => c.Name)]),
            (["runner-strength", "pl"], ["plan"]),
            (["runner-strength", "-"], [.. Tree.Options.SelectMany(o => o.Names)]),
            (["runner-strength", "plan", "--"], [.. plan.Options.SelectMany(o => o.Names).Where(n => n.StartsWith("--", StringComparison.Ordinal))]),
            (["runner-strength", "plan", "--format", ""], ["ics", "json", "markdown", "text"]),
            (["runner-strength", "plan", "--format", "=", "m"], ["markdown"]),
            (["runner-strength", "plan", "--athlete", ""], ["ann.json", "notes.txt", "plans"]),
            (["runner-strength", "plan", "--athlete", "a"], ["ann.json"]),
            (["runner-strength", "plan", "--athletes", ""], ["plans"]),
            (["runner-strength", "plan", "--athlete", "ann.json", "--f"], ["--format"]),
            (["runner-strength", "--verbose", "diff", "--ath"], ["--athlete", "--athletes"]),
            (["runner-strength", "test", ""], ["plans"]),
            (["runner-strength", "validate", ""], ["ann.json", "notes.txt", "plans"]),
            (["runner-strength", "completion", ""], ["bash", "fish", "pwsh", "zsh"]),
            (["runner-strength", "fmt", "--c"], ["--check"]),
            (["runner-strength", "plan", "--w"], ["--watch", "--weeks"]),
        };
        using var temp = new TempFolder();
        temp.Write("work/ann.json", "{}");
        temp.Write("work/notes.txt", string.Empty);
        Directory.CreateDirectory(temp.File("work/plans"));
        var script = temp.Write("runner-strength.bash", ToolRun.Run("completion", "bash").Out);

        // Each case sets COMP_WORDS and COMP_CWORD as bash does on Tab, calls the function the script registered, and prints COMPREPLY.
        var driver = new StringBuilder($"source '{script}'\n");
        driver.Append("fn=$(complete -p runner-strength | sed -E 's/.*-F ([^ ]+) .*/\\1/')\n");
        driver.Append("t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); \"$fn\" runner-strength; printf '%s\\n' \"$(printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' ')\"; }\n");
        foreach (var (words, _) in cases)
        {
            driver.Append("t ").Append(string.Join(' ', words.Select(w => $"'{w}'"))).Append('\n');
        }

        var result = ProcessRun.Run("bash", ["--norc", "--noprofile", temp.Write("driver.sh", driver.ToString())], temp.File("work"), new Dictionary<string, string>(), ShellTimeout);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
        var lines = result.Out.Split('\n');
        for (var i = 0; i < cases.Length; i++)
        {
            lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(cases[i].Expected, ignoreOrder: true, $"[{string.Join(' ', cases[i].Words)}]");
        }
    }

    [ShellFact("zsh")]
    public void Zsh_loads_the_script_and_completes_commands_options_and_values()
    {
        using var temp = new TempFolder();
        temp.Write("ann.json", "{}");
        var script = temp.Write("_runner-strength", ToolRun.Run("completion", "zsh").Out);
        ProcessRun.Run("zsh", ["-n", script], temp.Path, new Dictionary<string, string>(), ShellTimeout).ExitCode.ShouldBe(0);

        Zsh(temp, script, "runner-strength ").ShouldBe([.. Tree.Subcommands.Select(c => c.Name)], ignoreOrder: true);
        Zsh(temp, script, "runner-strength plan --fo").ShouldBe(["--format"]);
        Zsh(temp, script, "runner-strength plan --format ").ShouldBe(["ics", "json", "markdown", "text"], ignoreOrder: true);
        Zsh(temp, script, "runner-strength plan --athlete ").ShouldContain("ann.json");
        Zsh(temp, script, "runner-strength completion ").ShouldBe(["bash", "fish", "pwsh", "zsh"], ignoreOrder: true);
    }

    [ShellFact("fish")]
    public void Fish_loads_the_script_and_completes_commands_options_and_values()
    {
        using var temp = new TempFolder();
        temp.Write("ann.json", "{}");
        var script = temp.Write("runner-strength.fish", ToolRun.Run("completion", "fish").Out);
        ProcessRun.Run("fish", ["--no-execute", script], temp.Path, new Dictionary<string, string>(), ShellTimeout).ExitCode.ShouldBe(0);

        Fish(temp, script, "runner-strength ").ShouldBe([.. Tree.Subcommands.Select(c => c.Name)], ignoreOrder: true);
        Fish(temp, script, "runner-strength plan --fo").ShouldBe(["--format"]);
        Fish(temp, script, "runner-strength plan --format ").ShouldBe(["ics", "json", "markdown", "text"], ignoreOrder: true);
        Fish(temp, script, "runner-strength plan --athlete ").ShouldContain("ann.json");
        Fish(temp, script, "runner-strength completion ").ShouldBe(["bash", "fish", "pwsh", "zsh"], ignoreOrder: true);
    }

    private static CompletionValue Value(CommandCompletion command, string option) => command.Options.Single(o => o.Names[0] == option).Value;

    // What zsh offers on Tab at the end of the line, through a pseudo-terminal (Support/zsh-capture.zsh).
    private static string[] Zsh(TempFolder temp, string script, string line)
    {
        var capture = Path.Combine(Repository.TestProject, "Support", "zsh-capture.zsh");
        var result = ProcessRun.Run("zsh", ["-f", capture, script, line], temp.Path, new Dictionary<string, string> { ["TERM"] = "dumb" }, ShellTimeout);
        result.ExitCode.ShouldBe(0, result.ToString());
        return [.. result.OutLines.Select(l => l.Replace("\\", string.Empty, StringComparison.Ordinal)).Where(l => l != "$h" && !l.Contains("READY", StringComparison.Ordinal))];
    }

    private static string[] Fish(TempFolder temp, string script, string line)
    {
        var result = ProcessRun.Run("fish", ["--no-config", "-c", $"source '{script}'; complete --do-complete '{line}'"], temp.Path, new Dictionary<string, string>(), ShellTimeout);
        result.ExitCode.ShouldBe(0, result.ToString());
        return [.. result.OutLines.Select(l => l.Split('\t')[0])];
    }
}

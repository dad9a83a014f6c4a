using System.CommandLine;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Completion;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>completion bash|zsh|fish|pwsh</c>: prints a shell completion script made from the tool's command tree.</summary>
internal static class CompletionCommand
{
    public const string Name = "completion";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength completion bash", "The bash script: load it with source <(runner-strength completion bash) in ~/.bashrc, or save it as ~/.local/share/bash-completion/completions/runner-strength."),
            new("runner-strength completion zsh", "The zsh script: save it as _runner-strength in a folder of $fpath, or source <(runner-strength completion zsh) after compinit."),
            new("runner-strength completion fish", "The fish script: save it as ~/.config/fish/completions/runner-strength.fish."),
            new("runner-strength completion pwsh", "The PowerShell script: add runner-strength completion pwsh | Out-String | Invoke-Expression to $PROFILE."),
        ],
        [
            new(ExitCodes.Success, "The script is printed."),
            new(ExitCodes.Failure, "The tool failed."),
            new(ExitCodes.Usage, "Bad usage: no shell, or one the tool has no script for."),
        ]);

    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh, fish or pwsh (PowerShell)." };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);

        var command = new Command(Name, "Print a shell completion script for the commands, their options and file arguments.")
        {
            shell,
        };
        command.SetAction(parse =>
        {
            // The tree the script is made from is the one this run parsed with: what the tool accepts, nothing else.
            var root = parse.RootCommandResult.Command;
            context.Out.Write(CompletionScripts.For(parse.GetRequiredValue(shell), CompletionModel.From(root)));
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>init [DIR]</c>: copies the rule set shipped with the tool into a folder for a coach to edit.</summary>
internal static class InitCommand
{
    public const string Name = "init";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength init", "Copy the shipped rules into ./rules, with their schemas in rules/schemas; from this folder on, the commands use the copy."),
            new("runner-strength init club-rules --force", "Copy them into club-rules even if it has files, replacing those of the same names; use it with --rules club-rules."),
        ],
        [
            new(ExitCodes.Success, "The rule set is copied."),
            new(ExitCodes.Failure, "A file could not be written, or the tool has no rule set to copy."),
            new(ExitCodes.Usage, "Bad usage: the folder has files (without --force), is a file, or is the shipped rule set itself."),
        ]);

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = $"The folder to copy the rule set into (default: {RulesFolder.Name}, in the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var force = new Option<bool>("--force") { Description = "Copy into a folder that has files, replacing those of the same names." };

        var command = new Command(Name, "Copy the shipped rule set (rules, scenarios, sample athletes, schemas) into a folder to edit.")
        {
            directory, force,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(directory) ?? RulesFolder.Name;
            if (RulesFolder.Shipped(context) is not { } shipped || !Directory.Exists(Schemas(shipped)))
            {
                var missing = $"no rule set was found beside the tool (a '{RulesFolder.Name}' folder with {CoachingRules.ManifestFileName} and a '{RulesFolder.SchemasName}' folder beside it); reinstall the tool";
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {missing}", context.ColorError);
                return ExitCodes.Failure;
            }

            if (Refusal(target, shipped, parse.GetValue(force)) is { } refusal)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {refusal}", context.ColorError);
                return ExitCodes.Usage;
            }

            if (File.Exists(target))
            {
                DiagnosticLines.Write(context.Error, new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, PathDisplay.Of(target), "a file", "a folder to copy the rule set into"), context.ColorError);
                return ExitCodes.Usage;
            }

            var (copied, problem) = RuleSetCopy.Copy(shipped, Schemas(shipped), target);
            if (problem is not null)
            {
                DiagnosticLines.Write(context.Error, problem, context.ColorError);
                return ExitCodes.Failure;
            }

            var shown = PathDisplay.Of(target);
            var rulesFlag = Path.GetFullPath(target) == Path.GetFullPath(RulesFolder.Name) ? string.Empty : $" --rules {shown}";
            context.Out.WriteLine($"Copied the rule set into {shown}: {copied} files, its schemas in {shown}/{RuleSetCopy.SchemasFolder}.");
            context.Out.WriteLine("Edit the files, then:");
            context.Out.WriteLine($"  {CliApplication.Name} validate {shown}");
            context.Out.WriteLine($"  {CliApplication.Name} test {shown}/{TestCommand.TestsFolder}");
            context.Out.WriteLine($"  {CliApplication.Name} plan --athlete {shown}/examples/athletes/no-race.json{rulesFlag}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The schemas folder beside a rules folder, where its files' <c>$schema</c> paths lead.</summary>
    private static string Schemas(string rules) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules))!, RulesFolder.SchemasName);

    // Why the copy must not start, or null: a folder with files and no --force, or a target that overlaps the shipped
    // rules (copying a checkout's rules into themselves would rewrite their schema paths).
    private static string? Refusal(string target, string shipped, bool force)
    {
        if (RuleSetCopy.Overlap(target, shipped) || RuleSetCopy.Overlap(target, Schemas(shipped)))
        {
            return $"'{PathDisplay.Of(target)}' holds the shipped rule set ({PathDisplay.Of(shipped)}); name another folder";
        }

        return !force && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            ? $"'{PathDisplay.Of(target)}' is not empty; name a new or empty folder, or pass --force to copy over the files of the same names"
            : null;
    }
}

using System.CommandLine;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Formatting;
using RunnerStrength.Tools.Output;

namespace RunnerStrength.Tools.Commands;

/// <summary>
/// <c>fmt [PATH...] [--check]</c>: lays out rule, catalog, manifest, athlete and scenario files canonically, or with
/// <c>--check</c> lists those that are not (for CI).
/// </summary>
internal static class FmtCommand
{
    public const string Name = "fmt";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength fmt --check", "List the files of the rules folder that are not formatted, and fail if there are any (for CI)."),
            new("runner-strength fmt rules/examples/athletes/no-race.json", "Format one athlete profile in place; a formatted file is left untouched."),
            new("runner-strength fmt rules/tests --check", "Check the scenario files in rules/tests and the folders below it."),
        ],
        [
            new(ExitCodes.Success, "Every file is formatted (with --check: was already)."),
            new(ExitCodes.Failure, "With --check: some files are not formatted (they are listed); without: a file could not be written."),
            new(ExitCodes.Usage, "Bad usage, a path that is missing or of no known kind, or a file that is not well-formed JSON (reported and left as it is)."),
        ]);

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, or folders whose *.json files (in subfolders too) are formatted (default: the rules folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var check = new Option<bool>("--check") { Description = "Change nothing: list the files that are not formatted, and exit 1 if there are any." };

        var command = new Command(Name, "Lay out rule, catalog, athlete and scenario files in one canonical way, without changing what they say.")
        {
            paths, check,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } list ? list : RulesFolder.ResolveEditable(context) is { } rules ? [rules] : [];
            if (given.Length == 0)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {RulesFolder.NotFound("pass the PATH to format")} (fmt leaves the rule set installed with the tool as it is)", context.ColorError);
                return ExitCodes.Usage;
            }

            return Run(context, given, parse.GetValue(check));
        });
        return command;
    }

    private static int Run(CliContext context, string[] given, bool check)
    {
        var files = new List<(string Path, bool Explicit)>();
        foreach (var path in given)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(JsonFilesUnder(path).Select(f => (f, false)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    var why = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
                    DiagnosticLines.Write(context.Error, new Diagnostic(DiagnosticCatalog.CannotRead, Location.None, PathDisplay.Of(path), why), context.ColorError);
                    return ExitCodes.Usage;
                }
            }
            else if (File.Exists(path))
            {
                files.Add((path, true));
            }
            else
            {
                DiagnosticLines.Write(context.Error, new Diagnostic(DiagnosticCatalog.FileNotFound, Location.None, PathDisplay.Of(path)), context.ColorError);
                return ExitCodes.Usage;
            }
        }

        var malformed = 0;
        var checkedFiles = 0;
        var unformatted = 0;
        var written = 0;
        var failedWrites = 0;
        foreach (var (path, isExplicit) in files.DistinctBy(f => Path.GetFullPath(f.Path)))
        {
            var result = JsonFormatter.FormatFile(path);
            if (result.Failed)
            {
                DiagnosticLines.Write(context.Error, result.Diagnostics, context.ColorError);
                malformed++;
                continue;
            }

            if (result.Kind is null)
            {
                // A folder may hold other JSON (schemas, plans): only the files named on the command line must be of a known kind.
                if (isExplicit)
                {
                    DiagnosticLines.Write(context.Error, new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, result.Display, "JSON of no kind fmt knows", "a rule, catalog, ruleset.json, athlete or scenario file"), context.ColorError);
                    malformed++;
                }

                continue;
            }

            checkedFiles++;
            if (!result.Changed)
            {
                continue;
            }

            unformatted++;
            if (check)
            {
                context.Out.WriteLine(TerminalText.Escape(result.Display));
            }
            else if (AtomicFile.Write(path, result.Formatted!, keepMode: true) is { } problem)
            {
                DiagnosticLines.Write(context.Error, problem, context.ColorError);
                failedWrites++;
            }
            else
            {
                written++;
                context.Out.WriteLine(TerminalText.Escape($"Formatted {result.Display}"));
            }
        }

        context.Out.WriteLine(Summary(check, checkedFiles, check ? unformatted : written, failedWrites, malformed));
        return malformed > 0 ? ExitCodes.Usage
            : failedWrites > 0 || (check && unformatted > 0) ? ExitCodes.Failure
            : ExitCodes.Success;
    }

    /// <summary>The last line: with --check, how many files are not formatted; else how many were written.</summary>
    private static string Summary(bool check, int files, int changed, int failedWrites, int malformed)
    {
        var broken = malformed == 0 ? string.Empty : $"; {Quantity(malformed, "file")} with the problems above {(malformed == 1 ? "was" : "were")} left as {(malformed == 1 ? "it is" : "they are")}";
        if (check)
        {
            return changed == 0
                ? $"{Quantity(files, "file")} {(files == 1 ? "is" : "are")} formatted{broken}."
                : $"{changed} of {Quantity(files, "file")} {(changed == 1 ? "is" : "are")} not formatted; run '{CliApplication.Name} {Name}' to format {(changed == 1 ? "it" : "them")}{broken}.";
        }

        var unwritten = failedWrites == 0 ? string.Empty : $"; {Quantity(failedWrites, "file")} could not be written";
        return changed == 0 && failedWrites == 0
            ? $"{Quantity(files, "file")} already formatted{broken}."
            : $"Formatted {changed} of {Quantity(files, "file")}{unwritten}{broken}.";
    }

    private static string Quantity(int count, string noun) => Wording.Quantity(noun, count);

    /// <summary>The *.json files in <paramref name="folder"/> and below, in a stable order; hidden folders and links are left out.</summary>
    private static IEnumerable<string> JsonFilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            IgnoreInaccessible = false,
        }).Order(StringComparer.Ordinal);
}

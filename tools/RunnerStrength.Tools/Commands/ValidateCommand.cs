using System.CommandLine;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;
using RunnerStrength.Tools.Validation;
using RunnerStrength.Tools.Watching;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>validate [PATH...]</c>: checks rule sets, catalogs, scenarios and athlete profiles and reports every problem.</summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength validate", "Check the rules folder (RUNNERSTRENGTH_RULES, else the shipped rules/)."),
            new("runner-strength validate rules/variants/hard-days-hard rules/examples/athletes/no-race.json", "Check a variant of the rules and an athlete profile."),
            new("runner-strength validate --format sarif", "The problems as SARIF 2.1.0, for code scanning in CI."),
            new(
                "runner-strength validate examples/rulesengine/discounts.json --input input1=examples/rulesengine/order.sample.json",
                "Check a Microsoft RulesEngine file whose rules read input1, shaped like a sample order (a JSON Schema of it works too)."),
        ],
        [
            new(ExitCodes.Success, "No errors (warnings allowed)."),
            new(ExitCodes.Failure, "Errors, one line each: file(line,col): error RSxxxx: message."),
            new(ExitCodes.Usage, "Bad usage, a path that is missing or cannot be read, or an --input that declares no input (RS4021, RS4022, RS4016, RS1001, RS9001)."),
        ]);

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Rule-set folders, or rule, catalog, scenario or athlete files (default: the rules folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text: one line per problem and a summary; json: the problems as data; sarif: SARIF 2.1.0 for code scanning.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var watch = WatchMode.Option();

        var input = new Option<string[]>("--input")
        {
            Description = "Declare an input of RulesEngine files (rule files outside a coaching rule set) from a sample JSON document or a JSON Schema of it, so their rules are type-checked against it. Repeat it for each input.",
            HelpName = "NAME=FILE",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command(Name, "Check rule sets, exercise catalogs, scenario tests and athlete profiles, and report every problem.")
        {
            paths, format, input, watch,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(input) is not null && (result.GetValue(paths) ?? []).Length == 0)
            {
                result.AddError("--input declares the inputs of RulesEngine files: name the files or folders to check, such as validate rules.json --input input1=order.sample.json");
            }
        });
        command.SetAction(parse =>
        {
            if (!parse.GetValue(watch))
            {
                return Run(context, parse);
            }

            // The paths checked and the rules folder whose catalog the athletes are checked against.
            return WatchMode.Run(context, c => Run(c, parse), () =>
            {
                var scope = new WatchScope.Builder().RuleSet(RulesFolder.Resolve(null, context));
                foreach (var path in parse.GetValue(paths) ?? [])
                {
                    scope.RuleSet(Directory.Exists(path) ? path : null).Input(path);
                }

                return scope.Build();
            }, WatchMode.GoodWhen(ExitCodes.Success, ExitCodes.Failure));
        });

        int Run(CliContext context, ParseResult parse)
        {
            var problems = new DiagnosticBag();
            if (DeclaredInputs.Read(parse.GetValue(input) ?? [], problems) is not { } inputs)
            {
                DiagnosticLines.Write(context.Error, problems.ToImmutable(), context.ColorError);
                return ExitCodes.Usage;
            }

            var rules = RulesFolder.Resolve(null, context);
            var given = parse.GetValue(paths) is { Length: > 0 } list ? list : rules is null ? [] : [rules];
            if (given.Length == 0)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {RulesFolder.NotFound("pass the PATH to validate")}", context.ColorError);
                return ExitCodes.Usage;
            }

            var unusable = given.Select(CannotOpen).OfType<Diagnostic>().ToList();
            DiagnosticLines.Write(context.Error, unusable, context.ColorError);
            if (unusable.Count > 0)
            {
                return ExitCodes.Usage;
            }

            var report = new Validator(rules, inputs).Run(given.SelectMany(path => ValidationTarget.Of(path, inputs)));
            switch (parse.GetValue(format))
            {
                case "json":
                    ValidationJsonWriter.Write(context.Out, report);
                    break;
                case "sarif":
                    SarifWriter.Write(context.Out, report);
                    break;
                default:
                    ValidationTextWriter.Write(context.Out, report, context.ColorOut);
                    break;
            }

            return report.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
        }

        return command;
    }

    /// <summary>Why a path given on the command line cannot be validated at all (missing or unreadable), or null.</summary>
    private static Diagnostic? CannotOpen(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                _ = Directory.EnumerateFileSystemEntries(path).Any();
                return null;
            }

            // Opening a FIFO waits for a writer, so the kind is checked before anything is opened.
            var kind = PathKinds.Of(path);
            if (kind is not (PathKind.RegularFile or PathKind.Missing))
            {
                return new Diagnostic(DiagnosticCatalog.NotRegularFile, Location.None, PathDisplay.Of(path), PathKinds.Describe(kind));
            }

            if (kind == PathKind.RegularFile)
            {
                using var stream = File.OpenRead(path);
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(DiagnosticCatalog.CannotRead, Location.None, PathDisplay.Of(path), ex is UnauthorizedAccessException ? "permission denied" : ex.Message);
        }

        return new Diagnostic(DiagnosticCatalog.FileNotFound, Location.None, PathDisplay.Of(path));
    }
}

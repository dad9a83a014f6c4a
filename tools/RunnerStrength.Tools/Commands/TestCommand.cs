using System.CommandLine;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;
using RunnerStrength.Tools.Watching;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>test [DIR]</c>: runs the scenario tests and ends with <c>N passed, N failed</c>.</summary>
internal static class TestCommand
{
    public const string Name = "test";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength test", "Run the scenarios of the rules folder, rules/tests; the last line is N passed, N failed."),
            new("runner-strength test rules/tests --coverage", "Also list the rules that no scenario makes fire."),
            new("runner-strength test --filter taper --filter achilles", "Run only the scenarios whose name or file name contains taper or achilles."),
            new("runner-strength test --format junit --output test-results.xml", "Also write the results as JUnit XML for CI; the text report still goes to standard output."),
        ],
        [
            new(ExitCodes.Success, "Every scenario passed."),
            new(ExitCodes.Failure, "A scenario failed, or a scenario or its rules have errors."),
            new(ExitCodes.Usage, "Bad usage, the folder of scenarios is missing, or no scenario matches --filter."),
        ]);

    /// <summary>The scenario folder inside a rules folder.</summary>
    public const string TestsFolder = "tests";

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "The folder of scenario files (default: the tests folder of the rules folder, rules/tests).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var coverage = new Option<bool>("--coverage") { Description = "Also list the rules no scenario made fire." };
        var filter = new Option<string[]>("--filter")
        {
            Description = "Run only the scenarios whose name or file name contains TEXT (ignoring case); repeat it for more.",
            HelpName = "TEXT",
        };
        var format = new Option<string>("--format")
        {
            Description = "text: a line per scenario and N passed, N failed; junit: JUnit XML, the format CI systems read.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "junit");
        var output = new Option<string>("--output")
        {
            Description = "Write the report in --format to this file; the text report still goes to standard output.",
            HelpName = "FILE",
        };
        var watch = WatchMode.Option();

        var command = new Command(Name, "Run the scenario tests: design each scenario's plan and check what it expects.")
        {
            directory, coverage, filter, format, output, watch,
        };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(watch))
            {
                return Run(context, parse);
            }

            // The scenarios, the rules folder, and the rules folder the scenarios sit in (rules/tests: rules/, with the
            // sample athletes and the variants the scenarios name); never the report written.
            return WatchMode.Run(context, c => Run(c, parse), () =>
            {
                var rules = RulesFolder.Resolve(null, context);
                var folder = parse.GetValue(directory) ?? (rules is null ? null : Path.Combine(rules, TestsFolder));
                var above = folder is null ? null : Path.GetDirectoryName(Path.GetFullPath(folder));
                return new WatchScope.Builder()
                    .Input(folder)
                    .RuleSet(rules)
                    .RuleSet(above is not null && File.Exists(Path.Combine(above, CoachingRules.ManifestFileName)) ? above : null)
                    .Ignore(parse.GetValue(output))
                    .Build();
            }, WatchMode.GoodWhen(ExitCodes.Success, ExitCodes.Failure));
        });

        int Run(CliContext context, ParseResult parse)
        {
            var folder = parse.GetValue(directory);
            if (folder is null)
            {
                if (RulesFolder.Resolve(null, context) is not { } rules)
                {
                    DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {RulesFolder.NotFound("pass the DIR of scenarios")}", context.ColorError);
                    return ExitCodes.Usage;
                }

                folder = Path.Combine(rules, TestsFolder);
            }

            if (!Directory.Exists(folder))
            {
                var problem = File.Exists(folder)
                    ? new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, PathDisplay.Of(folder), "a file", "a folder of scenario files")
                    : new Diagnostic(DiagnosticCatalog.FileNotFound, Location.None, PathDisplay.Of(folder));
                DiagnosticLines.Write(context.Error, problem, context.ColorError);
                return ExitCodes.Usage;
            }

            var filters = parse.GetValue(filter) ?? [];
            if (filters.FirstOrDefault(string.IsNullOrWhiteSpace) is not null)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: --filter needs a TEXT that is not empty", context.ColorError);
                return ExitCodes.Usage;
            }

            var suite = ScenarioRunner.RunDirectory(folder, context.Today, filters);
            if (filters.Length > 0 && suite.Outcomes.IsEmpty)
            {
                var wanted = string.Join(", ", filters.Select(f => $"'{TerminalText.Escape(f)}'"));
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: no scenario in {TerminalText.Escape(PathDisplay.Of(folder))} has a name or file name containing {wanted}", context.ColorError);
                return ExitCodes.Usage;
            }

            // Scenarios that share a broken rule set each carry its diagnostics; show them once.
            DiagnosticLines.Write(context.Error, suite.Diagnostics.DistinctBy(d => d.ToString()), context.ColorError);
            var outcome = suite.Failed > 0 || suite.Diagnostics.Any(d => d.IsError) ? ExitCodes.Failure : ExitCodes.Success;
            var junit = parse.GetValue(format) == "junit";
            if (parse.GetValue(output) is { } file)
            {
                var report = junit ? JUnitWriter.Write(suite, PathDisplay.Of(folder), context.Clock.GetUtcNow()) : TextReport(suite, parse.GetValue(coverage));
                if (AtomicFile.Write(file, report) is { } problem)
                {
                    DiagnosticLines.Write(context.Error, problem, context.ColorError);
                    return ExitCodes.Failure;
                }
            }
            else if (junit)
            {
                context.Out.Write(JUnitWriter.Write(suite, PathDisplay.Of(folder), context.Clock.GetUtcNow()));
                return outcome;
            }

            ScenarioReportWriter.Write(context.Out, context.ColorOut, suite, parse.GetValue(coverage));
            return outcome;
        }

        return command;
    }

    private static string TextReport(ScenarioSuiteResult suite, bool coverage)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        ScenarioReportWriter.Write(text, color: false, suite, coverage);
        return text.ToString();
    }
}

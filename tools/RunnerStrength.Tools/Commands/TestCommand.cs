using System.CommandLine;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;

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
        ],
        [
            new(ExitCodes.Success, "Every scenario passed."),
            new(ExitCodes.Failure, "A scenario failed, or a scenario or its rules have errors."),
            new(ExitCodes.Usage, "Bad usage, or the folder of scenarios is missing."),
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

        var command = new Command(Name, "Run the scenario tests: design each scenario's plan and check what it expects.")
        {
            directory, coverage,
        };
        command.SetAction(parse =>
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

            var suite = ScenarioRunner.RunDirectory(folder, context.Today);
            // Scenarios that share a broken rule set each carry its diagnostics; show them once.
            DiagnosticLines.Write(context.Error, suite.Diagnostics.DistinctBy(d => d.ToString()), context.ColorError);
            ScenarioReportWriter.Write(context.Out, context.ColorOut, suite, parse.GetValue(coverage));
            return suite.Failed > 0 || suite.Diagnostics.Any(d => d.IsError) ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }
}

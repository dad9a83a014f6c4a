using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RunnerStrength.Coaching.Lint;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;

namespace RunnerStrength.Tools.Commands;

/// <summary>
/// <c>lint [DIR]</c>: plans the sample athletes and seeded generated ones with a rule set and reports what the rules do
/// that their author may not have meant (RS4101-RS4106), as warnings in validate's form. Exit 0 without errors.
/// </summary>
internal static class LintCommand
{
    public const string Name = "lint";

    /// <summary>The most generated athletes one run plans.</summary>
    public const int MaxGenerated = 10_000;

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength lint", "Lint the rules folder for its sample athletes and 400 generated ones."),
            new("runner-strength lint rules/variants/long-run-friendly", "Lint a variant, and say which of its files decide the same as the files they replace."),
            new("runner-strength lint --format json --generated 50 --seed 7", "The findings as data, with each generated athlete they name as a profile to save and plan."),
            new("runner-strength lint --format sarif --warnings-as-errors", "The findings as SARIF 2.1.0 for code scanning in CI, failing the build on any warning."),
        ],
        [
            new(ExitCodes.Success, "No errors: findings are warnings, and messages where order decides."),
            new(ExitCodes.Failure, "Errors: the rule set or a sample athlete does not load, or warnings with --warnings-as-errors."),
            new(ExitCodes.Usage, "Bad usage, or a folder that is missing."),
        ]);

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "The rules folder to lint (default: as for the other commands, the rules folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var athletes = new Option<string>("--athletes") { Description = "A folder of sample athlete profiles (default: examples/athletes of the rules folder, or of a folder above it).", HelpName = "DIR" };
        var format = new Option<string>("--format")
        {
            Description = "text: one line per finding and a summary; json: the findings as data (schemas/lint.schema.json); sarif: SARIF 2.1.0 for code scanning.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors, so any warning exits 1 (for CI); messages (RS4103) stay messages." };
        var generated = new Option<int>("--generated")
        {
            Description = "How many athletes to generate besides the samples; 0 for the samples only.",
            HelpName = "N",
            DefaultValueFactory = _ => GeneratedAthletes.DefaultCount,
            CustomParser = ParseCount,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed the athletes are generated from; a seed and an index make the same athlete again.",
            HelpName = "N",
            DefaultValueFactory = _ => GeneratedAthletes.DefaultSeed,
        };
        var start = new Option<DateOnly?>("--start") { Description = "The plans' first day (default: the next Monday).", HelpName = "YYYY-MM-DD", CustomParser = PlanCommand.ParseDate };

        var command = new Command(Name, "Find what a rule set does that its author may not have meant: rules that never decide or never fire, order that silently decides, gaps.")
        {
            directory, athletes, format, strict, generated, seed, start,
        };
        command.SetAction(parse =>
        {
            if (RulesFolder.Resolve(parse.GetValue(directory), context) is not { } rules)
            {
                return Usage(context, RulesFolder.NotFound("pass the DIR to lint"));
            }

            if (!Directory.Exists(rules))
            {
                var problem = File.Exists(rules)
                    ? new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, PathDisplay.Of(rules), "a file", "a folder of rule files")
                    : new Diagnostic(DiagnosticCatalog.FileNotFound, Location.None, PathDisplay.Of(rules));
                DiagnosticLines.Write(context.Error, problem, context.ColorError);
                return ExitCodes.Usage;
            }

            var folder = parse.GetValue(athletes);
            if (folder is not null && !Directory.Exists(folder))
            {
                return Usage(context, $"--athletes '{folder}' is not a folder");
            }

            var samples = folder ?? RulesFolder.SampleAthletes(rules);
            if (parse.GetValue(generated) == 0 && (samples is null || Directory.GetFiles(samples, "*.json").Length == 0))
            {
                return Usage(context, $"no athletes to plan: no sample athletes (*.json in --athletes DIR, or {RulesFolder.SampleAthletesName} in or above the rules folder) and --generated 0");
            }

            var firstDay = parse.GetValue(start) ?? ProgramDesigner.NextMonday(context.Today);
            var report = Run(rules, samples, parse.GetValue(seed), parse.GetValue(generated), firstDay, parse.GetValue(strict));
            switch (parse.GetValue(format))
            {
                case "json":
                    LintJsonWriter.Write(context.Out, report);
                    break;
                case "sarif":
                    SarifWriter.Write(context.Out, report.Diagnostics);
                    break;
                default:
                    DiagnosticLines.Write(context.Out, report.Diagnostics, context.ColorOut);
                    context.Out.WriteLine(report.Summary);
                    break;
            }

            return report.Errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Loads the rule set and the population and lints; a rule set that does not load is a report of its errors.</summary>
    private static LintReport Run(string rules, string? samples, int seed, int generated, DateOnly start, bool strict)
    {
        var loaded = CoachingRules.Load(rules);
        var header = new LintReport { Rules = PathDisplay.Of(rules), Athletes = samples is null ? null : PathDisplay.Of(samples), Start = start, Seed = seed, WarningsAsErrors = strict };
        if (loaded.Rules is null)
        {
            return header with { Problems = loaded.Diagnostics };
        }

        var files = samples is null ? [] : Directory.GetFiles(samples, "*.json").Order(StringComparer.Ordinal).ToList();
        var population = LintPopulation.Create(files, seed, generated, loaded.Rules.Catalog, start);
        var result = RuleSetLinter.Lint(loaded.Rules, population, start);
        return header with { Problems = [.. loaded.Diagnostics, .. result.Diagnostics], Result = result };
    }

    private static int ParseCount(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= MaxGenerated)
        {
            return count;
        }

        result.AddError($"--generated must be 0 to {MaxGenerated:N0}, found '{text}'");
        return 0;
    }

    private static int Usage(CliContext context, string message)
    {
        DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {TerminalText.Escape(message)}", context.ColorError);
        return ExitCodes.Usage;
    }
}

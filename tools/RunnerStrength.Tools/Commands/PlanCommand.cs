using System.CommandLine;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Watching;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>plan</c>: designs the plan for one athlete (to stdout or a file), or for a folder of athletes (one file each).</summary>
internal static partial class PlanCommand
{
    public const string Name = "plan";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength plan --athlete rules/examples/athletes/no-race.json", "The plan for one athlete from next Monday, as text."),
            new(
                "runner-strength plan --athlete rules/examples/athletes/no-race.json --start 2026-11-23 --weeks 4 --format ics --output lucia.ics",
                "Four weeks as a calendar to import; importing a re-planned one again updates its events."),
            new(
                "runner-strength plan --athlete rules/examples/athletes/no-race.json --rules rules/variants/long-run-friendly --explain",
                "The plan by a variant of the rules, with the rule, file and line behind each session."),
            new("runner-strength plan --athletes rules/examples/athletes --output-dir plans --format markdown", "One Markdown plan per profile in the folder."),
            new(
                "runner-strength plan --athlete rules/examples/athletes/no-race.json --engine rulesengine",
                "The same plan with Microsoft RulesEngine evaluating the rules instead of the built-in engine."),
        ],
        [
            new(ExitCodes.Success, "The plan is written (with --athletes: every plan)."),
            new(ExitCodes.Failure, "The profile, the rules or the plan have errors, printed as file(line,col): error RSxxxx: message (with --athletes: a profile failed)."),
            new(ExitCodes.Usage, "Bad usage: an unknown option, a bad value, or a setting that is not valid."),
        ]);

    public static Command Create(CliContext context)
    {
        var athlete = new Option<string>("--athlete") { Description = "The athlete profile (JSON) to design a plan for.", HelpName = "FILE" };
        var athletes = new Option<string>("--athletes") { Description = "A folder of athlete profiles: one plan per *.json file, written to --output-dir.", HelpName = "DIR" };
        var rules = CommonOptions.Rules();
        var start = new Option<DateOnly?>("--start")
        {
            Description = "The first day of the plan (default: the next Monday).",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var weeks = new Option<int?>("--weeks")
        {
            Description = $"How many weeks (default: {ToolSettings.EnvironmentPrefix}WEEKS, else through the race week, else {ProgramDesigner.DefaultWeeks}).",
            HelpName = "N",
            CustomParser = ParseWeeks,
        };
        var format = new Option<string>("--format")
        {
            Description = $"The output format (default: {ToolSettings.EnvironmentPrefix}FORMAT, else text).",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string>("--output") { Description = "Write the plan to this file instead of standard output.", HelpName = "FILE" };
        var outputDir = new Option<string>("--output-dir") { Description = "With --athletes: the folder the plans are written to.", HelpName = "DIR" };
        var explain = new Option<bool>("--explain") { Description = "Say why for each session: the rule, its message, its file and line." };
        var watch = WatchMode.Option();

        var engine = new Option<string>("--engine")
        {
            Description = $"What evaluates the rules: {BuiltInEngine}, RunnerStrength's own engine, or {RulesEngineName}, Microsoft RulesEngine 6 on the same files and inputs.",
            DefaultValueFactory = _ => BuiltInEngine,
        };
        engine.AcceptOnlyFromAmong(BuiltInEngine, RulesEngineName);

        var command = new Command(Name, "Design a strength plan for an athlete, or for every athlete in a folder.")
        {
            athlete, athletes, rules, start, weeks, format, output, outputDir, explain, engine, watch,
        };
        command.Validators.Add(result =>
        {
            var one = result.GetResult(athlete) is not null;
            var many = result.GetResult(athletes) is not null;
            if (one == many)
            {
                result.AddError(one ? "give either --athlete or --athletes, not both" : "give --athlete FILE, or --athletes DIR with --output-dir DIR");
            }
            else if (many && result.GetResult(outputDir) is null)
            {
                result.AddError("--athletes needs --output-dir DIR for the plans it writes");
            }
            else if (many && result.GetResult(output) is not null)
            {
                result.AddError("--output names one file; with --athletes use --output-dir DIR");
            }
            else if (one && result.GetResult(outputDir) is not null)
            {
                result.AddError("--output-dir goes with --athletes; with --athlete use --output FILE");
            }
        });

        command.SetAction(parse =>
        {
            if (!parse.GetValue(watch))
            {
                return Run(context, parse);
            }

            // The rules (and what they extend), the profile or folder of profiles; never the plans written.
            return WatchMode.Run(context, c => Run(c, parse), () => new WatchScope.Builder()
                .RuleSet(RulesFolder.Resolve(parse.GetValue(rules), context))
                .Input(parse.GetValue(athlete))
                .Input(parse.GetValue(athletes))
                .Ignore(parse.GetValue(output))
                .Ignore(parse.GetValue(outputDir))
                .Build(), WatchMode.GoodWhen(ExitCodes.Success));
        });

        int Run(CliContext context, ParseResult parse)
        {
            var settings = context.Settings;
            var chosenFormat = ResolveFormat(parse.GetValue(format), settings, out var formatError);
            var chosenWeeks = ResolveWeeks(parse.GetValue(weeks), settings, out var weeksError);
            if ((formatError ?? weeksError) is { } settingError)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {settingError}", context.ColorError);
                return ExitCodes.Usage;
            }

            // Microsoft RulesEngine compiles its expressions with Dynamic LINQ at run time, which a Native AOT build cannot do.
            if (parse.GetValue(engine) == RulesEngineName && !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: --engine {RulesEngineName} needs the JIT-compiled tool (this one is Native AOT); build it with dotnet pack -p:PublishAot=false", context.ColorError);
                return ExitCodes.Usage;
            }

            if (RulesFolder.Resolve(parse.GetValue(rules), context) is not { } rulesDirectory)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {RulesFolder.NotFound("pass --rules DIR")}", context.ColorError);
                return ExitCodes.Usage;
            }

            if (Overwrites(parse.GetValue(athlete), parse.GetValue(output), parse.GetValue(athletes), parse.GetValue(outputDir), chosenFormat) is { } overwrite)
            {
                DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {overwrite}", context.ColorError);
                return ExitCodes.Usage;
            }

            var request = new PlanOptions(rulesDirectory, parse.GetValue(start), chosenWeeks, chosenFormat, parse.GetValue(explain), context.Clock, parse.GetValue(engine) ?? BuiltInEngine);
            return parse.GetValue(athletes) is { } folder
                ? RunFolder(context, request, folder, parse.GetRequiredValue(outputDir))
                : RunOne(context, request, parse.GetRequiredValue(athlete), parse.GetValue(output));
        }

        return command;
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Humanizer;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>plan</c>: designs the plan for one athlete (to stdout or a file), or for a folder of athletes (one file each).</summary>
internal static partial class PlanCommand
{
    public const string Name = "plan";

    private static readonly string[] FormatNames = ["text", "json", "markdown", "ics"];

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
        format.AcceptOnlyFromAmong(FormatNames);
        var output = new Option<string>("--output") { Description = "Write the plan to this file instead of standard output.", HelpName = "FILE" };
        var outputDir = new Option<string>("--output-dir") { Description = "With --athletes: the folder the plans are written to.", HelpName = "DIR" };
        var explain = new Option<bool>("--explain") { Description = "Say why for each session: the rule, its message, its file and line." };

        var command = new Command(Name, "Design a strength plan for an athlete, or for every athlete in a folder.")
        {
            athlete, athletes, rules, start, weeks, format, output, outputDir, explain,
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
            var settings = context.Settings;
            var chosenFormat = ResolveFormat(parse.GetValue(format), settings, out var formatError);
            var chosenWeeks = ResolveWeeks(parse.GetValue(weeks), settings, out var weeksError);
            if ((formatError ?? weeksError) is { } settingError)
            {
                context.Error.WriteLine($"{CliApplication.Name} {Name}: error: {settingError}");
                return ExitCodes.Usage;
            }

            if (RulesFolder.Resolve(parse.GetValue(rules), settings, context.BaseDirectory) is not { } rulesDirectory)
            {
                context.Error.WriteLine($"{CliApplication.Name} {Name}: error: {RulesFolder.NotFoundMessage}");
                return ExitCodes.Usage;
            }

            var request = new PlanOptions(rulesDirectory, parse.GetValue(start), chosenWeeks, chosenFormat, parse.GetValue(explain));
            return parse.GetValue(athletes) is { } folder
                ? RunFolder(context, request, folder, parse.GetRequiredValue(outputDir))
                : RunOne(context, request, parse.GetRequiredValue(athlete), parse.GetValue(output));
        });
        return command;
    }

    private static int RunOne(CliContext context, PlanOptions options, string athletePath, string? outputPath)
    {
        // Start-up is most of a one-plan run: load the rules on another core while this one reads the athlete.
        
        var read = AthleteProfileReader.ReadFile(athletePath);
        if (!read.Succeeded)
        {
            DiagnosticLines.Write(context.Error, read.Diagnostics);
            return ExitCodes.Failure;
        }

        if (options.Format is PlanFormat.Text or PlanFormat.Markdown)
        {
            // The renderers' words come from Humanizer, whose first use builds its vocabulary; do that while the rules load.
            _ = 0;
        }

        var loaded = CoachingRules.Load(options.RulesDirectory);
        DiagnosticLines.Write(context.Error, loaded.Diagnostics);
        if (loaded.Rules is null)
        {
            return ExitCodes.Failure;
        }

        DiagnosticLines.Write(context.Error, read.Diagnostics);
        var designed = ProgramDesigner.Design(options.RequestFor(read), loaded.Rules, context.Today);
        DiagnosticLines.Write(context.Error, designed.Diagnostics);
        if (designed.Plan is null)
        {
            return ExitCodes.Failure;
        }

        var text = PlanRenderer.Render(designed.Plan, options.Format, new PlanRenderOptions { Explain = options.Explain });
        if (outputPath is null)
        {
            if (options.Format == PlanFormat.Text && context.ColorOut)
            {
                PlanConsoleWriter.Write(TerminalConsole.Create(context.Out, color: true), text);
            }
            else
            {
                context.Out.Write(text);
            }

            return ExitCodes.Success;
        }

        if (AtomicFile.Write(outputPath, text) is { } problem)
        {
            DiagnosticLines.Write(context.Error, problem);
            return ExitCodes.Failure;
        }

        var plan = designed.Plan;
        context.Out.WriteLine($"Wrote {PathDisplay.Of(outputPath)}: {"week".ToQuantity(plan.Weeks.Count)}, {"session".ToQuantity(plan.Weeks.Sum(w => w.Sessions.Count))} for {plan.Athlete}");
        return ExitCodes.Success;
    }

    private static void WarmUpWording() => _ = "session".ToQuantity(2);

    private static PlanFormat ResolveFormat(string? flag, ToolSettings settings, out string? error)
    {
        error = null;
        var name = flag ?? settings.Format ?? "text";
        if (Array.IndexOf(FormatNames, name.ToLowerInvariant()) is var index and >= 0)
        {
            return (PlanFormat)index;
        }

        error = $"'{name}' from {ToolSettings.Origin("Format")} is not a plan format; expected {string.Join(", ", FormatNames)}";
        return PlanFormat.Text;
    }

    private static int? ResolveWeeks(int? flag, ToolSettings settings, out string? error)
    {
        error = null;
        if (flag is not null || settings.Weeks is null)
        {
            return flag;
        }

        if (int.TryParse(settings.Weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 1 and <= ProgramDesigner.MaxWeeks)
        {
            return weeks;
        }

        error = $"'{settings.Weeks}' from {ToolSettings.Origin("Weeks")} is not a number of weeks; expected 1 to {ProgramDesigner.MaxWeeks}";
        return null;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date; write it as YYYY-MM-DD, such as 2026-11-23");
        return null;
    }

    private static int? ParseWeeks(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 1 and <= ProgramDesigner.MaxWeeks)
        {
            return weeks;
        }

        result.AddError($"--weeks must be 1 to {ProgramDesigner.MaxWeeks}, found '{text}'");
        return null;
    }

    /// <summary>What every plan of one run shares.</summary>
    private sealed record PlanOptions(string RulesDirectory, DateOnly? Start, int? Weeks, PlanFormat Format, bool Explain)
    {
        public PlanRequest RequestFor(AthleteReadResult read) => new()
        {
            Athlete = read.Profile!,
            AthleteSource = read.Source,
            Start = Start,
            Weeks = Weeks,
        };
    }
}

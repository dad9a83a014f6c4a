using System.CommandLine;
using RunnerStrength.Coaching.Diff;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Watching;

namespace RunnerStrength.Tools.Commands;

/// <summary>
/// <c>diff --rules DIR --against DIR|REV</c>: designs every athlete's plan under both rule sets and reports what changed,
/// athlete by athlete, with the rules behind each change on both sides. Exit 0 when no plan changes, 1 when some do.
/// </summary>
internal static class DiffCommand
{
    public const string Name = "diff";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength diff --rules rules/variants/hard-days-hard --against rules", "What the variant changes in the plans of the sample athletes."),
            new("runner-strength diff --against HEAD", "What the uncommitted edits of the rules folder change (a git revision of it)."),
            new("runner-strength diff --rules rules/variants/hard-days-hard --against rules --athlete rules/examples/athletes/no-race.json --weeks 6 --format markdown", "One athlete's changes as Markdown, for a pull request."),
        ],
        [
            new(ExitCodes.Success, "No plan changes."),
            new(ExitCodes.Failure, "Some plans change (the report says how)."),
            new(ExitCodes.Usage, "Bad usage, a rule set that does not load, or athletes that cannot be planned under either."),
        ]);

    public static Command Create(CliContext context)
    {
        var rules = CommonOptions.Rules();
        rules.Description = "The rule set after the change (default: as for the other commands).";
        var against = new Option<string>("--against")
        {
            Description = "The rule set before the change: a folder, or a git revision of the rules folder (HEAD, HEAD~1, a branch).",
            HelpName = "DIR|REV",
            Required = true,
        };
        var athletes = new Option<string>("--athletes") { Description = "A folder of athlete profiles (default: examples/athletes of the rules folder).", HelpName = "DIR" };
        var athlete = new Option<string[]>("--athlete") { Description = "An athlete profile; repeat it for more.", HelpName = "FILE" };
        var start = new Option<DateOnly?>("--start") { Description = "The plans' first day (default: the next Monday).", HelpName = "YYYY-MM-DD", CustomParser = PlanCommand.ParseDate };
        var weeks = new Option<int?>("--weeks") { Description = "How many weeks (default: through each athlete's race week).", HelpName = "N", CustomParser = PlanCommand.ParseWeeks };
        var format = new Option<string>("--format")
        {
            Description = "text: changes per athlete and a summary; json: schemas/diff.schema.json; markdown: for a pull request.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var watch = WatchMode.Option();

        var command = new Command(Name, "Show how a change of rule set moves every athlete's plan: sessions, exercises, doses, phases.")
        {
            rules, against, athletes, athlete, start, weeks, format, watch,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(athletes) is not null && result.GetResult(athlete) is not null)
            {
                result.AddError("give either --athletes DIR or --athlete FILE, not both");
            }
        });
        command.SetAction(parse =>
        {
            if (!parse.GetValue(watch))
            {
                return Run(context, parse);
            }

            // Both rule sets (a git revision is read again each run), and the athletes compared.
            return WatchMode.Run(context, c => Run(c, parse), () =>
            {
                var after = RulesFolder.Resolve(parse.GetValue(rules), context);
                var before = parse.GetRequiredValue(against);
                var scope = new WatchScope.Builder().RuleSet(after).RuleSet(Directory.Exists(before) ? before : null).Input(parse.GetValue(athletes));
                foreach (var file in parse.GetValue(athlete) ?? [])
                {
                    scope.Input(file);
                }

                if (parse.GetValue(athletes) is null && parse.GetValue(athlete) is null)
                {
                    scope.Input(after is null ? null : RulesFolder.SampleAthletes(after));
                }

                return scope.Build();
            }, WatchMode.GoodWhen(ExitCodes.Success, ExitCodes.Failure));
        });

        int Run(CliContext context, ParseResult parse)
        {
            if (RulesFolder.Resolve(parse.GetValue(rules), context) is not { } after)
            {
                return Usage(context, RulesFolder.NotFound("pass --rules DIR"));
            }

            if (!Directory.Exists(after))
            {
                return Usage(context, $"--rules '{after}' is not a folder");
            }

            var revision = parse.GetRequiredValue(against);
            GitSnapshot? snapshot = null;
            var before = revision;
            if (!Directory.Exists(revision))
            {
                snapshot = GitSnapshot.Take(after, revision, out var why);
                if (snapshot is null)
                {
                    return Usage(context, $"--against {why}");
                }

                before = snapshot.Folder;
            }

            using var cleanup = snapshot;
            var population = Population(after, before, parse.GetValue(athletes), parse.GetValue(athlete), out var populationError);
            if (populationError is not null)
            {
                return Usage(context, populationError);
            }

            var loadedBefore = CoachingRules.Load(before);
            var loadedAfter = CoachingRules.Load(after);
            DiagnosticLines.Write(context.Error, loadedBefore.Diagnostics.Where(d => d.IsError).Concat(loadedAfter.Diagnostics.Where(d => d.IsError)), context.ColorError);
            if (loadedBefore.Rules is null || loadedAfter.Rules is null)
            {
                return ExitCodes.Usage;
            }

            var firstDay = parse.GetValue(start) ?? ProgramDesigner.NextMonday(context.Today);
            var diffs = RuleSetDiff.Run(loadedBefore.Rules, loadedAfter.Rules, population, firstDay, parse.GetValue(weeks), context.Today);
            if (snapshot is not null)
            {
                diffs = [.. diffs.Select(d => AtRevision(d, snapshot.Folder, $"{revision}:{PathDisplay.Of(after).Replace('\\', '/').TrimEnd('/')}/"))];
            }

            var header = new RuleSetDiffHeader(PathDisplay.Of(after), Directory.Exists(revision) ? PathDisplay.Of(revision) : revision, firstDay);
            context.Out.Write(parse.GetValue(format) switch
            {
                "json" => RuleSetDiffRenderer.Json(diffs, header),
                "markdown" => RuleSetDiffRenderer.Markdown(diffs, header),
                _ => RuleSetDiffRenderer.Text(diffs),
            });
            return diffs.Any(d => d.Failed) ? ExitCodes.Usage : diffs.Any(d => d.Changes.Count > 0) ? ExitCodes.Failure : ExitCodes.Success;
        }

        return command;
    }

    /// <summary>The rules of the side read from git, placed as <c>HEAD:rules/placement.json(22,19)</c> instead of in the temporary folder.</summary>
    private static AthleteDiff AtRevision(AthleteDiff diff, string folder, string revision) => Relocated(diff, folder, revision, after: false);

    /// <summary>
    /// The rules of one side (<paramref name="after"/>, else before) that were loaded from a temporary <paramref name="folder"/>,
    /// placed under <paramref name="shownAs"/> (such as <c>HEAD:rules/</c>, or the rules folder an edit was tried on).
    /// </summary>
    internal static AthleteDiff Relocated(AthleteDiff diff, string folder, string shownAs, bool after)
    {
        var shown = new[] { Path.GetFullPath(folder), PathDisplay.Of(folder) }.Select(f => Path.TrimEndingDirectorySeparator(f) + Path.DirectorySeparatorChar).ToList();
        PlanReason Place(PlanReason reason) =>
            shown.FirstOrDefault(f => reason.Source.StartsWith(f, StringComparison.Ordinal)) is { } prefix
                ? reason with { Source = shownAs + reason.Source[prefix.Length..].Replace('\\', '/') }
                : reason;
        return diff with
        {
            Changes = [.. diff.Changes.Select(c => after ? c with { RulesAfter = [.. c.RulesAfter.Select(Place)] } : c with { RulesBefore = [.. c.RulesBefore.Select(Place)] })],
        };
    }

    private static int Usage(CliContext context, string message)
    {
        DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {TerminalText.Escape(message)}", context.ColorError);
        return ExitCodes.Usage;
    }

    /// <summary>
    /// The athlete profiles to compare: the files given, the folder's *.json, or else the sample athletes of the rules
    /// folder, of the folder compared against, or of a rules folder above (a variant's base).
    /// </summary>
    private static List<string> Population(string rules, string against, string? folder, string[]? files, out string? error)
    {
        error = null;
        if (files is { Length: > 0 })
        {
            var missing = files.FirstOrDefault(f => !File.Exists(f));
            error = missing is null ? null : $"--athlete '{missing}' does not exist";
            return [.. files];
        }

        var directory = folder ?? RulesFolder.SampleAthletes(rules) ?? RulesFolder.SampleAthletes(against);
        if (directory is null || !Directory.Exists(directory))
        {
            error = folder is null
                ? $"no {RulesFolder.SampleAthletesName} folder in or above the rules folder; pass --athletes DIR or --athlete FILE"
                : $"--athletes '{folder}' is not a folder";
            return [];
        }

        var profiles = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        error = profiles.Count == 0 ? $"no athlete profiles (*.json) in '{PathDisplay.Of(directory)}'" : null;
        return profiles;
    }
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using Spectre.Console;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>plan --athletes DIR --output-dir DIR</c>: the rules loaded once, every profile designed in parallel.</summary>
internal static partial class PlanCommand
{
    private static int RunFolder(CliContext context, PlanOptions options, string athletesDirectory, string outputDirectory)
    {
        if (!Directory.Exists(athletesDirectory))
        {
            var kind = File.Exists(athletesDirectory)
                ? new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, PathDisplay.Of(athletesDirectory), "a file", "a folder of athlete profiles")
                : new Diagnostic(DiagnosticCatalog.FileNotFound, Location.None, PathDisplay.Of(athletesDirectory));
            DiagnosticLines.Write(context.Error, kind, context.ColorError);
            return ExitCodes.Failure;
        }

        var profiles = Directory.GetFiles(athletesDirectory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (profiles.Length == 0)
        {
            DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: there are no *.json athlete profiles in '{PathDisplay.Of(athletesDirectory)}'", context.ColorError);
            return ExitCodes.Failure;
        }

        if (PrepareFolder(outputDirectory) is { } folderProblem)
        {
            DiagnosticLines.Write(context.Error, folderProblem, context.ColorError);
            return ExitCodes.Failure;
        }

        // The first profile read is the slow one (the JSON reader builds its metadata for the profile's types): read
        // it on another core while the rules load.
        var readingFirst = Task.Run(() => AthleteProfileReader.ReadFile(profiles[0]));
        var loaded = CoachingRules.Load(options.RulesDirectory);
        DiagnosticLines.Write(context.Error, loaded.Diagnostics, context.ColorError);
        if (loaded.Rules is null)
        {
            return ExitCodes.Failure;
        }

        // Many designs will follow: compile the rules to their fastest form beside the first designs, rather than
        // evaluate them interpreted until each workflow's tiering gets round to it (the built-in engine's; RulesEngine
        // compiles its own as it first meets each workflow).
        if (options.BuiltIn)
        {
            _ = Task.Run(loaded.Rules.RuleSet.CompileAll);
        }

        var rules = options.WithEngine(loaded.Rules);
        var extension = Extension(options.Format);
        var today = context.Today;
        var outcomes = new ProfileOutcome[profiles.Length];
        // One design per core and no more: the engine compiles a rule's IL on the thread pool after its first few
        // calls, and an unbounded Parallel.For takes every pool thread, so the rules stayed interpreted for most of the
        // run (measured on 2 cores, 400 athletes: 2.1 GB allocated and 2.6 s of CPU, against 1.4 GB and 1.8 s bounded).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        void DesignAll(Action advance) => Parallel.For(0, profiles.Length, parallel, i =>
        {
            // A control or bidirectional character in a profile's file name does not carry over to its plan's.
            var target = Path.Combine(outputDirectory, TerminalText.SafeFileName(Path.GetFileNameWithoutExtension(profiles[i])) + extension);
            var read = i == 0 ? readingFirst.GetAwaiter().GetResult() : AthleteProfileReader.ReadFile(profiles[i]);
            outcomes[i] = DesignOne(read, target, rules, options, today);
            advance();
        });

        if (context.ErrorIsTerminal && context.ShowsProgress)
        {
            TerminalConsole.Create(context.Error, color: !context.NoColor).Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("Designing plans", maxValue: profiles.Length);
                    DesignAll(() => task.Increment(1));
                });
        }
        else
        {
            DesignAll(static () => { });
        }

        // Reported in file order, whatever order the plans finished in.
        foreach (var outcome in outcomes)
        {
            DiagnosticLines.Write(context.Error, outcome.Diagnostics, context.ColorError);
        }

        var failed = outcomes.Count(o => !o.Written);
        var written = outcomes.Length - failed;
        var summary = $"Wrote {Wording.Quantity("plan", written)} to {PathDisplay.Of(outputDirectory)}";
        context.Out.WriteLine(TerminalText.Escape(failed == 0 ? summary : $"{summary}; {Wording.Quantity("profile", failed)} failed"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static ProfileOutcome DesignOne(AthleteReadResult read, string targetPath, CoachingRules rules, PlanOptions options, DateOnly today)
    {
        if (!read.Succeeded)
        {
            return new ProfileOutcome(false, read.Diagnostics);
        }

        var designed = ProgramDesigner.Design(options.RequestFor(read), rules, today);
        var diagnostics = read.Diagnostics.AddRange(designed.Diagnostics);
        if (designed.Plan is null)
        {
            return new ProfileOutcome(false, diagnostics);
        }

        var text = PlanRenderer.Render(designed.Plan, options.Format, options.RenderOptions);
        return AtomicFile.Write(targetPath, text) is { } problem
            ? new ProfileOutcome(false, diagnostics.Add(problem))
            : new ProfileOutcome(true, diagnostics);
    }

    private static Diagnostic? PrepareFolder(string outputDirectory)
    {
        if (File.Exists(outputDirectory))
        {
            return new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, PathDisplay.Of(outputDirectory), "a file", "a folder to write plans to");
        }

        try
        {
            Directory.CreateDirectory(outputDirectory);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(DiagnosticCatalog.CannotWrite, Location.None, PathDisplay.Of(outputDirectory), ex is UnauthorizedAccessException ? "permission denied" : ex.Message);
        }
    }

    /// <summary>The file extension of a plan format: .txt .json .md .ics.</summary>
    public static string Extension(PlanFormat format) => format switch
    {
        PlanFormat.Json => ".json",
        PlanFormat.Markdown => ".md",
        PlanFormat.Ics => ".ics",
        _ => ".txt",
    };

    private sealed record ProfileOutcome(bool Written, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics);
}

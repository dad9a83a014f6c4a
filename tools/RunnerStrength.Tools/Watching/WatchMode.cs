using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;

namespace RunnerStrength.Tools.Watching;

/// <summary>What a run of a watched command gave: its exit code, what it wrote, and whether it reported an error.</summary>
internal sealed record WatchedRun(int ExitCode, string Output, string Errors, bool ReportedErrors);

/// <summary>
/// <c>--watch</c>: runs a command, then again each time a file it reads changes, until Ctrl+C (exit code 0). On a
/// terminal each run clears the screen and draws its output; redirected, runs are separated by a line. When a run finds
/// the files broken, the last good output stays (drawn again on a terminal) with the problems after it.
/// </summary>
internal static class WatchMode
{
    public const string OptionName = "--watch";

    // Home, erase the screen, erase the scrollback (xterm's ED 3; other terminals ignore it).
    private const string ClearScreen = "\u001b[H\u001b[2J\u001b[3J";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public static Option<bool> Option() => new(OptionName)
    {
        Description = "Run again whenever a rule, catalog, athlete or scenario file changes, until Ctrl+C; when the files are broken, the last good output stays and the problems show.",
    };

    /// <summary>
    /// Runs <paramref name="once"/> and again after every settled change in <paramref name="scope"/> (asked again before
    /// each run, so a new folder or a changed <c>extends</c> is watched); <paramref name="good"/> tells from a run whether
    /// its output replaces the last good one. Returns 0 once stopped.
    /// </summary>
    public static int Run(CliContext context, Func<CliContext, int> once, Func<WatchScope> scope, Func<WatchedRun, bool> good, TimeSpan? quiet = null)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Stop);
        using var signals = context.HandlesSignals ? new StopSignals(stop) : null;
        using var watcher = new InputWatcher(quiet);
        (string Output, DateTimeOffset At)? lastGood = null;
        var first = true;
        while (!stop.IsCancellationRequested)
        {
            var watched = scope();
            watcher.Watch(watched);
            var changed = watcher.TakeChanged();
            var run = Capture(context, once);
            var now = context.Clock.GetLocalNow();
            var isGood = good(run);
            if (isGood)
            {
                lastGood = (run.Output, now);
            }

            Draw(context, run, isGood, lastGood, changed, watched, now, first);
            first = false;
            try
            {
                watcher.WaitAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>A run is good when it ended in <paramref name="codes"/> and reported no error.</summary>
    public static Func<WatchedRun, bool> GoodWhen(params int[] codes) => run => codes.Contains(run.ExitCode) && !run.ReportedErrors;

    /// <summary>One run of the command with its output captured; a failure of the tool itself is shown like an error.</summary>
    private static WatchedRun Capture(CliContext context, Func<CliContext, int> once)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var errors = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        // Progress bars draw in place on a terminal; a captured run shows none.
        var captured = context with { Out = output, Error = errors, ShowsProgress = false };
        int code;
        try
        {
            code = once(captured);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var shown = ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : ex;
            errors.WriteLine(DiagnosticLines.Colour($"{CliApplication.Name}: error: {shown.Message}", context.ColorError));
            code = ExitCodes.Failure;
        }

        var text = errors.ToString();
        return new WatchedRun(code, output.ToString(), text, DiagnosticLines.HasError(text));
    }

    private static void Draw(CliContext context, WatchedRun run, bool isGood, (string Output, DateTimeOffset At)? lastGood, IReadOnlyList<string> changed, WatchScope watched, DateTimeOffset now, bool first)
    {
        var time = now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var what = changed.Count == 0 ? string.Empty
            : changed.Count <= 3 ? $" · {string.Join(", ", changed.Select(PathDisplay.Of))} changed"
            : $" · {PathDisplay.Of(changed[0])} and {changed.Count - 1} more files changed";
        var since = lastGood?.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (context.OutIsTerminal)
        {
            // Redrawn whole: the output of the last good run, then what this run reported, then where things stand.
            context.Out.Write(ClearScreen);
            context.Out.Write(isGood ? run.Output : lastGood?.Output ?? string.Empty);
            context.Error.Write(run.Errors);
            var problems = isGood ? string.Empty
                : since is null ? " · the files have problems; there is no output yet"
                : $" · the files have problems; the output is from {since}";
            var status = TerminalText.Escape($"[watch] {time}{what}{problems} · watching {Describe(watched)} · Ctrl+C to stop");
            context.Out.WriteLine(context.ColorOut ? Dim + status + Reset : status);
            context.Out.Flush();
            return;
        }

        // Redirected: a log of runs, one separator line each; a broken run adds its problems and leaves the last output standing.
        if (!first)
        {
            var problems = isGood ? string.Empty
                : since is null ? " · the files have problems; there is no output yet"
                : $" · the files have problems; the last good output above is from {since}";
            context.Out.WriteLine(TerminalText.Escape($"--- [watch] {time}{what}{problems} ---"));
        }

        if (isGood)
        {
            context.Out.Write(run.Output);
        }

        context.Error.Write(run.Errors);
        context.Out.Flush();
        context.Error.Flush();
    }

    private static string Describe(WatchScope scope)
    {
        var paths = scope.Folders.Concat(scope.Files).Select(PathDisplay.Of).ToList();
        return paths.Count switch
        {
            0 => "nothing (no input was found)",
            <= 3 => string.Join(", ", paths),
            _ => $"{string.Join(", ", paths.Take(2))} and {paths.Count - 2} more",
        };
    }

    /// <summary>Ctrl+C (SIGINT) and SIGTERM end the watch instead of the process, so it stops cleanly with exit code 0.</summary>
    private sealed class StopSignals : IDisposable
    {
        private readonly PosixSignalRegistration[] _registrations;

        public StopSignals(CancellationTokenSource stop)
        {
            void Handle(PosixSignalContext signal)
            {
                // The first stops watching once the run under way ends; a second, while it still runs, ends the process.
                if (!stop.IsCancellationRequested)
                {
                    signal.Cancel = true;
                    stop.Cancel();
                }
            }

            _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
        }

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }
    }
}

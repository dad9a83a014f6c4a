using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Cli;

/// <summary>
/// Everything the tool takes from its process: the output streams, whether they are terminals, the clock and where
/// the tool is installed. Tests build one with captured writers and a fixed date; <see cref="FromProcess"/> is the real one.
/// </summary>
internal sealed record CliContext
{
    private ToolSettings? _settings;

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Gives "today" for the default plan start and scenario dates.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>True when standard output is a terminal a person reads (colour is allowed unless <see cref="NoColor"/>).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when standard error is a terminal (progress bars go there).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>False while <c>--watch</c> captures a run: a progress bar draws in place, which captured output cannot replay.</summary>
    public bool ShowsProgress { get; init; } = true;

    /// <summary>Ends a <c>--watch</c> when cancelled (tests cancel their own; the process is stopped by <see cref="HandlesSignals"/>).</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>True for the real process: <c>--watch</c> takes Ctrl+C and SIGTERM as the way to stop, and ends with exit code 0.</summary>
    public bool HandlesSignals { get; init; }

    /// <summary>True when the NO_COLOR convention asks for plain output.</summary>
    public bool NoColor { get; init; }

    /// <summary>The folder the tool runs from: where appsettings.json sits and where the search for the shipped rules starts.</summary>
    public string BaseDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>Where the search for the shipped rules starts before the tool's own folder: the process's working folder.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The defaults from appsettings.json and the environment, read the first time a command asks.</summary>
    public ToolSettings Settings => _settings ??= ToolSettings.Load(BaseDirectory);

    /// <summary>Today's date by <see cref="Clock"/>, in local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>True when colour may be written to standard output.</summary>
    public bool ColorOut => OutIsTerminal && !NoColor;

    /// <summary>True when colour may be written to standard error (the words error and warning of a problem).</summary>
    public bool ColorError => ErrorIsTerminal && !NoColor;

    /// <summary>
    /// The diagnostic to print when the process's current folder no longer exists (reading it fails), or null when it
    /// does. A run from such a folder would fail at the first path it resolves.
    /// </summary>
    public static Diagnostic? WorkingFolderProblem()
    {
        try
        {
            _ = Environment.CurrentDirectory;
            return null;
        }
        catch (IOException)
        {
            // The shell's PWD still names the folder it was in; the process itself can no longer find its path.
            var shell = Environment.GetEnvironmentVariable("PWD");
            return new Diagnostic(DiagnosticCatalog.WorkingFolderGone, Location.None, string.IsNullOrEmpty(shell) ? "its path is unknown" : shell);
        }
    }

    /// <summary>The context of the running process.</summary>
    public static CliContext FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        HandlesSignals = true,
    };
}

using RunnerStrength.Tools.Cli;

namespace RunnerStrength.Tools.Tests.Support;

/// <summary>What one in-process run of the tool gave: its exit code and everything it wrote.</summary>
internal sealed record ToolResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs the tool's entry point with captured output, a fixed date and no terminal.</summary>
internal static class ToolRun
{
    /// <summary>Friday 20 November 2026: plans start on Monday 23 November unless told otherwise.</summary>
    public static readonly DateOnly Today = new(2026, 11, 20);

    /// <summary>9:00 UTC on <see cref="Today"/>: the clock every run reads, and the time a calendar is stamped with.</summary>
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public static ToolResult Run(params string[] args) => Run(Context(), args);

    public static ToolResult Run(Func<CliContext, CliContext> configure, params string[] args) => Run(configure(Context()), args);

    public static ToolResult Run(CliContext context, params string[] args)
    {
        var exit = CliApplication.Run(args, context);
        return new ToolResult(exit, context.Out.ToString()!, context.Error.ToString()!);
    }

    /// <summary>
    /// A redirected, colourless context whose base directory is the tool's project folder, so the shipped rules are
    /// found by walking up from it as they are for the installed tool in a checkout.
    /// </summary>
    public static CliContext Context() => new()
    {
        Out = new StringWriter { NewLine = "\n" },
        Error = new StringWriter { NewLine = "\n" },
        Clock = Clock,
        BaseDirectory = Repository.ToolProject,
    };
}

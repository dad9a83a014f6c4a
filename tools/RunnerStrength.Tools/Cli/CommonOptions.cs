using System.CommandLine;

namespace RunnerStrength.Tools.Cli;

/// <summary>Options more than one command takes, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The global <c>--verbose</c>: show the full exception when something goes wrong inside the tool.</summary>
    public const string VerboseName = "--verbose";

    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "Show full error details (stack traces) when the tool itself fails.",
        Recursive = true,
    };

    public static Option<string> Rules() => new("--rules")
    {
        Description = $"The rules folder (default: {ToolSettings.EnvironmentPrefix}RULES, else the shipped rules/ folder).",
        HelpName = "DIR",
    };

    /// <summary>True when <paramref name="args"/> ask for details; read before parsing so a failure while parsing can use it.</summary>
    public static bool IsVerbose(IReadOnlyList<string> args) => args.Contains(VerboseName, StringComparer.Ordinal);
}

using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace RunnerStrength.Tools.Cli;

/// <summary>
/// The tool's version, from its own assembly rather than the entry assembly System.CommandLine would read (which is
/// the test host in tests), without build metadata after '+'.
/// </summary>
internal static class ToolVersion
{
    public static string Text { get; } =
        (typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>A <c>--version</c> option that prints <see cref="Text"/>.</summary>
    public static VersionOption Option() => new() { Action = new PrintVersion() };

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Text);
            return ExitCodes.Success;
        }
    }
}

using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Tools.Cli;

/// <summary>Finds the rules folder a command uses when no <c>--rules</c> is given.</summary>
internal static class RulesFolder
{
    public const string Name = "rules";

    /// <summary>
    /// The flag, else the configured folder, else the shipped <c>rules/</c>: first beside or above the current folder,
    /// then above the tool's own folder, so both <c>dotnet run</c> from a checkout and the installed tool inside one work.
    /// Null when none is found.
    /// </summary>
    public static string? Resolve(string? flag, CliContext context) =>
        flag ?? context.Settings.Rules ?? FindShipped(context.WorkingDirectory) ?? FindShipped(context.BaseDirectory);

    /// <summary>The message for when <see cref="Resolve"/> finds nothing; <paramref name="howToGive"/> names the command's own way, such as "pass --rules DIR".</summary>
    public static string NotFound(string howToGive) =>
        $"no rules folder was found (a '{Name}' folder with {CoachingRules.ManifestFileName} in the current folder, " +
        $"above it, or above the tool); {howToGive} or set {ToolSettings.EnvironmentPrefix}RULES";

    private static string? FindShipped(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Name);
            if (File.Exists(Path.Combine(candidate, CoachingRules.ManifestFileName)))
            {
                return Path.GetRelativePath(Environment.CurrentDirectory, candidate);
            }
        }

        return null;
    }
}

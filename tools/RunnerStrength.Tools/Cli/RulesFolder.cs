using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Tools.Cli;

/// <summary>Finds the rules folder a command uses when no <c>--rules</c> is given, and the rule set shipped with the tool.</summary>
internal static class RulesFolder
{
    public const string Name = "rules";

    /// <summary>The folder of JSON Schemas shipped beside the rules folder; rule files name them as <c>../schemas/...</c>.</summary>
    public const string SchemasName = "schemas";

    /// <summary>
    /// The flag, else the configured folder, else a <c>rules/</c> folder in or above the current folder (a coach's own copy,
    /// or a checkout), else the rule set shipped with the tool (<see cref="Shipped"/>). Null when none is found.
    /// </summary>
    public static string? Resolve(string? flag, CliContext context) =>
        flag ?? context.Settings.Rules ?? Relative(FindAbove(context.WorkingDirectory)) ?? Shipped(context);

    /// <summary>
    /// The rules folder a command that rewrites files uses: as <see cref="Resolve"/>, but never the rule set installed
    /// with the tool (a coach edits a copy of it, made by <c>init</c>). Null when there is none.
    /// </summary>
    public static string? ResolveEditable(CliContext context) =>
        context.Settings.Rules ?? Relative(FindAbove(context.WorkingDirectory));

    /// <summary>True when <see cref="Resolve"/> falls back to the rule set that came with the tool (<see cref="Shipped"/>).</summary>
    public static bool IsShipped(string? flag, CliContext context) =>
        flag is null && context.Settings.Rules is null && FindAbove(context.WorkingDirectory) is null;

    /// <summary>
    /// The rule set that came with the tool: the <c>rules/</c> folder packed beside it, or, for <c>dotnet run</c> in a
    /// checkout, the first one above it. Shown relative to the current folder when it is inside it, else in full, so a
    /// problem in it points at a path that opens from anywhere. Null when there is none.
    /// </summary>
    public static string? Shipped(CliContext context) =>
        FindAbove(context.BaseDirectory) is { } found ? PathDisplay.Of(found) : null;

    /// <summary>The message for when <see cref="Resolve"/> finds nothing; <paramref name="howToGive"/> names the command's own way, such as "pass --rules DIR".</summary>
    public static string NotFound(string howToGive) =>
        $"no rules folder was found (a '{Name}' folder with {CoachingRules.ManifestFileName} in the current folder, " +
        $"above it, or beside the tool); {howToGive}, set {ToolSettings.EnvironmentPrefix}RULES, or make one with 'runner-strength init'";

    /// <summary>Where a rules folder keeps its sample athletes, the population diff and lint plan when none is given.</summary>
    public const string SampleAthletesName = "examples/athletes";

    /// <summary>
    /// The sample athletes of <paramref name="rules"/>: its <c>examples/athletes</c>, or that of the first folder above
    /// it that has one (a variant's base), relative to the current folder; null when there is none.
    /// </summary>
    public static string? SampleAthletes(string rules)
    {
        for (var at = new DirectoryInfo(Path.GetFullPath(rules)); at is not null; at = at.Parent)
        {
            var samples = Path.Combine(at.FullName, "examples", "athletes");
            if (Directory.Exists(samples))
            {
                return Path.GetRelativePath(Environment.CurrentDirectory, samples);
            }
        }

        return null;
    }

    private static string? Relative(string? path) => path is null ? null : Path.GetRelativePath(Environment.CurrentDirectory, path);

    // The full path of the first rules folder (one with a manifest) in or above start.
    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Name);
            if (File.Exists(Path.Combine(candidate, CoachingRules.ManifestFileName)))
            {
                return candidate;
            }
        }

        return null;
    }
}

using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>The repository's default rule set (<c>rules/</c>), loaded once for the tests that design with it.</summary>
internal static class DefaultRules
{
    private static readonly Lazy<CoachingRules> Loaded = new(() => Load(RepositoryPaths.Rules));

    public static CoachingRules Rules => Loaded.Value;

    /// <summary>Loads the rule set in <paramref name="directory"/>, failing with its diagnostics when it does not load.</summary>
    public static CoachingRules Load(string directory)
    {
        var result = CoachingRules.Load(directory);
        return result.Rules ?? throw new InvalidOperationException($"{directory} does not load:\n" + string.Join("\n", result.Diagnostics));
    }
}

using RunnerStrength.Coaching.Lint;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Tests.Lint;

/// <summary>Lint runs over the sample athletes and generated ones, shared by the lint tests, memoised per rule set and count.</summary>
internal static class LintRuns
{
    /// <summary>Every lint test plans from this Monday.</summary>
    public static readonly DateOnly Start = new(2026, 11, 23);

    private static readonly Dictionary<(string, int), LintResult> Done = [];

    /// <summary>The folder of a fixture: a small variant of the shipped rules built to show one finding.</summary>
    public static string Fixture(string name) => RepositoryPaths.Combine("tests", "RunnerStrength.Coaching.Tests", "Lint", "Fixtures", name);

    /// <summary>The sample athletes' files, in order.</summary>
    public static IEnumerable<string> SampleFiles => Directory.GetFiles(RepositoryPaths.SampleAthletes, "*.json").Order(StringComparer.Ordinal);

    /// <summary>Lints <paramref name="folder"/> for the samples and <paramref name="generated"/> athletes of the default seed.</summary>
    public static LintResult Run(string folder, int generated = 60)
    {
        lock (Done)
        {
            if (Done.TryGetValue((folder, generated), out var done))
            {
                return done;
            }

            var loaded = CoachingRules.Load(folder);
            loaded.Rules.ShouldNotBeNull(string.Join("\n", loaded.Diagnostics));
            var population = LintPopulation.Create(SampleFiles, GeneratedAthletes.DefaultSeed, generated, loaded.Rules!.Catalog, Start);
            return Done[(folder, generated)] = RuleSetLinter.Lint(loaded.Rules, population, Start);
        }
    }

    /// <summary>The 1-based line of the first line of <paramref name="file"/> holding <paramref name="text"/>.</summary>
    public static int LineOf(string file, string text) => Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}

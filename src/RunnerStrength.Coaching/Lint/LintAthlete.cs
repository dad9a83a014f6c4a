using System.Collections.Immutable;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Lint;

/// <summary>One athlete of the population lint plans: a sample read from a file, or a generated profile.</summary>
public sealed record LintAthlete
{
    /// <summary>The profile.</summary>
    public required AthleteProfile Profile { get; init; }

    /// <summary>
    /// How findings name the athlete: the name and file of a sample (<c>Tomasz (rules/examples/athletes/x.json)</c>),
    /// or the index and distinguishing fields of a generated profile (<c>generated athlete 137 (beginner, ...)</c>).
    /// </summary>
    public required string Label { get; init; }

    /// <summary>The sample's file, as given; null for a generated profile.</summary>
    public string? Path { get; init; }

    /// <summary>The generated profile's index (with the population's seed, it makes the profile again); null for a sample.</summary>
    public int? GeneratedIndex { get; init; }

    /// <summary>A generated profile as an athlete file holds it, to save and plan (<c>plan --athlete</c>); null for a sample.</summary>
    public string? ProfileJson { get; init; }

    /// <summary>True for a generated profile.</summary>
    public bool IsGenerated => GeneratedIndex is not null;

    /// <summary>A sample athlete read from <paramref name="path"/>.</summary>
    public static LintAthlete Sample(AthleteProfile profile, string path) =>
        new() { Profile = profile, Path = path, Label = $"{profile.Name} ({path.Replace('\\', '/')})" };
}

/// <summary>
/// The athletes lint plans: the sample athletes, then profiles generated from a seed that cover the athlete schema's
/// words and the ends of its ranges. The same samples, seed and count give the same population.
/// </summary>
public sealed record LintPopulation
{
    /// <summary>The sample athletes, in the order given.</summary>
    public ImmutableArray<LintAthlete> Samples { get; init; } = [];

    /// <summary>The generated athletes, by index.</summary>
    public ImmutableArray<LintAthlete> Generated { get; init; } = [];

    /// <summary>The seed the generated athletes were made from.</summary>
    public int Seed { get; init; } = GeneratedAthletes.DefaultSeed;

    /// <summary>Problems reading the samples: a sample that cannot be read is left out.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Every athlete, samples first.</summary>
    public ImmutableArray<LintAthlete> All => [.. Samples, .. Generated];

    /// <summary>"18 sample and 400 generated athletes", as findings say it.</summary>
    public string Describe() => (Samples.Length, Generated.Length) switch
    {
        (0, var g) => $"{Count(g)} generated {Athletes(g)}",
        (var s, 0) => $"{Count(s)} sample {Athletes(s)}",
        (var s, var g) => $"{Count(s)} sample and {Count(g)} generated {Athletes(g)}",
    };

    /// <summary>
    /// The sample athletes in <paramref name="sampleFiles"/> (read and checked as <c>plan</c> reads them) and
    /// <paramref name="generated"/> athletes made from <paramref name="seed"/> for <paramref name="catalog"/>, their
    /// logs and readings dated before <paramref name="start"/>.
    /// </summary>
    public static LintPopulation Create(IEnumerable<string> sampleFiles, int seed, int generated, Catalog.ExerciseCatalog catalog, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(sampleFiles);
        ArgumentNullException.ThrowIfNull(catalog);
        var samples = ImmutableArray.CreateBuilder<LintAthlete>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var path in sampleFiles)
        {
            var read = AthleteProfileReader.ReadFile(path);
            diagnostics.AddRange(read.Diagnostics.Where(d => d.IsError));
            if (read.Succeeded)
            {
                samples.Add(LintAthlete.Sample(read.Profile!, path));
            }
        }

        return new LintPopulation
        {
            Samples = samples.ToImmutable(),
            Generated = GeneratedAthletes.Create(seed, generated, catalog, start),
            Seed = seed,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Athletes(int n) => n == 1 ? "athlete" : "athletes";
}

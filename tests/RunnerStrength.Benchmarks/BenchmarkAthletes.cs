using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Benchmarks;

/// <summary>The sample athletes of <c>rules/examples/athletes</c>, embedded in this assembly and read with the real reader.</summary>
public static class BenchmarkAthletes
{
    /// <summary>The athlete every benchmark evaluates: advanced, gym equipment, a marathon, readiness and six history entries.</summary>
    public const string Benchmarked = "advanced-gym-marathon";

    /// <summary>The first day of every benchmarked plan; the samples' races, given in weeks from the start, are dated from it.</summary>
    public static readonly DateOnly Start = new(2026, 11, 23);

    public static AthleteProfile Read(string name)
    {
        var resource = $"athletes/{name}.json";
        using var stream = typeof(BenchmarkAthletes).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the sample athlete '{resource}' is not embedded");
        using var reader = new StreamReader(stream);
        var result = AthleteProfileReader.Read(SourceText.From(reader.ReadToEnd(), resource));
        return result.Succeeded
            ? result.Profile!.DatedFrom(Start)
            : throw new InvalidOperationException($"{resource} did not read: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>Every embedded sample, by name.</summary>
    public static IEnumerable<(string Name, AthleteProfile Profile)> All() =>
        typeof(BenchmarkAthletes).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("athletes/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(r => Path.GetFileNameWithoutExtension(r))
            .Select(name => (name, Read(name)));
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>The outcome of reading an athlete profile: the profile when it has no errors, and every problem found.</summary>
public sealed record AthleteReadResult(AthleteProfile? Profile, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The text that was read, for positions in later checks such as <see cref="AthleteProfileReader.CheckAgainstCatalog"/>; null when the file could not be read.</summary>
    public SourceText? Source { get; init; }

    /// <summary>True when the profile was read and no diagnostic is an error.</summary>
    public bool Succeeded => Profile is not null && !Diagnostics.Any(d => d.IsError);
}

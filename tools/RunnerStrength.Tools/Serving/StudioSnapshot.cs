using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// The rule set a request works with, immutable: a handler reads the current snapshot once and uses it to the end, so a
/// reload that swaps in the next one never changes the rules under a request half-way.
/// </summary>
/// <param name="Rules">The newest rule set that loaded (null when none ever has).</param>
/// <param name="Diagnostics">What the latest load of the files found; errors there mean <paramref name="Rules"/> is an older, good set.</param>
/// <param name="Version">Counts loads, so a page can tell that the rules changed.</param>
internal sealed record StudioSnapshot(CoachingRules? Rules, ImmutableArray<Diagnostic> Diagnostics, int Version)
{
    /// <summary>True when the files as they are now loaded (not a last good set kept in their place).</summary>
    public bool Current => !Diagnostics.Any(d => d.IsError);
}

using System.Collections.Immutable;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>A key of <c>patternSets</c>: one pattern's spelling, or several joined with "+" ("hinge+glute") whose sets count together.</summary>
internal static class PatternKey
{
    /// <summary>What joins the patterns of a combined key.</summary>
    public const char Separator = '+';

    /// <summary>Every pattern's spelling, as a message lists them.</summary>
    public static string Spellings => string.Join(", ", JsonEnumSpelling<MovementPattern>.ByValue.OrderBy(p => p.Key).Select(p => p.Value));

    /// <summary>The patterns of <paramref name="key"/>, or false with the first part that is not a pattern (or repeats one).</summary>
    public static bool TryParse(string key, out ImmutableArray<MovementPattern> patterns, out string badPart)
    {
        var parsed = ImmutableArray.CreateBuilder<MovementPattern>();
        foreach (var part in key.Split(Separator))
        {
            if (JsonEnumSpelling<MovementPattern>.Parse(part) is not { } pattern || parsed.Contains(pattern))
            {
                patterns = [];
                badPart = part;
                return false;
            }

            parsed.Add(pattern);
        }

        patterns = parsed.ToImmutable();
        badPart = string.Empty;
        return true;
    }
}

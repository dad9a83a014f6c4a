using System.Collections.Concurrent;
using System.Globalization;
using Humanizer;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// "1 set", "400 plans": counts of the nouns the plans and the tool print. Those nouns' plurals are spelled out (a test
/// checks they are Humanizer's), because Humanizer's first plural builds a vocabulary of about a hundred regular
/// expressions, some 100 ms of CPU in a process that renders one plan. Any other noun is Humanizer's, looked up once.
/// </summary>
public static class Wording
{
    // The nouns the renderers and the tool print, with their plurals.
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["set"] = "sets",
        ["rep"] = "reps",
        ["round"] = "rounds",
        ["second"] = "seconds",
        ["minute"] = "minutes",
        ["week"] = "weeks",
        ["session"] = "sessions",
        ["plan"] = "plans",
        ["profile"] = "profiles",
        ["error"] = "errors",
        ["warning"] = "warnings",
        ["message"] = "messages",
        ["file"] = "files",
        ["rule"] = "rules",
    };

    private static readonly ConcurrentDictionary<string, string> Looked = new(StringComparer.Ordinal);

    /// <summary>The nouns whose plurals are spelled out.</summary>
    public static IEnumerable<string> SpelledOut => Known.Keys;

    /// <summary>"1 set", "0 sets", "3 sets".</summary>
    public static string Quantity(string noun, int count) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {Plural(noun)}";

    /// <summary>The plural of <paramref name="noun"/>.</summary>
    public static string Plural(string noun) =>
        Known.TryGetValue(noun, out var plural) ? plural : Looked.GetOrAdd(noun, static n => n.Pluralize());
}

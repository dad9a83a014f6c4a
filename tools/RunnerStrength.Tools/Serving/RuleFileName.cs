using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// A file of the rules folder named by a client: only a plain <c>*.json</c> name of a file in the folder itself, never
/// a path that leads out of it (<c>..</c>, an absolute path, a folder) or into a subfolder. Anything else is RS9008.
/// </summary>
internal static class RuleFileName
{
    /// <summary>The full path of <paramref name="name"/> in <paramref name="rules"/>, or null with RS9008 reported at <paramref name="at"/>.</summary>
    public static string? Resolve(string rules, string name, Location at, DiagnosticBag problems)
    {
        var folder = Path.GetFullPath(rules);
        var plain = name.Length > 0
            && name.IndexOfAny(['/', '\\', '\0']) < 0
            && name is not ("." or "..")
            && !Path.IsPathRooted(name)
            && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && name.Length > ".json".Length;
        var full = plain ? Path.GetFullPath(Path.Combine(folder, name)) : null;
        if (full is not null && string.Equals(Path.GetDirectoryName(full), Path.TrimEndingDirectorySeparator(folder), StringComparison.Ordinal))
        {
            return full;
        }

        problems.Report(DiagnosticCatalog.OutsideFolder, at, name, $"the rules folder '{PathDisplay.Of(rules)}'", "the name of a JSON file in it, such as placement.json");
        return null;
    }
}

using System.Text.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// The rules folder as it would be with some files edited, in a temporary folder of its own, so an edit can be checked
/// (validate) and compared (diff) before it is saved, without touching the served files. Problems and rules found in it
/// are shown at the rules folder's paths (<see cref="Shown(Diagnostic)"/>).
/// </summary>
internal sealed class RuleSetOverlay : IDisposable
{
    private readonly string _prefix;
    private readonly string _shownPrefix;

    private RuleSetOverlay(string folder, string rules)
    {
        Folder = folder;
        _prefix = PathDisplay.Of(folder).TrimEnd('/') + "/";
        _shownPrefix = ShownPrefix(rules);
    }

    /// <summary>The temporary folder with the edited rule set.</summary>
    public string Folder { get; }

    /// <summary>
    /// Copies the JSON files of <paramref name="rules"/> and writes <paramref name="edits"/> (file name and text) over them.
    /// The manifest's <c>extends</c>, and a catalog outside the folder, are pointed back at the folders they name.
    /// </summary>
    public static RuleSetOverlay Create(string rules, IReadOnlyDictionary<string, string> edits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rs-studio-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var overlay = new RuleSetOverlay(folder, rules);
        foreach (var file in Directory.GetFiles(rules, "*.json"))
        {
            var name = Path.GetFileName(file);
            if (!edits.ContainsKey(name))
            {
                File.Copy(file, Path.Combine(folder, name));
            }
        }

        foreach (var (name, text) in edits)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        var manifest = Path.Combine(folder, CoachingRules.ManifestFileName);
        if (File.Exists(manifest))
        {
            File.WriteAllText(manifest, Anchored(File.ReadAllText(manifest), Path.GetFullPath(rules)));
        }

        return overlay;
    }

    /// <summary>How the rules folder's files are shown: <c>rules/</c>.</summary>
    public static string ShownPrefix(string rules) => PathDisplay.Of(rules).Replace('\\', '/').TrimEnd('/') + "/";

    /// <summary><paramref name="diagnostic"/> placed in the rules folder instead of the temporary one.</summary>
    public Diagnostic Shown(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var moved = location.IsNone || !location.Path.StartsWith(_prefix, StringComparison.Ordinal)
            ? location
            : new Location(SourceText.From(location.Source.Text, Shown(location.Path)), location.Span);
        var arguments = diagnostic.Arguments.Select(a => a is string text ? text.Replace(_prefix, _shownPrefix, StringComparison.Ordinal) : a).ToArray();
        return new Diagnostic(diagnostic.Descriptor, moved, diagnostic.Severity, arguments);
    }

    /// <summary>A path in the temporary folder as the rules folder's.</summary>
    public string Shown(string path) => path.StartsWith(_prefix, StringComparison.Ordinal) ? _shownPrefix + path[_prefix.Length..] : path;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; the system cleans its temp folder.
        }
    }

    // extends, and a catalog that is not a file of the folder itself, are relative to the rules folder: made absolute in
    // place (the rest of the text, and so every line and column, stays as written).
    private static string Anchored(string text, string rules)
    {
        if (JsonParser.Parse(SourceText.From(text)).Root is not JsonObjectSyntax root)
        {
            return text;
        }

        var replaced = root.Properties
            .Where(p => p.Value is JsonStringSyntax value && (p.Name.Value == "extends" || (p.Name.Value == "catalog" && value.Value.IndexOfAny(['/', '\\']) >= 0)))
            .OrderByDescending(p => p.Value.Span.Start);
        foreach (var property in replaced)
        {
            var absolute = JsonSerializer.Serialize(Path.GetFullPath(Path.Combine(rules, ((JsonStringSyntax)property.Value).Value)));
            text = string.Concat(text.AsSpan(0, property.Value.Span.Start), absolute, text.AsSpan(property.Value.Span.End));
        }

        return text;
    }
}

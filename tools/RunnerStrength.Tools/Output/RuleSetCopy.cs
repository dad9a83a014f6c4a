using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Copies a rule set (its workflows, catalog, manifest, variants, scenarios and sample athletes) into a folder of its own,
/// with the schemas its files name in a <c>schemas</c> folder inside it. The shipped files name their schemas by a path
/// relative to themselves (<c>../schemas/workflow.schema.json</c>), so each copy's <c>$schema</c> is rewritten to the
/// copied schema, and an editor that opens the copy completes and checks it as it does the shipped files.
/// </summary>
internal static partial class RuleSetCopy
{
    public const string SchemasFolder = "schemas";

    /// <summary>
    /// Copies every file of <paramref name="rules"/> and <paramref name="schemas"/> into <paramref name="target"/>, each
    /// written whole or not at all (see <see cref="AtomicFile"/>), replacing files of the same name. Returns the number of
    /// files copied, or the problem that stopped the copy.
    /// </summary>
    public static (int Copied, Diagnostic? Problem) Copy(string rules, string schemas, string target)
    {
        var sourceRules = Path.GetFullPath(rules);
        var sourceSchemas = Path.GetFullPath(schemas);
        var targetRoot = Path.GetFullPath(target);
        var targetSchemas = Path.Combine(targetRoot, SchemasFolder);
        var files = Files(sourceRules, targetRoot).Concat(Files(sourceSchemas, targetSchemas)).ToList();
        foreach (var (source, destination) in files)
        {
            var text = File.ReadAllText(source);
            if (Path.GetExtension(source).Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                text = RenameSchema(text, source, destination, sourceSchemas, targetSchemas);
            }

            if ((CreateFolder(Path.GetDirectoryName(destination)!) ?? AtomicFile.Write(destination, text)) is { } problem)
            {
                return (0, problem);
            }
        }

        return (files.Count, null);
    }

    /// <summary>True when one of the two folders is, or is inside, the other: a copy would overwrite what it reads.</summary>
    public static bool Overlap(string first, string second)
    {
        var a = Path.TrimEndingDirectorySeparator(Path.GetFullPath(first)) + Path.DirectorySeparatorChar;
        var b = Path.TrimEndingDirectorySeparator(Path.GetFullPath(second)) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Source, string Destination)> Files(string from, string to) =>
        Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (file, Path.Combine(to, Path.GetRelativePath(from, file))));

    // A $schema that names a file of the shipped schemas folder names the same file of the copied one.
    private static string RenameSchema(string text, string source, string destination, string sourceSchemas, string targetSchemas)
    {
        var match = SchemaReference().Match(text);
        if (!match.Success || Uri.IsWellFormedUriString(match.Groups["path"].Value, UriKind.Absolute))
        {
            return text;
        }

        var named = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, match.Groups["path"].Value));
        var inSchemas = Path.GetRelativePath(sourceSchemas, named);
        if (inSchemas.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(inSchemas))
        {
            return text;
        }

        var renamed = Path.GetRelativePath(Path.GetDirectoryName(destination)!, Path.Combine(targetSchemas, inSchemas)).Replace('\\', '/');
        var path = match.Groups["path"];
        return string.Concat(text.AsSpan(0, path.Index), renamed, text.AsSpan(path.Index + path.Length));
    }

    private static Diagnostic? CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
            return new Diagnostic(DiagnosticCatalog.CannotWrite, Location.None, PathDisplay.Of(folder), reason);
        }
    }

    // The first "$schema" member: every shipped file has it at the top, as a plain relative path.
    [GeneratedRegex("""
        "\$schema"\s*:\s*"(?<path>[^"\\]*)"
        """)]
    private static partial Regex SchemaReference();
}

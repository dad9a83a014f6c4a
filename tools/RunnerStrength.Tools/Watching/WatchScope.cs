using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Watching;

/// <summary>
/// What a <c>--watch</c> run watches: folders (with their subfolders) and single files, as full paths, and the paths
/// whose changes are the command's own output and never start a run.
/// </summary>
internal sealed record WatchScope(ImmutableArray<string> Folders, ImmutableArray<string> Files, ImmutableArray<string> Ignored)
{
    /// <summary>The same scope, compared by what is watched.</summary>
    public string Key => string.Join('\n', Folders.Select(f => "d " + f).Concat(Files.Select(f => "f " + f)).Concat(Ignored.Select(i => "i " + i)));

    /// <summary>True when a change at <paramref name="path"/> is the command's own output.</summary>
    public bool IsIgnored(string path) => Ignored.Any(i => string.Equals(path, i, PathComparison) || path.StartsWith(Path.TrimEndingDirectorySeparator(i) + Path.DirectorySeparatorChar, PathComparison));

    internal static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Gathers the paths a command reads; <see cref="Build"/> keeps the ones that exist, without overlaps.</summary>
    public sealed class Builder
    {
        private readonly List<string> _folders = [];
        private readonly List<string> _files = [];
        private readonly List<string> _ignored = [];

        /// <summary>A rule set: its folder and every folder its <c>ruleset.json</c> extends, one after the other.</summary>
        public Builder RuleSet(string? folder)
        {
            for (var (current, depth) = (folder, 0); current is not null && depth < 8 && Directory.Exists(current); depth++)
            {
                _folders.Add(Path.GetFullPath(current));
                current = Extends(current) is { } extends ? Path.Combine(current, extends) : null;
            }

            return this;
        }

        /// <summary>A file, or a folder and what is below it.</summary>
        public Builder Input(string? path)
        {
            if (path is null)
            {
                return this;
            }

            if (Directory.Exists(path))
            {
                _folders.Add(Path.GetFullPath(path));
            }
            else
            {
                // A file watched by its name, so it is seen when it is made again (or made at last).
                _files.Add(Path.GetFullPath(path));
            }

            return this;
        }

        /// <summary>A path the command writes to.</summary>
        public Builder Ignore(string? path)
        {
            if (path is not null)
            {
                _ignored.Add(Path.GetFullPath(path));
            }

            return this;
        }

        public WatchScope Build()
        {
            var folders = _folders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            folders = [.. folders.Where(f => !folders.Any(other => other != f && Inside(f, other)))];

            // A JSON file inside a watched folder is seen through it; any other file is watched on its own.
            var files = _files.Distinct(StringComparer.Ordinal)
                .Where(f => Directory.Exists(Path.GetDirectoryName(f)))
                .Where(f => !(f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && folders.Any(folder => Inside(f, folder))))
                .Order(StringComparer.Ordinal);
            return new WatchScope([.. folders], [.. files], [.. _ignored.Distinct(StringComparer.Ordinal)]);
        }

        private static bool Inside(string path, string folder) =>
            path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, PathComparison);

        /// <summary>The <c>extends</c> of the folder's manifest, or null; a manifest that does not read has none (the run reports it).</summary>
        private static string? Extends(string folder)
        {
            var manifest = Path.Combine(folder, CoachingRules.ManifestFileName);
            if (!File.Exists(manifest) || InputFile.ReadBytes(manifest, manifest, Location.None, InputFile.DefaultMaxBytes, new DiagnosticBag()) is not { } bytes)
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("extends", out var extends) && extends.ValueKind == JsonValueKind.String
                    ? extends.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}

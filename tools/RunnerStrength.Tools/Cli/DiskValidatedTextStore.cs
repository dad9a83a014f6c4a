using RunnerStrength.Engine.Json;

namespace RunnerStrength.Tools.Cli;

/// <summary>
/// Remembers, across runs of the tool, which files passed their JSON Schema: one empty file per passing text, named by
/// a hash of the schema and the text. A later run skips the schema check of files that did not change, which is most
/// of a command's start-up. The cache is an optimisation only: any I/O problem just means the check runs.
/// </summary>
internal sealed class DiskValidatedTextStore(string directory) : IValidatedTextStore
{
    /// <summary>The environment variable that moves the cache, or turns it off with "off".</summary>
    public const string Variable = ToolSettings.EnvironmentPrefix + "CACHE";

    public string Directory { get; } = directory;

    /// <summary>The store the process should use: $RUNNERSTRENGTH_CACHE, else $XDG_CACHE_HOME/runner-strength, else ~/.cache/runner-strength; null when turned off.</summary>
    public static DiskValidatedTextStore? FromEnvironment()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.Equals(configured, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var root = !string.IsNullOrEmpty(configured) ? configured
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "runner-strength")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "runner-strength");
        return new DiskValidatedTextStore(Path.Combine(root, "validated"));
    }

    public bool Contains(string key) => File.Exists(Path.Combine(Directory, key));

    public void Add(string key)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            using (File.Create(Path.Combine(Directory, key)))
            {
            }
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs the next run its shortcut.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

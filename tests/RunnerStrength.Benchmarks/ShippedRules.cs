using System.Runtime.CompilerServices;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Benchmarks;

/// <summary>The shipped coaching rule set (<c>rules/</c> of the repository), loaded the way the CLI loads it.</summary>
public static class ShippedRules
{
    /// <summary>The repository's <c>rules/</c> folder.</summary>
    public static string Folder => Path.Combine(RepositoryRoot(), "rules");

    /// <summary>Loads <c>rules/</c>, or throws with its diagnostics.</summary>
    public static CoachingRules LoadOrThrow()
    {
        var loaded = CoachingRules.Load(Folder);
        return loaded.Rules ?? throw new InvalidOperationException($"the shipped rules did not load: {string.Join("; ", loaded.Diagnostics)}");
    }

    // Built with --artifacts-path the binaries live outside the repository, so the working folder and this source
    // file's own path (recorded at compile time) are tried as well.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? string.Empty];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RunnerStrength.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No folder above {string.Join(" or ", starts)} holds RunnerStrength.sln.");
    }
}

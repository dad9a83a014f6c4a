using System.Runtime.CompilerServices;

namespace RunnerStrength.Coaching.Tests;

/// <summary>Paths inside the repository, found by walking up to the folder holding RunnerStrength.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() => FindRoot());

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The coach-editable rules folder.</summary>
    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The JSON Schemas folder.</summary>
    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The shipped exercise catalog.</summary>
    public static string ExerciseCatalog => Path.Combine(Root, "rules", "exercises.json");

    /// <summary>The folder of sample athletes.</summary>
    public static string SampleAthletes => Path.Combine(Root, "rules", "examples", "athletes");

    /// <summary>A path below the root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    // The test binaries normally live under the repository; built with --artifacts-path elsewhere they do not, so the
    // working folder and finally this source file's own path (recorded at compile time) are tried next.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
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

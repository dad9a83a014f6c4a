using System.Runtime.CompilerServices;

namespace RunnerStrength.Tools.Tests.Support;

/// <summary>Paths into the checkout the tests run from: the shipped rules, the sample athletes, the schemas.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Athletes => Path.Combine(Rules, "examples", "athletes");

    public static string Athlete(string name) => Path.Combine(Athletes, name + ".json");

    /// <summary>This test project's folder, where the approved files live.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "RunnerStrength.Tools.Tests");

    /// <summary>The tool's project folder: a base directory from which the shipped rules are found by walking up.</summary>
    public static string ToolProject => Path.Combine(Root, "tools", "RunnerStrength.Tools");

    private static string FindRoot([CallerFilePath] string here = "")
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(here)!); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RunnerStrength.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No RunnerStrength.sln above {here}.");
    }
}

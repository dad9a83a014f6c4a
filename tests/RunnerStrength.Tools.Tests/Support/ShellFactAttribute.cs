namespace RunnerStrength.Tools.Tests.Support;

/// <summary>
/// A test that runs a shell. On a developer's machine without it, it is skipped, saying so; where the shells are
/// required (CI installs bash, zsh and fish and sets RUNNERSTRENGTH_REQUIRE_SHELLS=1), it runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute(string shell)
    {
        if (Shells.Find(shell) is null && Environment.GetEnvironmentVariable("RUNNERSTRENGTH_REQUIRE_SHELLS") != "1")
        {
            Skip = $"{shell} is not installed on this machine";
        }
    }
}

/// <summary>Finds shells on the PATH.</summary>
internal static class Shells
{
    public static string? Find(string shell) =>
        OperatingSystem.IsWindows() ? null
        : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, shell))
            .FirstOrDefault(File.Exists);
}

namespace RunnerStrength.Tools.Tests.Support;

/// <summary>A test that runs a shell: skipped, saying so, on a machine without it (bash is everywhere the tests run; zsh and fish may not be).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute(string shell)
    {
        if (Shells.Find(shell) is null)
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

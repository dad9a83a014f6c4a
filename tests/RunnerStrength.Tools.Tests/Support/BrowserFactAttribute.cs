namespace RunnerStrength.Tools.Tests.Support;

/// <summary>
/// A test that drives a real headless browser (Debian's chromium through chromium-driver). On a developer's machine
/// without them it is skipped, saying so; where they are required (CI installs both and sets
/// RUNNERSTRENGTH_REQUIRE_BROWSER=1) it runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if ((Browser.Chromium is null || Browser.Driver is null) && Environment.GetEnvironmentVariable("RUNNERSTRENGTH_REQUIRE_BROWSER") != "1")
        {
            Skip = "chromium and chromium-driver are not installed on this machine (apt-get install chromium chromium-driver)";
        }
    }
}

/// <summary>Finds the browser and its driver on the PATH.</summary>
internal static class Browser
{
    public static string? Chromium => Shells.Find("chromium") ?? Shells.Find("chromium-browser");

    public static string? Driver => Shells.Find("chromedriver");
}

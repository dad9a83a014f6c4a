using Microsoft.Extensions.Configuration;

namespace RunnerStrength.Tools.Cli;

/// <summary>
/// The defaults flags fall back to: appsettings.json beside the tool, overridden by <c>RUNNERSTRENGTH_</c> environment
/// variables, either flat (<c>RUNNERSTRENGTH_WEEKS</c>) or in the section form (<c>RUNNERSTRENGTH_DEFAULTS__WEEKS</c>).
/// Values are kept as text: each command checks them when it needs them and says where a bad one came from.
/// </summary>
internal sealed record ToolSettings(string? Rules, string? Weeks, string? Format)
{
    public const string FileName = "appsettings.json";
    public const string EnvironmentPrefix = "RUNNERSTRENGTH_";

    /// <summary>Reads the settings file in <paramref name="baseDirectory"/> (optional) and the environment.</summary>
    public static ToolSettings Load(string baseDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Path.GetFullPath(baseDirectory), FileName), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .Build();
        return new ToolSettings(Value(configuration, "Rules"), Value(configuration, "Weeks"), Value(configuration, "Format"));
    }

    /// <summary>Where a setting can come from, for messages about a bad value.</summary>
    public static string Origin(string name) =>
        $"{EnvironmentPrefix}{name.ToUpperInvariant()} or Defaults:{name} in {FileName}";

    // The flat variable wins over the section, so RUNNERSTRENGTH_RULES beats the file's Defaults:Rules.
    private static string? Value(IConfiguration configuration, string name) =>
        NonEmpty(configuration[name]) ?? NonEmpty(configuration["Defaults:" + name]);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

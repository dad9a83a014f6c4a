using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests;

/// <summary>Defaults come from appsettings.json beside the tool, then RUNNERSTRENGTH_ variables, then flags.</summary>
public sealed class SettingsTests
{
    private static readonly string Maya = Repository.Athlete("beginner-bodyweight-10k");

    [Fact]
    public void Shipped_settings_file_is_copied_beside_the_tool()
    {
        File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).ShouldBeTrue();
    }

    [Fact]
    public void Settings_file_beside_the_tool_sets_the_defaults()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", $$"""
            { "Defaults": { "Rules": "{{Repository.Rules.Replace("\\", "/", StringComparison.Ordinal)}}", "Weeks": "2", "Format": "markdown" } }
            """);

        var result = ToolRun.Run(c => c with { BaseDirectory = temp.Path }, "plan", "--athlete", Maya);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.Count(l => l.StartsWith("## Week ", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void Flags_override_the_settings_file()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", """{ "Defaults": { "Weeks": "2", "Format": "markdown" } }""");

        var result = ToolRun.Run(c => c with { BaseDirectory = temp.Path }, "plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1", "--format", "text");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[1].ShouldStartWith("1 week from ");
    }

    [Fact]
    public void Bad_value_in_the_settings_file_is_a_usage_error_that_names_its_source()
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", """{ "Defaults": { "Format": "pdf" } }""");

        var result = ToolRun.Run(c => c with { BaseDirectory = temp.Path }, "plan", "--athlete", Maya, "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("'pdf' from RUNNERSTRENGTH_FORMAT or Defaults:Format in appsettings.json is not a plan format");
    }

    [Theory]
    [InlineData("plan", "pass --rules DIR, set RUNNERSTRENGTH_RULES, or make one with 'runner-strength init'")]
    [InlineData("validate", "pass the PATH to validate, set RUNNERSTRENGTH_RULES, or make one with 'runner-strength init'")]
    [InlineData("test", "pass the DIR of scenarios, set RUNNERSTRENGTH_RULES, or make one with 'runner-strength init'")]
    public void No_rules_anywhere_is_a_usage_error_that_says_how_to_give_them(string command, string hint)
    {
        using var temp = new TempFolder();
        string[] args = command == "plan" ? [command, "--athlete", Maya] : [command];

        // Neither the tool's folder nor the working folder has rules/ above it (a build inside the repository would).
        var result = ToolRun.Run(c => c with { BaseDirectory = temp.Path, WorkingDirectory = temp.Path }, args);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain(hint);
        result.Out.ShouldBeEmpty();
    }
}

/// <summary>Tests that set real environment variables or the working folder run alone, so no other test sees them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

/// <summary>Settings from the process: environment variables and the working folder.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EnvironmentSettingsTests
{
    private static readonly string Maya = Repository.Athlete("beginner-bodyweight-10k");

    [Theory]
    [InlineData("RUNNERSTRENGTH_WEEKS")]
    [InlineData("RUNNERSTRENGTH_DEFAULTS__WEEKS")]
    public void Environment_overrides_the_settings_file(string variable)
    {
        using var temp = new TempFolder();
        temp.Write("appsettings.json", """{ "Defaults": { "Weeks": "2" } }""");

        var result = WithVariable(variable, "3", () => ToolRun.Run(c => c with { BaseDirectory = temp.Path }, "plan", "--athlete", Maya, "--rules", Repository.Rules));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[1].ShouldStartWith("3 weeks from ");
    }

    [Fact]
    public void Flag_overrides_the_environment()
    {
        var result = WithVariable("RUNNERSTRENGTH_FORMAT", "json", () => ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1", "--format", "text"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[0].ShouldBe("Strength plan for Maya");
    }

    [Fact]
    public void Format_from_the_environment_is_used_without_a_flag()
    {
        var result = WithVariable("RUNNERSTRENGTH_FORMAT", "json", () => ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules, "--weeks", "1"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldStartWith("{");
    }

    [Fact]
    public void Rules_from_the_environment_are_used_without_a_flag()
    {
        using var temp = new TempFolder();

        var result = WithVariable("RUNNERSTRENGTH_RULES", Repository.Rules, () => ToolRun.Run(c => c with { BaseDirectory = temp.Path }, "validate"));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldStartWith("0 errors, 0 warnings in ");
    }

    [Fact]
    public void Bad_weeks_in_the_environment_is_a_usage_error()
    {
        var result = WithVariable("RUNNERSTRENGTH_WEEKS", "lots", () => ToolRun.Run("plan", "--athlete", Maya, "--rules", Repository.Rules));

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("'lots' from RUNNERSTRENGTH_WEEKS");
    }

    [Fact]
    public void Rules_folder_in_the_current_folder_is_found_without_a_flag()
    {
        using var temp = new TempFolder();
        temp.CopyFolder(Repository.Rules, "rules");
        var elsewhere = temp.File("tool");
        Directory.CreateDirectory(elsewhere);
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = temp.Path;
        try
        {
            var result = ToolRun.Run(c => c with { BaseDirectory = elsewhere }, "validate");

            result.ExitCode.ShouldBe(0, result.ToString());
            result.OutLines[^1].ShouldStartWith("0 errors, 0 warnings in ");
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
    }

    private static ToolResult WithVariable(string name, string value, Func<ToolResult> run)
    {
        Environment.SetEnvironmentVariable(name, value);
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}

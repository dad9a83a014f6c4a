using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #12, point 5: <c>plan --engine rulesengine</c> designs with Microsoft RulesEngine evaluating the rules; the
/// built-in engine stays the default. The same files give the same plans (RulesEngine.Differential in the Coaching
/// tests compares every sample and scenario; here the command line).
/// </summary>
public sealed class PlanEngineTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void RulesEngine_designs_the_same_plan_as_the_built_in_engine(string format)
    {
        string[] plan = ["plan", "--athlete", Repository.Athlete("intermediate-half-marathon-bands-dumbbells"), "--rules", Repository.Rules, "--format", format, "--explain"];

        var builtIn = ToolRun.Run(plan);
        var explicitBuiltIn = ToolRun.Run([.. plan, "--engine", "builtin"]);
        var rulesEngine = ToolRun.Run([.. plan, "--engine", "rulesengine"]);

        builtIn.ExitCode.ShouldBe(0, builtIn.ToString());
        rulesEngine.ExitCode.ShouldBe(0, rulesEngine.ToString());
        rulesEngine.Error.ShouldBeEmpty();
        rulesEngine.Out.ShouldBe(builtIn.Out);
        explicitBuiltIn.Out.ShouldBe(builtIn.Out);
    }

    [Fact]
    public void A_folder_of_athletes_gets_the_same_plans_from_RulesEngine()
    {
        using var temp = new TempFolder();

        var builtIn = ToolRun.Run("plan", "--athletes", Repository.Athletes, "--output-dir", temp.File("builtin"), "--rules", Repository.Rules, "--format", "json");
        var rulesEngine = ToolRun.Run("plan", "--athletes", Repository.Athletes, "--output-dir", temp.File("rulesengine"), "--rules", Repository.Rules, "--format", "json", "--engine", "rulesengine");

        rulesEngine.ExitCode.ShouldBe(0, rulesEngine.ToString());
        rulesEngine.Out.Replace("rulesengine", "builtin", StringComparison.Ordinal).ShouldBe(builtIn.Out);
        var files = Directory.GetFiles(temp.File("builtin")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(Directory.GetFiles(Repository.Athletes, "*.json").Length);
        Directory.GetFiles(temp.File("rulesengine")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(files);
        foreach (var file in files)
        {
            File.ReadAllText(temp.File(Path.Combine("rulesengine", file!))).ShouldBe(File.ReadAllText(temp.File(Path.Combine("builtin", file!))), file);
        }
    }

    [Fact]
    public void An_unknown_engine_is_bad_usage()
    {
        var result = ToolRun.Run("plan", "--athlete", Repository.Athlete("no-race"), "--engine", "drools");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("'drools'");
        result.Error.ShouldContain("'rulesengine'");
    }
}

using System.Diagnostics;
using System.Text.Json;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #13: <c>diff --rules DIR --against DIR|REV</c>, how a rule change moves every athlete's plan.</summary>
public sealed class DiffCommandTests
{
    private static readonly string Variant = Path.Combine(Repository.Rules, "variants", "hard-days-hard");
    private static readonly string Samples = Path.Combine(Repository.Rules, "examples", "athletes");

    [Fact]
    public void The_same_rules_on_both_sides_change_no_plan_and_exit_0()
    {
        var result = ToolRun.Run("diff", "--rules", Repository.Rules, "--against", Repository.Rules, "--weeks", "4", "--start", "2026-11-23");

        var athletes = Directory.GetFiles(Samples, "*.json").Length;
        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines[^1].ShouldBe($"No plan changes for {athletes} athletes.");
        result.OutLines.Count(l => l.EndsWith(": no change", StringComparison.Ordinal)).ShouldBe(athletes);
    }

    [Fact]
    public void A_deload_rule_switched_off_shows_the_week_that_is_no_longer_a_deload_with_the_rule_behind_it()
    {
        using var temp = new TempFolder();
        var edited = CopyRules(temp);
        var deload = Path.Combine(edited, "deload.json");
        File.WriteAllText(deload, File.ReadAllText(deload).Replace("\"RuleName\": \"AfterThreeLoadingWeeks\",", "\"RuleName\": \"AfterThreeLoadingWeeks\", \"Enabled\": false,", StringComparison.Ordinal));

        var result = ToolRun.Run("diff", "--rules", edited, "--against", Repository.Rules, "--athlete", Repository.Athlete("advanced-gym-marathon"), "--start", "2026-11-23", "--weeks", "12");

        result.ExitCode.ShouldBe(1, result.ToString());
        var lines = result.OutLines;
        var deloadLine = Array.FindIndex(lines, l => l.EndsWith(": deload", StringComparison.Ordinal));
        deloadLine.ShouldBeGreaterThan(0, result.ToString());
        lines[deloadLine].ShouldMatch(@"^  week \d+: deload$");
        lines[deloadLine + 1].ShouldBe("    before: deload");
        lines[deloadLine + 2].ShouldBe("    after:  loading");
        lines[deloadLine + 3].ShouldMatch(@"^    rule before: Deload/AfterThreeLoadingWeeks at .*deload\.json\(\d+,\d+\)$");
        lines[^1].ShouldMatch(@"^1 of 1 athlete's plan changes: .*deload weeks? changed");
    }

    [Fact]
    public void The_variant_against_the_default_moves_sessions_and_its_json_follows_the_schema()
    {
        var result = ToolRun.Run("diff", "--rules", Variant, "--against", Repository.Rules, "--athletes", Samples, "--start", "2026-11-23", "--weeks", "6", "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        var schema = File.ReadAllText(Path.Combine(Repository.Root, "schemas", "diff.schema.json"));
        JsonSchemaValidator.FromSchemaText(schema).Validate(SourceText.From(result.Out, "diff.json")).ShouldBeEmpty();
        using var json = JsonDocument.Parse(result.Out);
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("athletes").GetInt32().ShouldBe(Directory.GetFiles(Samples, "*.json").Length);
        summary.GetProperty("changed").GetInt32().ShouldBeGreaterThan(0);
        var changes = json.RootElement.GetProperty("athletes").EnumerateArray().SelectMany(a => a.GetProperty("changes").EnumerateArray()).ToList();
        changes.Count.ShouldBe(summary.GetProperty("changes").EnumerateObject().Sum(p => p.Value.GetInt32()));
        var moved = changes.First(c => c.GetProperty("kind").GetString() == "session-moved");
        moved.GetProperty("before").GetString().ShouldNotBe(moved.GetProperty("after").GetString());
        moved.GetProperty("rulesAfter").EnumerateArray().Concat(moved.GetProperty("rulesBefore").EnumerateArray())
            .ShouldAllBe(r => r.GetProperty("rule").GetString()!.StartsWith("Placement/", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_names_the_two_rule_sets_and_escapes_what_comes_from_files()
    {
        using var temp = new TempFolder();
        var profile = File.ReadAllText(Repository.Athlete("no-race")).Replace("\"name\": \"", "\"name\": \"*Jo* <b>x</b> ", StringComparison.Ordinal);
        var athlete = temp.Write("jo.json", profile);

        var result = ToolRun.Run("diff", "--rules", Variant, "--against", Repository.Rules, "--athlete", athlete, "--start", "2026-11-23", "--weeks", "4", "--format", "markdown");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines[0].ShouldBe("# Plan changes");
        result.Out.ShouldContain("## \\*Jo\\* \\<b\\>x\\</b\\> ");
        result.Out.ShouldContain("| where | change | before | after | rules before | rules after |");
        result.Out.ShouldNotContain("<b>");
    }

    [Fact]
    public void Against_a_git_revision_compares_with_the_rules_folder_as_committed()
    {
        using var temp = new TempFolder();
        var rules = CopyRules(temp);
        Git(temp.Path, "init", "-q");
        Git(temp.Path, "add", ".");
        Git(temp.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "rules");
        var clean = ToolRun.Run("diff", "--rules", rules, "--against", "HEAD", "--athlete", Repository.Athlete("no-race"), "--start", "2026-11-23", "--weeks", "4");
        var deload = Path.Combine(rules, "phases.json");
        File.WriteAllText(deload, "{ broken");
        var broken = ToolRun.Run("diff", "--rules", rules, "--against", "HEAD", "--athlete", Repository.Athlete("no-race"), "--start", "2026-11-23", "--weeks", "4");
        var unknown = ToolRun.Run("diff", "--rules", rules, "--against", "no-such-branch", "--athlete", Repository.Athlete("no-race"));

        clean.ExitCode.ShouldBe(0, clean.ToString());
        clean.OutLines[^1].ShouldBe("No plan changes for 1 athlete.");
        broken.ExitCode.ShouldBe(2, broken.ToString());
        broken.Error.ShouldContain("phases.json(1,");
        unknown.ExitCode.ShouldBe(2, unknown.ToString());
        unknown.Error.ShouldContain("'no-such-branch' is not a folder, nor a git revision");
    }

    [Fact]
    public void The_readme_example_is_what_diff_prints_for_the_readme_edit()
    {
        using var temp = new TempFolder();
        CopyRules(temp);
        Git(temp.Path, "init", "-q");
        Git(temp.Path, "add", ".");
        Git(temp.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "rules");
        var placement = temp.File("rules/placement.json");
        const string Before = "session.intensity != \\\"light\\\" && (day.nextIsQuality || day.nextIsLongRun)";
        const string After = "session.intensity != \\\"light\\\" && day.nextIsQuality";
        File.ReadAllText(placement).ShouldContain(Before);
        File.WriteAllText(placement, File.ReadAllText(placement).Replace(Before, After, StringComparison.Ordinal));
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        const string Command = "$ runner-strength diff --against HEAD --athlete rules/examples/athletes/no-race.json --start 2026-11-23 --weeks 1\n";
        var at = readme.IndexOf(Command, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, "the README shows the diff example");
        var shown = readme[(at + Command.Length)..readme.IndexOf("```", at, StringComparison.Ordinal)];
        var dotnet = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        string[] args = [typeof(RunnerStrength.Tools.Cli.CliApplication).Assembly.Location, "diff", "--against", "HEAD", "--athlete", "rules/examples/athletes/no-race.json", "--start", "2026-11-23", "--weeks", "1"];

        var result = ProcessRun.Run(dotnet, args, temp.Path, new Dictionary<string, string> { ["NO_COLOR"] = "1", ["RUNNERSTRENGTH_CACHE"] = "off" }, TimeSpan.FromMinutes(3));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Out.ShouldBe(shown);
    }

    [Fact]
    public void Against_a_revision_outside_a_git_work_tree_says_so()
    {
        using var temp = new TempFolder();
        var rules = CopyRules(temp);

        var result = ToolRun.Run("diff", "--rules", rules, "--against", "HEAD~1", "--athlete", Repository.Athlete("no-race"));

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("the rules folder is not in a git work tree");
    }

    [Theory]
    [InlineData("diff", "--rules", "rules")]
    [InlineData("diff", "--against", "rules", "--athletes", "rules/examples/athletes", "--athlete", "rules/examples/athletes/no-race.json")]
    [InlineData("diff", "--against", "rules", "--format", "html")]
    public void Bad_usage_is_exit_2(params string[] args)
    {
        var full = args.Select(a => a.StartsWith("rules", StringComparison.Ordinal) ? Path.Combine(Repository.Root, a) : a).ToArray();

        ToolRun.Run(full).ExitCode.ShouldBe(2);
    }

    private static string CopyRules(TempFolder temp)
    {
        temp.CopyFolder(Repository.Rules, "rules");
        temp.CopyFolder(Path.Combine(Repository.Root, "schemas"), "schemas");
        return temp.File("rules");
    }

    private static void Git(string folder, params string[] args)
    {
        var result = ProcessRun.Run("git", args, folder, new Dictionary<string, string> { ["GIT_CONFIG_NOSYSTEM"] = "1" }, TimeSpan.FromMinutes(1));
        result.ExitCode.ShouldBe(0, result.ToString());
    }
}

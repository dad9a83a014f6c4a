using System.Text.Json;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #13: <c>lint [DIR]</c> end to end: exit codes, the text, JSON and SARIF forms, on the Coaching tests' lint
/// fixtures (small variants of the shipped rules built to show one finding each) and on the shipped rules.
/// </summary>
public sealed class LintCommandTests
{
    private static readonly string Shadowed = Fixture("shadowed");

    private static readonly string ShadowedTiming = Path.Combine(Shadowed, "timing.json");

    [Fact]
    public void Text_gives_one_line_per_finding_in_validates_form_and_a_summary_and_exits_0()
    {
        var result = ToolRun.Run("lint", Shadowed, "--athletes", Repository.Athletes, "--generated", "40");

        result.ExitCode.ShouldBe(0, result.ToString());
        var line = result.OutLines.Where(l => l.Contains("RS4101", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldStartWith($"{ShadowedTiming}({LineOf(ShadowedTiming, "\"VeryShortSessions\"")},19): warning RS4101: rule 'VeryShortSessions' never decides: whenever it fires, 'ShortSessions' (line {LineOf(ShadowedTiming, "\"ShortSessions\"")}) fires first, for all 19 sample and 40 generated athletes; it fires for ");
        result.OutLines[^1].ShouldMatch(@"^0 errors, \d+ warnings?, \d+ messages? in 14 workflows, for 19 sample and 40 generated athletes \(seed 1\)$");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Warnings_as_errors_turns_warnings_into_errors_and_exits_1_but_leaves_messages()
    {
        var result = ToolRun.Run("lint", Shadowed, "--athletes", Repository.Athletes, "--generated", "40", "--warnings-as-errors");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain(l => l.Contains("): error RS4101: rule 'VeryShortSessions' never decides", StringComparison.Ordinal));
        result.OutLines.ShouldNotContain(l => l.Contains(": warning RS", StringComparison.Ordinal));
        result.OutLines.ShouldContain(l => l.Contains(": info RS4103: ", StringComparison.Ordinal));
        result.OutLines[^1].ShouldMatch(@"^[1-9]\d* errors?, 0 warnings, \d+ messages? in 14 workflows");
    }

    [Fact]
    public void The_shipped_rules_pass_lint_with_warnings_as_errors()
    {
        var result = ToolRun.Run("lint", Repository.Rules, "--warnings-as-errors", "--start", "2026-11-23");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldAllBe(l => l.Contains(": info RS4103: ", StringComparison.Ordinal) || l.StartsWith("0 errors, 0 warnings, ", StringComparison.Ordinal));
        result.OutLines[^1].ShouldMatch(@"^0 errors, 0 warnings, \d+ messages in 14 workflows, for 19 sample and 400 generated athletes \(seed 1\)$");
    }

    [Fact]
    public void The_readme_example_is_what_lint_prints_for_the_long_run_friendly_variant()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        const string Command = "$ runner-strength lint rules/variants/long-run-friendly\n";
        var at = readme.IndexOf(Command, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, "the README shows the lint example");
        var shown = readme[(at + Command.Length)..readme.IndexOf("```", at, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var result = ToolRun.Run("lint", Path.Combine(Repository.Rules, "variants", "long-run-friendly"));

        result.ExitCode.ShouldBe(0, result.ToString());
        var relative = result.OutLines.Select(l => l.Replace(Repository.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToList();
        relative.Where(l => !l.Contains(": info RS4103: ", StringComparison.Ordinal)).ShouldBe(shown.Where(l => l != "..."));
    }

    [Fact]
    public void Json_follows_its_schema_and_holds_each_generated_athlete_a_finding_names_as_a_valid_profile()
    {
        var result = ToolRun.Run("lint", Fixture("overlap"), "--athletes", Repository.Athletes, "--generated", "40", "--format", "json", "--seed", "3");

        result.ExitCode.ShouldBe(0, result.ToString());
        var schema = File.ReadAllText(Path.Combine(Repository.Root, "schemas", "lint.schema.json"));
        JsonSchemaValidator.FromSchemaText(schema).Validate(SourceText.From(result.Out, "lint.json")).ShouldBeEmpty();
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("start").GetString().ShouldBe("2026-11-23");
        root.GetProperty("population").GetProperty("samples").GetInt32().ShouldBe(19);
        root.GetProperty("population").GetProperty("generated").GetInt32().ShouldBe(40);
        root.GetProperty("population").GetProperty("seed").GetInt32().ShouldBe(3);

        var overlap = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.TryGetProperty("workflow", out var w) && w.GetString() == "Timing");
        overlap.GetProperty("kind").GetString().ShouldBe("overlap");
        overlap.GetProperty("code").GetString().ShouldBe("RS4103");
        overlap.GetProperty("severity").GetString().ShouldBe("info");
        overlap.GetProperty("rules").EnumerateArray().Select(r => r.GetString()).ShouldBe(["ShortSessions", "SlowBeginners"]);
        overlap.GetProperty("athleteCount").GetInt32().ShouldBeGreaterThan(0);
        overlap.GetProperty("athletes").EnumerateArray().ShouldAllBe(a => a.GetProperty("context").GetString() == "timing");

        // Every generated athlete a finding names is in the report once, as a profile that plans.
        var named = root.GetProperty("diagnostics").EnumerateArray()
            .SelectMany(d => d.TryGetProperty("athletes", out var a) ? a.EnumerateArray().ToList() : [])
            .Where(a => a.TryGetProperty("generated", out _))
            .Select(a => a.GetProperty("generated").GetInt32())
            .Distinct().Order().ToList();
        var profiles = root.GetProperty("generated").EnumerateArray().ToList();
        named.ShouldNotBeEmpty();
        profiles.Select(p => p.GetProperty("index").GetInt32()).ShouldBe(named);
        var athleteSchema = JsonSchemaValidator.FromSchemaText(File.ReadAllText(Path.Combine(Repository.Root, "schemas", "athlete.schema.json")));
        using var temp = new TempFolder();
        foreach (var profile in profiles)
        {
            var text = profile.GetProperty("profile").GetRawText();
            athleteSchema.Validate(SourceText.From(text, "generated.json")).ShouldBeEmpty(text);
            var file = temp.Write($"generated-{profile.GetProperty("index").GetInt32()}.json", text);
            var plan = ToolRun.Run("plan", "--athlete", file, "--rules", Fixture("overlap"), "--start", "2026-11-23", "--weeks", "1");
            plan.ExitCode.ShouldBe(0, plan.ToString());
        }
    }

    [Fact]
    public void Sarif_is_SARIF_2_1_0_with_the_lint_codes_and_located_results()
    {
        var result = ToolRun.Run("lint", Shadowed, "--athletes", Repository.Athletes, "--generated", "40", "--format", "sarif");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = document.RootElement.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("runner-strength");
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "RS4101");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("Rule never decides");
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("warning");
        driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "RS4103")
            .GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("note");
        var finding = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "RS4101");
        finding.GetProperty("level").GetString().ShouldBe("warning");
        finding.GetProperty("message").GetProperty("text").GetString()!.ShouldStartWith("rule 'VeryShortSessions' never decides");
        var physical = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!.ShouldEndWith("Fixtures/shadowed/timing.json");
        physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(LineOf(ShadowedTiming, "\"VeryShortSessions\""));
        physical.GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(19);
    }

    [Fact]
    public void A_variant_without_samples_of_its_own_plans_the_samples_of_the_rules_folder_above_it()
    {
        var result = ToolRun.Run("lint", Path.Combine(Repository.Rules, "variants", "hard-days-hard"), "--generated", "10", "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("population").GetProperty("athletes").GetString()!.Replace('\\', '/').ShouldEndWith("rules/examples/athletes");
        json.RootElement.GetProperty("population").GetProperty("samples").GetInt32().ShouldBe(19);
    }

    [Fact]
    public void A_rule_set_that_does_not_load_or_a_sample_that_cannot_be_read_is_an_error_and_exits_1()
    {
        using var temp = new TempFolder();
        var broken = temp.Write("broken/ruleset.json", $$"""{ "extends": "{{Repository.Rules.Replace("\\", "/", StringComparison.Ordinal)}}" }""");
        temp.Write("broken/timing.json", "{ broken");
        var athletes = temp.Write("athletes/bad.json", """{ "name": "Bad", "level": "expert" }""");

        var notLoaded = ToolRun.Run("lint", Path.GetDirectoryName(broken)!, "--generated", "5");
        var badSample = ToolRun.Run("lint", Repository.Rules, "--athletes", Path.GetDirectoryName(athletes)!, "--generated", "5");

        notLoaded.ExitCode.ShouldBe(1, notLoaded.ToString());
        notLoaded.OutLines.ShouldContain(l => l.Contains("timing.json(1,", StringComparison.Ordinal) && l.Contains(": error RS1", StringComparison.Ordinal));
        notLoaded.OutLines[^1].ShouldMatch(@"^[1-9]\d* errors?, \d+ warnings?: the rule set in .*broken did not load$");
        badSample.ExitCode.ShouldBe(1, badSample.ToString());
        badSample.OutLines.ShouldContain(l => l.Contains("bad.json(", StringComparison.Ordinal) && l.Contains(": error RS", StringComparison.Ordinal));
        badSample.OutLines[^1].ShouldMatch(@"for 5 generated athletes \(seed 1\)$");
    }

    [Theory]
    [InlineData("no-such-folder", null, "2")]
    [InlineData(null, "no-such-athletes", "2")]
    [InlineData(null, null, "-1")]
    [InlineData(null, null, "10001")]
    public void Bad_usage_exits_2(string? folder, string? athletes, string generated)
    {
        string[] args = ["lint", .. folder is null ? [] : new[] { folder }, .. athletes is null ? [] : new[] { "--athletes", athletes }, "--generated", generated];

        var result = ToolRun.Run(args);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Out.ShouldBeEmpty();
        result.Error.ShouldNotBeEmpty();
    }

    [Fact]
    public void No_athletes_at_all_is_bad_usage()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("athletes/readme.txt", "no profiles here");

        var result = ToolRun.Run("lint", Repository.Rules, "--athletes", Path.GetDirectoryName(empty)!, "--generated", "0");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("no athletes to plan");
    }

    private static string Fixture(string name) => Path.Combine(Repository.Root, "tests", "RunnerStrength.Coaching.Tests", "Lint", "Fixtures", name);

    private static int LineOf(string file, string text) => Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}

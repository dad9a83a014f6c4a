using System.Text.Json;
using System.Text.Json.Nodes;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Diff;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Engine.Workflows;
using RunnerStrength.Tools.Formatting;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #13: <c>fmt</c> lays out the files canonically without changing what they say, and <c>--check</c> guards it in CI.</summary>
public sealed class FmtCommandTests
{
    public static TheoryData<string> ShippedFiles => [.. ShippedJson().Select(f => Path.GetRelativePath(Repository.Rules, f).Replace('\\', '/'))];

    [Fact]
    public void The_shipped_rules_scenarios_and_sample_athletes_are_formatted()
    {
        var result = ToolRun.Run("fmt", "--check", Repository.Rules);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe([$"{ShippedJson().Count} files are formatted."]);
        result.Error.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void A_shipped_file_comes_back_as_it_is_from_any_layout(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Rules, file));

        foreach (var layout in (string[])[text, LayoutScramble.OneLine(text), LayoutScramble.Sprawl(text)])
        {
            var result = JsonFormatter.Format(layout, "rules/" + file);
            result.Kind.ShouldNotBeNull(file);
            result.Formatted.ShouldBe(text, file);
        }
    }

    [Fact]
    public void Formatting_keeps_what_every_file_says_to_the_engine_and_the_designer()
    {
        // Before: every shipped file on one line with every object's properties reversed. After: that, formatted.
        using var temp = new TempFolder();
        var before = temp.CopyFolder(Repository.Rules, "before/rules");
        temp.CopyFolder(Path.Combine(Repository.Root, "schemas"), "before/schemas");
        foreach (var file in Directory.GetFiles(before, "*.json", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, LayoutScramble.Reversed(File.ReadAllText(file)));
        }

        var after = temp.CopyFolder(Path.Combine(temp.Path, "before"), "after") is var root ? Path.Combine(root, "rules") : null!;
        var formatted = ToolRun.Run("fmt", after);
        formatted.ExitCode.ShouldBe(0, formatted.ToString());
        formatted.OutLines[^1].ShouldBe($"Formatted {ShippedJson().Count} of {ShippedJson().Count} files.");
        ToolRun.Run("fmt", "--check", after).ExitCode.ShouldBe(0);

        foreach (var folder in (string[])["", "variants/hard-days-hard", "variants/long-run-friendly"])
        {
            var rulesBefore = Loaded(Path.Combine(before, folder));
            var rulesAfter = Loaded(Path.Combine(after, folder));
            Describe(rulesAfter).ShouldBe(Describe(rulesBefore), folder);
            var athletes = Directory.GetFiles(Path.Combine(after, "examples", "athletes"), "*.json").Order(StringComparer.Ordinal).ToList();
            var diffs = RuleSetDiff.Run(rulesBefore, rulesAfter, athletes, new DateOnly(2026, 11, 23), 12, ToolRun.Today);
            diffs.ShouldAllBe(d => !d.Failed && d.Changes.Count == 0, folder);
        }

        foreach (var file in Directory.GetFiles(after, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var twin = Path.Combine(before, Path.GetRelativePath(after, file));
            Meaning(file, after).ShouldBe(Meaning(twin, before), file);
        }
    }

    [Fact]
    public void Check_lists_the_files_that_are_not_formatted_and_changes_nothing()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("athletes/ann.json", LayoutScramble.OneLine(File.ReadAllText(Repository.Athlete("no-race"))));
        var formatted = temp.Write("athletes/lucia.json", File.ReadAllText(Repository.Athlete("no-race")));
        var before = File.ReadAllText(athlete);

        var result = ToolRun.Run("fmt", temp.Path, "--check");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldBe([Display(athlete), "1 of 2 files is not formatted; run 'runner-strength fmt' to format it."]);
        File.ReadAllText(athlete).ShouldBe(before);
        File.ReadAllText(formatted).ShouldBe(File.ReadAllText(Repository.Athlete("no-race")));
    }

    [Fact]
    public void Fmt_rewrites_only_the_files_that_change_and_keeps_their_permissions()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("ann.json", LayoutScramble.Sprawl(File.ReadAllText(Repository.Athlete("no-race"))));
        var formatted = temp.Write("lucia.json", File.ReadAllText(Repository.Athlete("no-race")));
        var untouched = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(formatted, untouched);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(athlete, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var result = ToolRun.Run("fmt", temp.Path);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe([$"Formatted {Display(athlete)}", "Formatted 1 of 2 files."]);
        File.ReadAllText(athlete).ShouldBe(File.ReadAllText(Repository.Athlete("no-race")));
        File.GetLastWriteTimeUtc(formatted).ShouldBe(untouched, "a formatted file is not written again");
        Directory.GetFiles(temp.Path).Length.ShouldBe(2, "no temporary file is left behind");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(athlete).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        ToolRun.Run("fmt", temp.Path).OutLines.ShouldBe(["2 files already formatted."]);
    }

    [Fact]
    public void A_malformed_file_is_reported_with_file_line_and_column_exit_2_and_left_as_it_is()
    {
        using var temp = new TempFolder();
        const string Broken = "{\n  \"WorkflowName\": \"Limits\",\n  \"Rules\": [\n    { \"RuleName\": \"Long\" \"Expression\": \"true\" }\n  ]\n}\n";
        var rule = temp.Write("rules/limits.json", Broken);
        var athlete = temp.Write("rules/ann.json", LayoutScramble.OneLine(File.ReadAllText(Repository.Athlete("no-race"))));

        var result = ToolRun.Run("fmt", temp.File("rules"));

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldBe([$"{Display(rule)}(4,26): error RS1001: expected ',' or '}}' after a property, found '\"'"]);
        File.ReadAllText(rule).ShouldBe(Broken);
        File.ReadAllText(athlete).ShouldBe(File.ReadAllText(Repository.Athlete("no-race")), "the other files are still formatted");
        result.OutLines[^1].ShouldBe("Formatted 1 of 1 file; 1 file with the problems above was left as it is.");
        ToolRun.Run("fmt", "--check", temp.File("rules")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Comments_in_an_athlete_profile_are_kept()
    {
        using var temp = new TempFolder();
        var athlete = temp.Write("ann.json", """
            {
              "strengthDays": 2, // she asked for two
              "sessionMinutes": 40,
              "week": { "monday": "rest", "tuesday": "easy", "wednesday": "hills", "thursday": "rest", "friday": "easy", "saturday": "long", "sunday": "rest" },
              /* beginner until the spring */ "level": "beginner",
              "name": "Ann"
            }
            """);

        ToolRun.Run("fmt", athlete).ExitCode.ShouldBe(0);

        File.ReadAllText(athlete).ShouldBe("""
            {
              "name": "Ann",
              /* beginner until the spring */
              "level": "beginner",
              "week": {
                "monday": "rest",
                "tuesday": "easy",
                "wednesday": "hills",
                "thursday": "rest",
                "friday": "easy",
                "saturday": "long",
                "sunday": "rest"
              },
              "sessionMinutes": 40,
              "strengthDays": 2 // she asked for two
            }

            """);
        ToolRun.Run("validate", athlete).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Without_a_path_it_formats_the_rules_folder_in_or_above_the_current_folder()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        var placement = Path.Combine(rules, "placement.json");
        File.WriteAllText(placement, LayoutScramble.OneLine(File.ReadAllText(placement)));
        var inside = Directory.CreateDirectory(Path.Combine(rules, "tests", "athletes")).FullName;

        var result = ToolRun.Run(c => c with { WorkingDirectory = inside }, "fmt");

        result.ExitCode.ShouldBe(0, result.ToString());
        File.ReadAllText(placement).ShouldBe(File.ReadAllText(Path.Combine(Repository.Rules, "placement.json")));
        result.OutLines[^1].ShouldBe($"Formatted 1 of {ShippedJson().Count} files.");
    }

    [Fact]
    public void It_never_rewrites_the_rule_set_installed_with_the_tool()
    {
        using var temp = new TempFolder();

        // No rules folder in or above the temporary folder: the shipped rules (found beside the tool) are not a target.
        var result = ToolRun.Run(c => c with { WorkingDirectory = temp.Path }, "fmt");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("no rules folder was found");
        result.Error.ShouldContain("fmt leaves the rule set installed with the tool as it is");
    }

    [Fact]
    public void A_folder_may_hold_other_json_but_a_file_named_must_be_of_a_known_kind()
    {
        using var temp = new TempFolder();
        temp.CopyFolder(Path.Combine(Repository.Root, "schemas"), "schemas");
        var athlete = temp.Write("ann.json", File.ReadAllText(Repository.Athlete("no-race")));

        ToolRun.Run("fmt", "--check", temp.Path).OutLines.ShouldBe(["1 file is formatted."]);

        var schema = ToolRun.Run("fmt", temp.File("schemas/plan.schema.json"));
        schema.ExitCode.ShouldBe(2);
        schema.ErrorLines.ShouldBe([$"error RS9004: '{Display(temp.File("schemas/plan.schema.json"))}' is JSON of no kind fmt knows; expected a rule, catalog, ruleset.json, athlete or scenario file"]);
        ToolRun.Run("fmt", temp.File("missing.json")).ExitCode.ShouldBe(2);
        File.ReadAllText(athlete).ShouldBe(File.ReadAllText(Repository.Athlete("no-race")));
    }

    private static List<string> ShippedJson() =>
        [.. Directory.GetFiles(Repository.Rules, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static string Display(string path) => PathDisplay.Of(path);

    private static CoachingRules Loaded(string folder)
    {
        var loaded = CoachingRules.Load(folder);
        loaded.Rules.ShouldNotBeNull(string.Join('\n', loaded.Diagnostics));
        return loaded.Rules;
    }

    /// <summary>What a rule set says, with no positions: the manifest, every workflow and rule, the catalog.</summary>
    private static string Describe(CoachingRules rules) => string.Join('\n', [
        $"{rules.Description}|{string.Join(',', rules.LoadableEquipment)}|{string.Join(',', rules.QualityRuns)}",
        .. rules.RuleSet.Workflows.OrderBy(w => w.Name, StringComparer.Ordinal).SelectMany(w => Describe(w.Definition)),
        .. rules.Catalog.Exercises.Select(e => JsonSerializer.Serialize(e, CoachingJson.Options)),
    ]);

    private static IEnumerable<string> Describe(WorkflowDefinition workflow) =>
        Describe(workflow.Rules, 1).Prepend($"{workflow.Name}|{workflow.Description}|{workflow.HitPolicy}|{Params(workflow.GlobalParams)}|{string.Join(',', workflow.WorkflowsToInject.Select(w => w.Name))}");

    private static IEnumerable<string> Describe(IEnumerable<RuleDefinition> rules, int depth) => rules.SelectMany(rule => Describe(rule.Rules, depth + 1).Prepend(string.Join('|',
        new string(' ', depth) + rule.Name, rule.Description, rule.Enabled, rule.Expression?.Text, rule.Operator, rule.SuccessEvent, rule.ErrorMessage?.Text, Params(rule.LocalParams),
        string.Join(',', rule.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Canonical(JsonNode.Parse(p.Value.GetRawText()))}")),
        Action(rule.OnSuccess), Action(rule.OnFailure))));

    private static string Params(IEnumerable<ParamDefinition> parameters) => string.Join(',', parameters.Select(p => $"{p.Name}={p.Expression.Text}"));

    private static string Action(ActionDefinition? action) => action is null ? string.Empty
        : $"{action.Kind}:{action.Expression?.Text}:{action.WorkflowName}:{action.RuleName}:{Params(action.AdditionalInputs)}:{string.Join(',', action.InputFilter ?? [])}";

    /// <summary>What a file says to its reader, as JSON with every object's properties sorted; paths inside the folder made relative.</summary>
    private static string Meaning(string file, string folder)
    {
        var text = File.ReadAllText(file);
        object? read = JsonFormatter.Format(text, file).Kind switch
        {
            FormatKind.Athlete => AthleteProfileReader.ReadFile(file).Profile,
            FormatKind.Catalog => ExerciseCatalog.ReadFile(file).Catalog?.Exercises,
            FormatKind.Scenario => ScenarioReader.ReadFile(file).Scenario is { } scenario
                ? new { scenario.Name, scenario.Description, scenario.Athlete, scenario.Rules, scenario.Start, scenario.Weeks, scenario.Expect }
                : null,
            FormatKind.Manifest => JsonNode.Parse(text),
            FormatKind.RuleFile => WorkflowReader.ReadFiles([file]) is { Succeeded: true } workflows ? workflows.Workflows.SelectMany(Describe).ToList() : null,
            var kind => throw new InvalidOperationException($"{file} is {kind}"),
        };
        read.ShouldNotBeNull(file);
        var json = JsonSerializer.Serialize(read, CoachingJson.Options).Replace(JsonEncodedText.Encode(Path.GetFullPath(folder)).Value, "<folder>", StringComparison.Ordinal);
        return Canonical(JsonNode.Parse(json));
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(',', obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray array => "[" + string.Join(',', array.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}

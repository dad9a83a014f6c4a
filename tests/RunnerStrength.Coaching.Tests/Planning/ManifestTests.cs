using System.Text.Json;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Coaching.Tests.Planning;

public sealed class ManifestTests
{
    [Fact]
    public void Loadable_equipment_comes_from_ruleset_json_and_variants_inherit_it()
    {
        var rules = DefaultRules.Rules;
        rules.LoadableEquipment.ShouldContain("dumbbells");
        rules.LoadableEquipment.ShouldNotContain("bands");

        var variant = DefaultRules.Load(Path.Combine(RepositoryPaths.Rules, "variants", "hard-days-hard"));
        variant.LoadableEquipment.ShouldBe(rules.LoadableEquipment);
    }

    [Fact]
    public void A_coach_can_make_bands_loadable_without_a_rebuild()
    {
        using var folder = TempFolder.WithRules(out var rules);
        var manifest = Path.Combine(rules, CoachingRules.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"dumbbells\",", "\"dumbbells\", \"bands\",", StringComparison.Ordinal));

        DefaultRules.Load(rules).LoadableEquipment.ShouldContain("bands");
    }

    [Fact]
    public void An_unknown_equipment_word_in_the_manifest_is_a_schema_error_with_its_position()
    {
        using var folder = TempFolder.WithRules(out var rules);
        var manifest = Path.Combine(rules, CoachingRules.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"kettlebell\",", "\"kettlebel\",", StringComparison.Ordinal));

        var loaded = CoachingRules.Load(rules);

        loaded.Succeeded.ShouldBeFalse();
        var error = loaded.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("RS1006");
        error.Location.Path.ShouldEndWith("ruleset.json");
        File.ReadAllLines(manifest)[error.Location.Line - 1].ShouldContain("kettlebel");
    }

    [Theory]
    [InlineData("a comment", "{\n", "{\n// the default set\n", 2)]
    [InlineData("a trailing comma", "\"race-pace\"]", "\"race-pace\",]", 5)]
    public void Ruleset_json_is_strict_JSON_and_what_the_schema_reads_past_is_an_RS1001_error_where_it_is(string what, string written, string instead, int line)
    {
        using var folder = TempFolder.WithRules(out var rules);
        var manifest = Path.Combine(rules, CoachingRules.ManifestFileName);
        var text = File.ReadAllText(manifest);
        var at = text.IndexOf(written, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, what);
        File.WriteAllText(manifest, text[..at] + instead + text[(at + written.Length)..]);

        var loaded = CoachingRules.Load(rules);

        loaded.Succeeded.ShouldBeFalse(what);
        var error = loaded.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe("RS1001", what);
        error.Location.Path.ShouldEndWith("ruleset.json");
        error.Location.Line.ShouldBe(line, what);
    }

    [Fact]
    public void Quality_runs_come_from_ruleset_json_and_variants_inherit_them()
    {
        DefaultRules.Rules.QualityRuns.ShouldBe([RunKind.Tempo, RunKind.Intervals, RunKind.Hills, RunKind.RacePace], ignoreOrder: true);
        DefaultRules.Load(Path.Combine(RepositoryPaths.Rules, "variants", "long-run-friendly")).QualityRuns.ShouldBe(DefaultRules.Rules.QualityRuns);
    }

    [Fact]
    public void A_coach_who_does_not_count_hills_as_quality_frees_the_day_before_them()
    {
        using var folder = TempFolder.WithRules(out var rules);
        var manifest = Path.Combine(rules, CoachingRules.ManifestFileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"hills\",", string.Empty, StringComparison.Ordinal));
        // no-race.json: Wednesday hills, Tuesday and Friday easy, Saturday long.
        var athlete = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.Rules, "examples", "athletes", "no-race.json")).Profile!;
        var request = new PlanRequest { Athlete = athlete, Start = new DateOnly(2026, 11, 23), Weeks = 1 };

        var before = ProgramDesigner.Design(request, DefaultRules.Rules, new DateOnly(2026, 11, 21)).Plan!;
        var after = ProgramDesigner.Design(request, DefaultRules.Load(rules), new DateOnly(2026, 11, 21)).Plan!;

        DefaultRules.Load(rules).QualityRuns.ShouldNotContain(RunKind.Hills);
        before.Weeks[0].Sessions.ShouldNotContain(s => s.Day == DayOfWeek.Tuesday && s.Intensity != SessionIntensity.Light);
        after.Weeks[0].Sessions.Select(s => s.Day).ShouldNotBe(before.Weeks[0].Sessions.Select(s => s.Day));
    }

    [Fact]
    public void A_rule_set_that_names_no_quality_runs_is_an_RS5054_error()
    {
        using var folder = TempFolder.WithRules(out var rules);
        var manifest = Path.Combine(rules, CoachingRules.ManifestFileName);
        using (var document = JsonDocument.Parse(File.ReadAllText(manifest)))
        {
            var kept = document.RootElement.EnumerateObject().Where(p => p.Name != "qualityRuns").ToDictionary(p => p.Name, p => p.Value.Clone());
            File.WriteAllText(manifest, JsonSerializer.Serialize(kept));
        }

        var loaded = CoachingRules.Load(rules);

        loaded.Succeeded.ShouldBeFalse();
        loaded.Diagnostics.ShouldContain(d => d.Code == "RS5054" && d.Message.Contains("qualityRuns", StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_schema_lists_exactly_the_run_kinds_athletes_use()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "ruleset.schema.json")));
        var spelled = schema.RootElement.GetProperty("properties").GetProperty("qualityRuns").GetProperty("items").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).ToList();

        spelled.ShouldBe(EnumText.Names(typeof(RunKind)));
    }
}

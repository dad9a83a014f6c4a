using RunnerStrength.Coaching.Planning.Rules;

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
}

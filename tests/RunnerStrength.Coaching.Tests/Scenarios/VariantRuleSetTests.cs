using System.Text.Json;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Tests.Scenarios;

/// <summary>The variant rule sets in <c>rules/variants</c>: each extends the default, replaces only whole workflow files, and loads cleanly.</summary>
public sealed class VariantRuleSetTests
{
    public static TheoryData<string> Variants => [.. VariantNames()];

    [Fact]
    public void The_two_disagreements_have_a_variant_each()
    {
        VariantNames().ShouldBe(["hard-days-hard", "long-run-friendly"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_extends_the_default_rules_and_says_which_side_it_takes(string variant)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "variants", variant, CoachingRules.ManifestFileName)));

        manifest.RootElement.GetProperty("$schema").GetString().ShouldBe("../../../schemas/ruleset.schema.json");
        manifest.RootElement.GetProperty("extends").GetString().ShouldBe("../..");
        manifest.RootElement.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_only_replaces_workflow_files_of_the_default_and_every_file_names_its_schema(string variant)
    {
        var folder = Path.Combine(RepositoryPaths.Rules, "variants", variant);
        var replaced = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Where(n => n != CoachingRules.ManifestFileName).ToList();

        replaced.ShouldNotBeEmpty();
        foreach (var file in replaced)
        {
            File.Exists(Path.Combine(RepositoryPaths.Rules, file!)).ShouldBeTrue($"{variant}/{file} replaces no file of the default rule set");
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file!)));
            document.RootElement.GetProperty("$schema").GetString().ShouldBe("../../../schemas/workflow.schema.json");
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_loads_without_diagnostics_and_keeps_the_default_catalog(string variant)
    {
        var result = CoachingRules.Load(Path.Combine(RepositoryPaths.Rules, "variants", variant));

        result.Diagnostics.ShouldBeClean();
        var rules = result.Rules.ShouldNotBeNull();
        rules.Catalog.Exercises.Count.ShouldBe(Planning.DefaultRules.Rules.Catalog.Exercises.Count);
        rules.Description.ShouldNotBeNullOrWhiteSpace();
    }

    private static List<string> VariantNames() =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryPaths.Rules, "variants")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}

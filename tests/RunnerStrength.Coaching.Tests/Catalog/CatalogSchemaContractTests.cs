using System.Text.Json;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Catalog;

public sealed class CatalogSchemaContractTests : IDisposable
{
    private readonly SchemaModelContract _exercises = SchemaModelContract.Load("exercises.schema.json");
    private readonly SchemaModelContract _athlete = SchemaModelContract.Load("athlete.schema.json");

    public void Dispose()
    {
        _exercises.Dispose();
        _athlete.Dispose();
    }

    [Fact]
    public void The_schema_and_the_exercise_model_have_the_same_properties_types_and_required_members()
    {
        _exercises.ShouldMirror(typeof(Exercise), _exercises.Definition("exercise"));
    }

    [Fact]
    public void Patterns_levels_and_impacts_are_spelt_as_the_schema_lists_them()
    {
        var exercise = _exercises.Definition("exercise").GetProperty("properties");
        _exercises.EnumOf(exercise.GetProperty("pattern")).ShouldBe(SchemaModelContract.Spellings(typeof(MovementPattern)));
        _exercises.EnumOf(exercise.GetProperty("level")).ShouldBe(SchemaModelContract.Spellings(typeof(AthleteLevel)));
        _exercises.EnumOf(exercise.GetProperty("impact")).ShouldBe(SchemaModelContract.Spellings(typeof(ImpactLevel)));
    }

    [Fact]
    public void The_equipment_vocabulary_is_identical_in_both_schemas()
    {
        _exercises.EnumOf(_exercises.Definition("equipment")).ShouldBe(_athlete.EnumOf(_athlete.Definition("equipment")));
        _exercises.Definition("equipment").GetProperty("description").GetString()
            .ShouldBe(_athlete.Definition("equipment").GetProperty("description").GetString());
    }

    [Fact]
    public void The_injury_tags_are_identical_in_both_schemas()
    {
        _exercises.EnumOf(_exercises.Definition("injury")).ShouldBe(_athlete.EnumOf(_athlete.Definition("injury")));
    }

    [Fact]
    public void Exercise_ids_have_one_form_in_both_schemas()
    {
        var history = _athlete.Root.GetProperty("properties").GetProperty("history").GetProperty("items").GetProperty("properties").GetProperty("exercise");

        history.GetProperty("pattern").GetString().ShouldBe(_exercises.Definition("exerciseId").GetProperty("pattern").GetString());
    }

    [Fact]
    public void Every_equipment_word_and_injury_tag_in_the_shipped_catalog_is_in_the_vocabulary()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.ExerciseCatalog));
        var equipment = _athlete.EnumOf(_athlete.Definition("equipment"));
        var injuries = _athlete.EnumOf(_athlete.Definition("injury"));

        foreach (var exercise in catalog.RootElement.GetProperty("exercises").EnumerateArray())
        {
            var id = exercise.GetProperty("id").GetString();
            foreach (var word in exercise.GetProperty("equipment").EnumerateArray())
            {
                equipment.ShouldContain(word.GetString(), $"'{id}' needs '{word}'");
            }

            foreach (var list in (string[])["unsafeFor", "mitigates"])
            {
                if (exercise.TryGetProperty(list, out var tags))
                {
                    foreach (var tag in tags.EnumerateArray())
                    {
                        injuries.ShouldContain(tag.GetString(), $"'{id}' {list} '{tag}'");
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_property_has_a_description_for_the_editor()
    {
        _exercises.AllProperties().Where(p => !p.Node.TryGetProperty("description", out _)).Select(p => p.Path).ShouldBeEmpty();
    }

    [Fact]
    public void The_library_embeds_the_schema_file_as_it_is_in_the_repository()
    {
        CoachingSchemas.Exercises.ShouldBe(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "exercises.schema.json")));
    }

    [Fact]
    public void The_shipped_catalog_points_at_its_schema()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.ExerciseCatalog));

        catalog.RootElement.GetProperty("$schema").GetString().ShouldBe("../schemas/exercises.schema.json");
    }
}

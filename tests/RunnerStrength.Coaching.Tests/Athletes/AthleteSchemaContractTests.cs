using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class AthleteSchemaContractTests : IDisposable
{
    private readonly SchemaModelContract _schema = SchemaModelContract.Load("athlete.schema.json");

    public void Dispose() => _schema.Dispose();

    [Fact]
    public void The_schema_and_the_model_have_the_same_properties_types_and_required_members()
    {
        _schema.ShouldMirror(typeof(AthleteProfile), _schema.Root);
    }

    [Fact]
    public void Run_kinds_are_spelt_as_the_schema_lists_them()
    {
        _schema.EnumOf(_schema.Definition("runKind")).ShouldBe(SchemaModelContract.Spellings(typeof(RunKind)));
    }

    [Fact]
    public void Levels_are_spelt_as_the_schema_lists_them()
    {
        _schema.EnumOf(_schema.Definition("level")).ShouldBe(SchemaModelContract.Spellings(typeof(AthleteLevel)));
    }

    [Fact]
    public void Race_distances_are_spelt_as_the_schema_lists_them()
    {
        var distance = _schema.Root.GetProperty("properties").GetProperty("race").GetProperty("properties").GetProperty("distance");
        _schema.EnumOf(distance).ShouldBe(["5k", "10k", "half-marathon", "marathon", "ultra"]);
        SchemaModelContract.Spellings(typeof(RaceDistance)).ShouldBe(_schema.EnumOf(distance));
    }

    [Fact]
    public void Every_property_has_a_description_for_the_editor()
    {
        var undescribed = _schema.AllProperties().Where(p => !p.Node.TryGetProperty("description", out _)).Select(p => p.Path).ToList();

        undescribed.ShouldBeEmpty();
    }

    [Fact]
    public void The_library_embeds_the_schema_file_as_it_is_in_the_repository()
    {
        CoachingSchemas.Athlete.ShouldBe(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "athlete.schema.json")));
    }

    [Fact]
    public void The_vocabulary_lists_the_schema_words()
    {
        AthleteVocabulary.Equipment.ShouldBe(_schema.EnumOf(_schema.Definition("equipment")));
        AthleteVocabulary.Injuries.ShouldBe(_schema.EnumOf(_schema.Definition("injury")));
        AthleteVocabulary.Equipment.ShouldContain("nordic-strap");
        AthleteVocabulary.Equipment.ShouldNotContain("bodyweight");
        AthleteVocabulary.Injuries.ShouldContain("achilles");
    }
}

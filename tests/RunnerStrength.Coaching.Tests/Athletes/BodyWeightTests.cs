using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class BodyWeightTests
{
    private const string Week = """{ "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" }""";

    [Theory]
    [InlineData("25", 25.0)]
    [InlineData("62.5", 62.5)]
    [InlineData("250", 250.0)]
    public void Body_weight_is_read_in_kilograms(string weight, double expected)
    {
        var result = Read($"\"bodyWeightKg\": {weight}");

        result.Diagnostics.ShouldBeClean();
        result.Profile.ShouldNotBeNull().BodyWeightKg.ShouldBe(expected);
    }

    [Fact]
    public void Without_body_weight_it_is_null()
    {
        Read("\"strengthDays\": 2").Profile.ShouldNotBeNull().BodyWeightKg.ShouldBeNull();
    }

    [Theory]
    [InlineData("24.9", "RS1002(1,224)")]
    [InlineData("250.5", "RS1002(1,224)")]
    [InlineData("\"70 kg\"", "RS1002(1,224)")]
    public void Body_weight_out_of_range_or_not_a_number_is_RS1002_at_the_value(string weight, string expected)
    {
        Read($"\"bodyWeightKg\": {weight}").Diagnostics.ShouldHaveDiagnostics(expected);
    }

    private static AthleteReadResult Read(string member) => AthleteProfileReader.Read(SourceText.From(
        $$"""{ "name": "Ann", "level": "beginner", "week": {{Week}}, "sessionMinutes": 30, {{member}} }""", "athlete.json"));
}

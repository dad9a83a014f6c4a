using System.Text.Json;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class RecoveringInjuryTests
{
    private const string Week = """{ "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" }""";

    [Fact]
    public void Injuries_lists_every_tag_in_file_order_and_Recovering_those_marked_recovering()
    {
        var result = Read("""["knee", { "tag": "achilles", "status": "recovering" }, { "tag": "hip" }, { "tag": "back", "status": "current" }, { "tag": "calf", "status": "recovering" }]""");

        result.Diagnostics.ShouldBeClean();
        var profile = result.Profile.ShouldNotBeNull();
        profile.Injuries.ShouldBe(["knee", "achilles", "hip", "back", "calf"]);
        profile.Recovering.ShouldBe(["achilles", "calf"]);
    }

    [Fact]
    public void Injuries_given_as_strings_read_as_before_with_nothing_recovering()
    {
        var profile = Read("""["ankle", "achilles"]""").Profile.ShouldNotBeNull();

        profile.Injuries.ShouldBe(["ankle", "achilles"]);
        profile.Recovering.ShouldBeEmpty();
    }

    [Fact]
    public void Without_injuries_both_lists_are_empty_not_null()
    {
        var profile = AthleteProfileReader.Read(SourceText.From($$"""{ "name": "Ann", "level": "beginner", "week": {{Week}}, "sessionMinutes": 30 }""")).Profile.ShouldNotBeNull();

        profile.Injuries.ShouldBeEmpty();
        profile.Recovering.ShouldBeEmpty();
    }

    [Fact]
    public void A_tag_as_a_string_and_again_as_an_object_is_RS5007_at_the_second()
    {
        var result = Read("""
            [
                "knee",
                "achilles",
                { "tag": "knee", "status": "recovering" }
              ]
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5007(9,5)");
        result.Diagnostics[0].Arguments.ShouldBe(["knee", 1, 3]);
        result.Diagnostics[0].Message.ShouldStartWith("injury 'knee' is listed twice (items 1 and 3); list it once");
        result.Profile.ShouldBeNull();
    }

    [Theory]
    [InlineData("""["knee", "knee"]""", "RS5007(6,24)")]
    [InlineData("""[{ "tag": "calf" }, { "tag": "calf", "status": "recovering" }]""", "RS5007(6,35)")]
    public void The_same_tag_twice_is_RS5007_whatever_its_form(string injuries, string expected)
    {
        Read(injuries).Diagnostics.ShouldHaveDiagnostics(expected);
    }

    [Theory]
    [InlineData("""["elbow"]""", "RS1006(6,16)", "elbow")]
    [InlineData("""[{ "tag": "elbow" }]""", "RS1006(6,25)", "elbow")]
    [InlineData("""[{ "tag": "knee", "status": "healed" }]""", "RS1006(6,43)", "healed")]
    public void A_word_outside_the_vocabulary_is_RS1006_once_whatever_the_form(string injuries, string expected, string word)
    {
        var result = Read(injuries);

        result.Diagnostics.ShouldHaveDiagnostics(expected);
        result.Diagnostics[0].Arguments[0].ShouldBe(word);
    }

    [Fact]
    public void An_injury_object_without_a_tag_or_with_another_property_is_a_schema_error()
    {
        Read("""[{ "status": "recovering" }]""").Diagnostics.Select(d => d.Code).ShouldBe(["RS1005"]);
        Read("""[{ "tag": "knee", "side": "left" }]""").Diagnostics.Select(d => d.Code).ShouldBe(["RS1003"]);
    }

    [Fact]
    public void The_profile_writes_its_injuries_back_in_the_form_they_were_read()
    {
        var profile = Read("""["knee", { "tag": "achilles", "status": "recovering" }]""").Profile.ShouldNotBeNull();

        using var written = JsonDocument.Parse(JsonSerializer.Serialize(profile, CoachingJson.Options));

        var injuries = written.RootElement.GetProperty("injuries");
        injuries.GetArrayLength().ShouldBe(2);
        injuries[0].GetString().ShouldBe("knee");
        injuries[1].GetProperty("tag").GetString().ShouldBe("achilles");
        injuries[1].GetProperty("status").GetString().ShouldBe("recovering");
        written.RootElement.TryGetProperty("recovering", out _).ShouldBeFalse();
    }

    [Fact]
    public void The_generated_serializer_reads_the_new_forms_without_reflection()
    {
        var profile = JsonSerializer.Deserialize($$"""
            { "name": "Ann", "level": "beginner", "week": {{Week}}, "sessionMinutes": 30,
              "injuries": ["knee", { "tag": "achilles", "status": "recovering" }],
              "readiness": [{ "date": "2026-11-20", "mood": 2 }, { "date": "2026-11-18", "mood": 4 }] }
            """, CoachingJsonContext.Default.AthleteProfile).ShouldNotBeNull();

        profile.Injuries.ShouldBe(["knee", "achilles"]);
        profile.Recovering.ShouldBe(["achilles"]);
        profile.Readiness.ShouldNotBeNull().Mood.ShouldBe(2);
    }

    [Fact]
    public void Set_in_code_the_lists_are_what_was_given()
    {
        var profile = Read("""["knee"]""").Profile.ShouldNotBeNull() with { Injuries = ["knee", "calf"], Recovering = ["calf"] };

        profile.Injuries.ShouldBe(["knee", "calf"]);
        profile.Recovering.ShouldBe(["calf"]);
        (profile with { Recovering = null! }).Recovering.ShouldBeEmpty();
    }

    private static AthleteReadResult Read(string injuries) => AthleteProfileReader.Read(SourceText.From($$"""
        {
          "name": "Ann",
          "level": "beginner",
          "week": {{Week}},
          "sessionMinutes": 30,
          "injuries": {{injuries}}
        }
        """, "athlete.json"));
}

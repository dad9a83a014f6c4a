using System.Text.Json;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class ReadinessReadingsTests
{
    private const string Week = """{ "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" }""";

    [Fact]
    public void A_single_undated_reading_reads_as_before_and_is_a_list_of_one()
    {
        var result = Read("""{ "soreness": 4, "sleepHours": 6.5, "restingHrDelta": -2, "mood": 3 }""");

        result.Diagnostics.ShouldBeClean();
        var profile = result.Profile.ShouldNotBeNull();
        var reading = new Readiness { Soreness = 4, SleepHours = 6.5, RestingHrDelta = -2, Mood = 3 };
        profile.Readiness.ShouldBe(reading);
        profile.Readiness!.Date.ShouldBeNull();
        profile.ReadinessReadings.ShouldBe([reading]);
    }

    [Fact]
    public void The_latest_reading_decides_whatever_the_order_of_the_file()
    {
        var result = Read("""
            [
                { "date": "2026-11-18", "soreness": 3 },
                { "date": "2026-11-20", "soreness": 8, "mood": 2 },
                { "date": "2026-11-16", "soreness": 1 }
              ]
            """);

        result.Diagnostics.ShouldBeClean();
        var profile = result.Profile.ShouldNotBeNull();
        profile.Readiness.ShouldBe(new Readiness { Date = new DateOnly(2026, 11, 20), Soreness = 8, Mood = 2 });
        profile.ReadinessReadings.Select(r => r.Date).ShouldBe([new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20)]);
        profile.ReadinessReadings.Select(r => r.Soreness).ShouldBe([1, 3, 8]);
    }

    [Fact]
    public void Without_readiness_there_is_no_reading()
    {
        var profile = AthleteProfileReader.Read(SourceText.From($$"""{ "name": "Ann", "level": "beginner", "week": {{Week}}, "sessionMinutes": 30 }""")).Profile.ShouldNotBeNull();

        profile.Readiness.ShouldBeNull();
        profile.ReadinessReadings.ShouldBeEmpty();
    }

    [Fact]
    public void Two_readings_on_one_day_are_RS5008_at_the_second_date()
    {
        var result = Read("""
            [
                { "date": "2026-11-18", "soreness": 3 },
                { "date": "2026-11-20", "soreness": 8 },
                { "date": "2026-11-18", "soreness": 5 }
              ]
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5008(9,15)");
        result.Diagnostics[0].Arguments.ShouldBe(["2026-11-18", 1, 3]);
        result.Diagnostics[0].Message.ShouldBe("readings 1 and 3 are both dated 2026-11-18; give one reading a day");
        result.Profile.ShouldBeNull();
    }

    [Theory]
    [InlineData("""[{ "soreness": 3 }]""", "RS1005")]
    [InlineData("""[]""", "RS1002")]
    [InlineData("""[{ "date": "2026-11-18", "mood": 0 }]""", "RS1002")]
    [InlineData("""[{ "date": "2026-11-18", "fatigue": 3 }]""", "RS1003")]
    [InlineData("""{ "date": "2026-02-30" }""", "RS1002")]
    [InlineData("""5""", "RS1002")]
    public void Readings_of_the_wrong_shape_are_schema_errors(string readiness, string code)
    {
        var result = Read(readiness);

        result.Diagnostics.Select(d => d.Code).Distinct().ShouldBe([code]);
        result.Profile.ShouldBeNull();
    }

    [Fact]
    public void A_problem_in_the_object_form_is_not_also_reported_as_not_being_an_array()
    {
        Read("""{ "mood": 0 }""").Diagnostics.ShouldHaveDiagnostics("RS1002(6,26)");
    }

    [Fact]
    public void More_than_sixty_readings_are_a_schema_error()
    {
        var readings = Enumerable.Range(0, 61).Select(i => $$"""{ "date": "{{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd}}", "mood": 3 }""");

        Read($"[{string.Join(", ", readings)}]").Diagnostics.Select(d => d.Code).ShouldBe(["RS1002"]);
    }

    [Fact]
    public void A_single_reading_may_carry_its_date()
    {
        var profile = Read("""{ "date": "2026-11-20", "mood": 4 }""").Profile.ShouldNotBeNull();

        profile.Readiness.ShouldBe(new Readiness { Date = new DateOnly(2026, 11, 20), Mood = 4 });
        profile.ReadinessReadings.Count.ShouldBe(1);
    }

    [Fact]
    public void Set_in_code_Readiness_is_a_list_of_one_and_readings_are_ordered()
    {
        var early = new Readiness { Date = new DateOnly(2026, 11, 1), Mood = 5 };
        var late = new Readiness { Date = new DateOnly(2026, 11, 9), Mood = 1 };
        var profile = Read("""{ "mood": 3 }""").Profile.ShouldNotBeNull();

        var listed = profile with { ReadinessReadings = [late, early] };
        listed.Readiness.ShouldBe(late);
        listed.ReadinessReadings.ShouldBe([early, late]);

        var replaced = listed with { Readiness = early };
        replaced.ReadinessReadings.ShouldBe([early]);
        (replaced with { Readiness = null }).ReadinessReadings.ShouldBeEmpty();
    }

    [Fact]
    public void Profiles_given_the_same_single_reading_are_equal_as_before()
    {
        var first = Read("""{ "mood": 3 }""").Profile.ShouldNotBeNull();

        (first with { Readiness = new Readiness { Mood = 3 } }).ShouldBe(first with { Readiness = new Readiness { Mood = 3 } });
    }

    [Fact]
    public void An_undated_reading_is_written_as_an_object_without_a_date_and_readings_as_an_array()
    {
        var single = Read("""{ "mood": 3 }""").Profile.ShouldNotBeNull();
        var listed = Read("""[{ "date": "2026-11-20", "mood": 2 }, { "date": "2026-11-18", "mood": 4 }]""").Profile.ShouldNotBeNull();

        using var one = JsonDocument.Parse(JsonSerializer.Serialize(single, CoachingJson.Options));
        using var many = JsonDocument.Parse(JsonSerializer.Serialize(listed, CoachingJson.Options));

        one.RootElement.GetProperty("readiness").ValueKind.ShouldBe(JsonValueKind.Object);
        one.RootElement.GetProperty("readiness").TryGetProperty("date", out _).ShouldBeFalse();
        many.RootElement.GetProperty("readiness").EnumerateArray().Select(r => r.GetProperty("date").GetString()).ShouldBe(["2026-11-18", "2026-11-20"]);
        many.RootElement.TryGetProperty("readinessReadings", out _).ShouldBeFalse();
    }

    private static AthleteReadResult Read(string readiness) => AthleteProfileReader.Read(SourceText.From($$"""
        {
          "name": "Ann",
          "level": "beginner",
          "week": {{Week}},
          "sessionMinutes": 30,
          "readiness": {{readiness}}
        }
        """, "athlete.json"));
}

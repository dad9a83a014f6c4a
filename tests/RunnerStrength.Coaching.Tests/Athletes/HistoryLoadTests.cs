using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class HistoryLoadTests
{
    private const string Week = """{ "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" }""";

    [Fact]
    public void Loads_are_kept_as_written_and_read_as_numbers()
    {
        var profile = Read(
            """{ "date": "2026-11-16", "exercise": "goblet-squat", "sets": 3, "reps": 10, "load": "2 x 26 kg" }""",
            """{ "date": "2026-11-17", "exercise": "goblet-squat", "sets": 3, "reps": 10, "load": "35 lb" }""",
            """{ "date": "2026-11-18", "exercise": "push-up", "sets": 3, "reps": 10 }""").Profile.ShouldNotBeNull();

        profile.History[0].Load.ShouldBe("2 x 26 kg");
        profile.History[0].ParsedLoad.ShouldBe(new LoggedLoad { Implements = 2, KilogramsEach = 26, Unit = "kg" });
        profile.History[0].ParsedLoad!.TotalKilograms.ShouldBe(52);
        profile.History[1].ParsedLoad.ShouldNotBeNull().KilogramsEach.ShouldBe(35 * 0.45359237);
        profile.History[2].ParsedLoad.ShouldBeNull();
    }

    [Fact]
    public void A_load_that_is_not_understood_is_RS5006_at_the_value_and_the_profile_is_still_read()
    {
        var result = Read(
            """{ "date": "2026-11-16", "exercise": "push-up", "sets": 3, "reps": 10, "load": "90 kg" }""",
            """{ "date": "2026-11-17", "exercise": "push-up", "sets": 3, "reps": 10, "load": "bodyweight" }""",
            """{ "date": "2026-11-18", "exercise": "push-up", "sets": 3, "reps": 10, "load": "RPE 8" }""");

        result.Diagnostics.ShouldHaveDiagnostics("RS5006(9,83)");
        var warning = result.Diagnostics[0];
        warning.IsError.ShouldBeFalse();
        warning.Arguments.ShouldBe([3, "RPE 8"]);
        warning.Message.ShouldBe("history entry 3: 'RPE 8' is not a load such as '90 kg', '2 x 26 kg' or '35 lb'; it is kept as text");
        result.Succeeded.ShouldBeTrue();
        var entry = result.Profile.ShouldNotBeNull().History[2];
        entry.Load.ShouldBe("RPE 8");
        entry.ParsedLoad.ShouldBeNull();
    }

    [Theory]
    [InlineData("bodyweight")]
    [InlineData("BW")]
    [InlineData("green band")]
    [InlineData("Heavy bands")]
    public void Bodyweight_and_bands_are_not_loads_and_not_warned_about(string load)
    {
        var result = Read($$"""{ "date": "2026-11-16", "exercise": "push-up", "sets": 3, "reps": 10, "load": "{{load}}" }""");

        result.Diagnostics.ShouldBeClean();
        result.Profile.ShouldNotBeNull().History[0].ParsedLoad.ShouldBeNull();
    }

    [Fact]
    public void Every_load_not_understood_is_reported_in_one_read()
    {
        var result = Read(
            """{ "date": "2026-11-16", "exercise": "push-up", "sets": 3, "reps": 10, "load": "-5 kg" }""",
            """{ "date": "2026-11-17", "exercise": "push-up", "sets": 3, "reps": 10, "load": "1e309 kg" }""");

        result.Diagnostics.ShouldHaveDiagnostics("RS5006(7,83)", "RS5006(8,83)");
        result.Diagnostics.Select(d => d.Arguments[1]).ShouldBe(["-5 kg", "1e309 kg"]);
    }

    [Fact]
    public void A_load_longer_than_the_schema_allows_is_an_error_and_not_also_a_warning()
    {
        var result = Read($$"""{ "date": "2026-11-16", "exercise": "push-up", "sets": 3, "reps": 10, "load": "{{new string('9', 61)}} kg" }""");

        result.Diagnostics.Select(d => d.Code).ShouldContain("RS1002");
        result.Profile.ShouldBeNull();
    }

    [Fact]
    public void Changing_the_load_with_with_reads_it_again()
    {
        var entry = new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "goblet-squat", Sets = 3, Reps = 10, Load = "20 kg" };

        (entry with { Load = "24 kg" }).ParsedLoad.ShouldNotBeNull().KilogramsEach.ShouldBe(24);
        (entry with { Load = null }).ParsedLoad.ShouldBeNull();
    }

    private static AthleteReadResult Read(params string[] history) => AthleteProfileReader.Read(SourceText.From($$"""
        {
          "name": "Ann",
          "level": "beginner",
          "week": {{Week}},
          "sessionMinutes": 30,
          "history": [
            {{string.Join(",\n    ", history)}}
          ]
        }
        """, "athlete.json"));
}

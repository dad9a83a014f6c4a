using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class AthleteProfileReaderTests
{
    private const string Week = """{ "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" }""";

    [Fact]
    public void A_complete_profile_reads_into_the_model()
    {
        var result = Read("""
            {
              "$schema": "../../../schemas/athlete.schema.json",
              "name": "Zoë",
              "level": "intermediate",
              "week": { "monday": "rest", "tuesday": "intervals", "wednesday": "easy", "thursday": "race-pace", "friday": "recovery", "saturday": "hills", "sunday": "long" },
              "race": { "date": "2027-03-14", "distance": "half-marathon" },
              "equipment": ["bands", "pull-up-bar"],
              "sessionMinutes": 40,
              "strengthDays": 3,
              "injuries": ["achilles"],
              "readiness": { "soreness": 4, "sleepHours": 6.5, "restingHrDelta": -2, "mood": 3 },
              "history": [
                { "date": "2026-11-16", "exercise": "push-up", "sets": 3, "reps": 15, "rpe": 7.5 },
                { "date": "2026-11-17", "exercise": "side-plank", "sets": 3, "seconds": 40, "load": "5 kg" }
              ]
            }
            """);

        result.Diagnostics.ShouldBeClean();
        result.Succeeded.ShouldBeTrue();
        var profile = result.Profile.ShouldNotBeNull();
        profile.Name.ShouldBe("Zoë");
        profile.Level.ShouldBe(AthleteLevel.Intermediate);
        profile.Week.ShouldBe(new RunningWeek
        {
            Monday = RunKind.Rest,
            Tuesday = RunKind.Intervals,
            Wednesday = RunKind.Easy,
            Thursday = RunKind.RacePace,
            Friday = RunKind.Recovery,
            Saturday = RunKind.Hills,
            Sunday = RunKind.Long,
        });
        profile.Race.ShouldBe(new RaceInfo { Date = new DateOnly(2027, 3, 14), Distance = RaceDistance.HalfMarathon });
        profile.Equipment.ShouldBe(["bands", "pull-up-bar"]);
        profile.SessionMinutes.ShouldBe(40);
        profile.StrengthDays.ShouldBe(3);
        profile.Injuries.ShouldBe(["achilles"]);
        profile.Readiness.ShouldBe(new Readiness { Soreness = 4, SleepHours = 6.5, RestingHrDelta = -2, Mood = 3 });
        profile.History.Count.ShouldBe(2);
        profile.History[0].ShouldBe(new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "push-up", Sets = 3, Reps = 15, Rpe = 7.5 });
        profile.History[1].ShouldBe(new HistoryEntry { Date = new DateOnly(2026, 11, 17), Exercise = "side-plank", Sets = 3, Seconds = 40, Load = "5 kg" });
    }

    [Fact]
    public void Optional_parts_default_to_empty_lists_and_nulls()
    {
        var result = Read($$"""
            { "name": "Ann", "level": "beginner", "week": {{Week}}, "sessionMinutes": 30 }
            """);

        result.Diagnostics.ShouldBeClean();
        var profile = result.Profile.ShouldNotBeNull();
        profile.Race.ShouldBeNull();
        profile.Equipment.ShouldBeEmpty();
        profile.StrengthDays.ShouldBeNull();
        profile.Injuries.ShouldBeEmpty();
        profile.Readiness.ShouldBeNull();
        profile.History.ShouldBeEmpty();
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var result = Read($$"""
            {
              // written by hand
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "equipment": ["bands",],
              "sessionMinutes": 30,
            }
            """);

        result.Diagnostics.ShouldBeClean();
        result.Profile.ShouldNotBeNull().Equipment.ShouldBe(["bands"]);
    }

    [Fact]
    public void Malformed_json_reports_RS1001_where_the_reader_stopped()
    {
        var result = Read("""
            {
              "name": "Ann"
              "level": "beginner"
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1001(3,3)");
        result.Profile.ShouldBeNull();
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Malformed_json_after_non_ascii_text_reports_the_column_in_characters()
    {
        var result = Read("""{ "name": "Zoë 🏃", ? }""");

        // 'ë' is two UTF-8 bytes and the runner four, but one and two characters.
        result.Diagnostics.ShouldHaveDiagnostics("RS1001(1,21)");
    }

    [Fact]
    public void Empty_text_reports_RS1001()
    {
        Read(string.Empty).Diagnostics.ShouldHaveDiagnostics("RS1001(1,1)");
    }

    [Fact]
    public void Wrong_type_reports_RS1002_at_the_value()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "sessionMinutes": "thirty"
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1002(5,21)");
        result.Diagnostics[0].Message.ShouldContain("whole number");
    }

    [Fact]
    public void Unknown_run_kind_reports_RS1006_at_its_line_and_column()
    {
        var result = Read("""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {
                "monday": "rest",
                "tuesday": "jog",
                "wednesday": "rest",
                "thursday": "easy",
                "friday": "rest",
                "saturday": "rest",
                "sunday": "long"
              },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1006(6,16)");
        result.Diagnostics[0].Arguments[0].ShouldBe("jog");
        result.Diagnostics[0].Message.ShouldContain("race-pace");
    }

    [Fact]
    public void Unknown_equipment_reports_RS1006_at_the_word()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "equipment": ["bands", "kettlebells"],
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1006(5,26)");
        result.Diagnostics[0].Arguments[0].ShouldBe("kettlebells");
    }

    [Fact]
    public void Unknown_injury_reports_RS1006()
    {
        var result = Read($$"""
            { "name": "Ann", "level": "beginner", "week": {{Week}}, "sessionMinutes": 30, "injuries": ["elbow"] }
            """);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS1006"]);
        result.Diagnostics[0].Arguments[0].ShouldBe("elbow");
    }

    [Fact]
    public void Missing_required_property_reports_RS1005_naming_it()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}}
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1005(1,1)");
        result.Diagnostics[0].Arguments[1].ShouldBe("sessionMinutes");
    }

    [Fact]
    public void Missing_day_reports_RS1005_at_the_week()
    {
        var result = Read("""
            {
              "name": "Ann",
              "level": "beginner",
              "week": { "monday": "easy", "tuesday": "rest", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest" },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1005(4,11)");
        result.Diagnostics[0].Arguments[1].ShouldBe("sunday");
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("14/03/2027")]
    [InlineData("2027-03-14T09:00:00")]
    public void Bad_race_date_reports_RS1002_at_the_date(string date)
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "race": { "date": "{{date}}", "distance": "10k" },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1002(5,21)");
        result.Diagnostics[0].Message.ShouldContain("YYYY-MM-DD");
    }

    [Theory]
    [InlineData("\"sessionMinutes\": 5", "RS1002(1,69)")]
    [InlineData("\"sessionMinutes\": 181", "RS1002(1,69)")]
    [InlineData("\"sessionMinutes\": 30, \"strengthDays\": 5", "RS1002(1,89)")]
    [InlineData("\"sessionMinutes\": 30, \"readiness\": { \"mood\": 0 }", "RS1002(1,96)")]
    [InlineData("\"sessionMinutes\": 30, \"readiness\": { \"soreness\": 11 }", "RS1002(1,100)")]
    public void Numbers_out_of_range_report_RS1002(string tail, string expected)
    {
        Read($$"""{ "name": "Ann", "level": "beginner", "week": {}, {{tail}} }""")
            .Diagnostics.Where(d => d.Code != "RS1005")
            .ShouldHaveDiagnostics(expected);
    }

    [Fact]
    public void Unknown_property_reports_RS1003_with_a_suggestion()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "sessionMinutes": 30,
              "injures": ["knee"]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1003(6,3)");
        result.Diagnostics[0].Message.ShouldContain("did you mean 'injuries'?");
    }

    [Fact]
    public void Duplicate_property_reports_RS1007_at_the_second_name()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "sessionMinutes": 30,
              "name": "Anne"
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1007(6,3)");
        result.Diagnostics[0].Arguments[0].ShouldBe("name");
        result.Profile.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"date\": \"2027-03-07\", \"inWeeks\": 15", "the race has both 'date' and 'inWeeks'; give its 'date' (YYYY-MM-DD), or 'inWeeks' to count it from the plan's start, with 'day' if it is not the week's last day")]
    [InlineData("\"day\": \"saturday\"", "the race has neither 'date' nor 'inWeeks'; give its 'date' (YYYY-MM-DD), or 'inWeeks' to count it from the plan's start, with 'day' if it is not the week's last day")]
    [InlineData("\"date\": \"2027-03-07\", \"day\": \"saturday\"", "the race has 'day' without 'inWeeks'; give its 'date' (YYYY-MM-DD), or 'inWeeks' to count it from the plan's start, with 'day' if it is not the week's last day")]
    public void A_race_day_given_twice_or_not_at_all_reports_RS5040_at_the_race(string day, string message)
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "race": { "distance": "10k", {{day}} },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5040(5,3)");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe(message);
        result.Profile.ShouldBeNull();
    }

    [Fact]
    public void A_race_in_weeks_on_a_day_reads_without_a_date_until_a_plan_dates_it()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "race": { "distance": "half-marathon", "inWeeks": 12, "day": "saturday" },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldBeClean();
        var race = result.Profile.ShouldNotBeNull().Race.ShouldNotBeNull();
        race.ShouldBe(new RaceInfo { Distance = RaceDistance.HalfMarathon, InWeeks = 12, Day = Vocabulary.Weekday.Saturday });
        result.Profile.DatedFrom(new DateOnly(2026, 11, 23)).Race!.Date.ShouldBe(new DateOnly(2027, 2, 13));
    }

    [Fact]
    public void A_race_in_more_weeks_than_a_plan_can_have_is_a_schema_error()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "race": { "distance": "marathon", "inWeeks": 105 },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("race.inWeeks: the number is too large: 105, expected at most 104");
    }

    [Fact]
    public void Week_with_no_runs_reports_RS5001_at_the_week()
    {
        var result = Read("""
            {
              "name": "Ann",
              "level": "beginner",
              "week": { "monday": "rest", "tuesday": "rest", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest", "sunday": "rest" },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5001(4,3)");
        result.Profile.ShouldBeNull();
    }

    [Fact]
    public void Week_with_a_misspelt_day_is_not_also_reported_as_having_no_runs()
    {
        var result = Read("""
            {
              "name": "Ann",
              "level": "beginner",
              "week": { "monday": "rest", "tuesday": "esay", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest", "sunday": "rest" },
              "sessionMinutes": 30
            }
            """);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS1006"]);
    }

    [Fact]
    public void History_with_reps_and_seconds_reports_RS5002_at_the_seconds()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "sessionMinutes": 30,
              "history": [
                { "date": "2026-11-16", "exercise": "plank", "sets": 3, "reps": 10, "seconds": 30 }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5002(7,73)");
        result.Diagnostics[0].Arguments.ShouldBe([1, "plank"]);
    }

    [Fact]
    public void History_without_reps_or_seconds_reports_RS5003_at_the_entry()
    {
        var result = Read($$"""
            {
              "name": "Ann",
              "level": "beginner",
              "week": {{Week}},
              "sessionMinutes": 30,
              "history": [
                { "date": "2026-11-16", "exercise": "plank", "sets": 3, "reps": 10 },
                { "date": "2026-11-17", "exercise": "push-up", "sets": 3 }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5003(8,5)");
        result.Diagnostics[0].Arguments.ShouldBe([2, "push-up"]);
    }

    [Fact]
    public void Several_problems_in_one_file_are_all_reported_in_text_order()
    {
        var result = Read("""
            {
              "name": "Ann",
              "level": "expert",
              "week": { "monday": "rest", "tuesday": "rest", "wednesday": "rest", "thursday": "rest", "friday": "rest", "saturday": "rest", "sunday": "rest" },
              "equipment": ["bands", "rowing-machine"],
              "sessionMinutes": 300,
              "race": { "date": "2027-13-01", "distance": "10k" },
              "history": [
                { "date": "2026-11-16", "exercise": "plank", "sets": 3, "reps": 10, "seconds": 30 }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics(
            "RS1006(3,12)",
            "RS5001(4,3)",
            "RS1006(5,26)",
            "RS1002(6,21)",
            "RS1002(7,21)",
            "RS5002(9,73)");
        result.Profile.ShouldBeNull();
    }

    [Fact]
    public void Diagnostics_carry_the_path_of_the_source()
    {
        var result = AthleteProfileReader.Read(SourceText.From("{", "athletes/ann.json"));

        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("athletes/ann.json(1,2): error RS1001: ");
    }

    private static AthleteReadResult Read(string json) => AthleteProfileReader.Read(SourceText.From(json, "athlete.json"));
}

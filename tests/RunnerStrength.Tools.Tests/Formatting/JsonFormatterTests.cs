using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Formatting;

namespace RunnerStrength.Tools.Tests.Formatting;

/// <summary>Issue #13: the canonical layout fmt writes, file kind by file kind, and what it never changes.</summary>
public sealed class JsonFormatterTests
{
    [Fact]
    public void Properties_follow_the_schema_and_unknown_ones_come_after_in_their_order()
    {
        var result = JsonFormatter.Format("""
            { "sessionMinutes": 40, "zeta": 1, "week": { "sunday": "long", "monday": "rest", "tuesday": "easy", "wednesday": "hills", "thursday": "rest", "friday": "easy", "saturday": "rest" },
              "alpha": 2, "level": "beginner", "name": "Ann", "$schema": "../../../schemas/athlete.schema.json" }
            """, "ann.json");

        result.Kind.ShouldBe(FormatKind.Athlete);
        result.Formatted.ShouldBe("""
            {
              "$schema": "../../../schemas/athlete.schema.json",
              "name": "Ann",
              "level": "beginner",
              "week": {
                "monday": "rest",
                "tuesday": "easy",
                "wednesday": "hills",
                "thursday": "rest",
                "friday": "easy",
                "saturday": "rest",
                "sunday": "long"
              },
              "sessionMinutes": 40,
              "zeta": 1,
              "alpha": 2
            }

            """);
    }

    [Fact]
    public void Rule_files_are_ordered_by_the_schema_whatever_the_case_of_their_property_names()
    {
        var result = JsonFormatter.Format("""
            {"rules":[{"expression":"true","ruleName":"Always","Properties":{"b":1,"a":2}}],"workflowName":"Limits"}
            """, "limits.json");

        result.Kind.ShouldBe(FormatKind.RuleFile);
        result.Formatted.ShouldBe("""
            {
              "workflowName": "Limits",
              "rules": [{ "ruleName": "Always", "expression": "true", "Properties": { "b": 1, "a": 2 } }]
            }

            """);
    }

    [Fact]
    public void A_line_that_would_pass_120_characters_is_laid_out_over_several()
    {
        var description = new string('x', 70);
        var result = JsonFormatter.Format($$"""
            { "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "true", "Properties": { "note": "{{description}}", "score": 1 } } ] }
            """, "w.json");

        result.Formatted.ShouldBe($$"""
            {
              "WorkflowName": "W",
              "Rules": [
                {
                  "RuleName": "R",
                  "Expression": "true",
                  "Properties": { "note": "{{description}}", "score": 1 }
                }
              ]
            }

            """);
        result.Formatted!.Split('\n').ShouldAllBe(line => line.Length <= LayoutWriter.Width);
    }

    [Fact]
    public void Values_are_written_exactly_as_they_were()
    {
        // Escapes, a number's digits and an expression's spacing are what the file says; fmt moves them, never rewrites them.
        const string Expression = "\"Expression\": \"athlete.name == \\\"Zo\\u00eb\\\"  &&   1.50 > 1e0 \\/ 2\"";
        var result = JsonFormatter.Format($$"""{ "Rules": [ { {{Expression}}, "RuleName": "R", "Properties": { "kg": 1.50, "big": 1E+3, "neg": -0.0 } } ], "WorkflowName": "W" }""", "w.json");

        result.Formatted.ShouldNotBeNull();
        result.Formatted.ShouldContain(Expression);
        result.Formatted.ShouldContain("\"Properties\": { \"kg\": 1.50, \"big\": 1E+3, \"neg\": -0.0 }");
    }

    [Fact]
    public void Comments_stay_with_the_property_they_describe_and_formatting_them_again_changes_nothing()
    {
        const string Athlete = """
            {
              "sessionMinutes": 40, // her lunch break
              /* Tuesday intervals with the club. */
              "week": {
                "monday": "rest", "tuesday": "intervals", "wednesday": "easy", "thursday": "rest",
                "friday": "easy", "saturday": "long", "sunday": "rest",
              },
              "level": "beginner",
              "name": "Ann",
              "equipment": [
                "dumbbells", // 2 x 10 kg
                // no bands yet
              ],
            }
            """;

        var result = JsonFormatter.Format(Athlete, "ann.json");

        result.Formatted.ShouldBe("""
            {
              "name": "Ann",
              "level": "beginner",
              /* Tuesday intervals with the club. */
              "week": {
                "monday": "rest",
                "tuesday": "intervals",
                "wednesday": "easy",
                "thursday": "rest",
                "friday": "easy",
                "saturday": "long",
                "sunday": "rest"
              },
              "equipment": [
                "dumbbells" // 2 x 10 kg
                // no bands yet
              ],
              "sessionMinutes": 40 // her lunch break
            }

            """);
        JsonFormatter.Format(result.Formatted!, "ann.json").Formatted.ShouldBe(result.Formatted);
        Profile(result.Formatted!).ShouldBe(Profile(Athlete));
    }

    [Fact]
    public void Comments_before_and_after_the_whole_file_stay_there()
    {
        var result = JsonFormatter.Format("// The club's catalog.\n{ \"exercises\": [], /* none yet */ }\n/* end */", "exercises.json");

        result.Formatted.ShouldBe("// The club's catalog.\n{\n  \"exercises\": [] /* none yet */\n}\n/* end */\n");
        JsonFormatter.Format(result.Formatted!, "exercises.json").Formatted.ShouldBe(result.Formatted);
    }

    [Fact]
    public void A_comment_in_a_rule_file_is_the_error_the_rule_reader_reports()
    {
        // Rule files are strict JSON, as RulesEngine reads them: fmt refuses what the loader refuses, where it does.
        var result = JsonFormatter.Format("{\n  \"WorkflowName\": \"W\", // the limits\n  \"Rules\": []\n}\n", "rules/w.json");

        result.Failed.ShouldBeTrue();
        result.Formatted.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("rules/w.json(2,24): error RS1001: expected a property name in double quotes after ',', found a comment; JSON has no comments");
    }

    [Theory]
    [InlineData("{ \"name\": \"Ann\", \"level\": \"beginner\", \"week\": { } ", "(1,51)")]
    [InlineData("{ \"exercises\": [ { \"id\": \"x\" } ", "(1,32)")]
    public void Malformed_json_is_reported_at_its_position_and_not_formatted(string text, string position)
    {
        var result = JsonFormatter.Format(text, "broken.json");

        result.Failed.ShouldBeTrue();
        result.Formatted.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("RS1001");
        diagnostic.ToString().ShouldStartWith($"broken.json{position}: error RS1001: ");
    }

    [Theory]
    [InlineData("""{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object" }""")]
    [InlineData("""{ "athlete": "Ann", "weeks": [] }""")]
    [InlineData("[1, 2, 3]")]
    public void Other_json_is_of_no_known_kind(string text)
    {
        var result = JsonFormatter.Format(text, "other.json");

        result.Kind.ShouldBeNull();
        result.Failed.ShouldBeFalse();
        result.Formatted.ShouldBeNull();
    }

    [Fact]
    public void The_manifest_is_known_by_its_name_and_a_scenarios_inline_athlete_follows_the_athlete_schema()
    {
        JsonFormatter.Format("""{ "qualityRuns": ["tempo"], "extends": "../.." }""", "rules/variants/x/ruleset.json").Formatted
            .ShouldBe("{\n  \"extends\": \"../..\",\n  \"qualityRuns\": [\"tempo\"]\n}\n");

        var scenario = JsonFormatter.Format("""
            { "expect": [ { "sessions": 2, "week": 1 } ], "start": "2026-11-23",
              "athlete": { "week": { "sunday": "long", "monday": "rest", "tuesday": "easy", "wednesday": "easy", "thursday": "rest", "friday": "easy", "saturday": "rest" }, "sessionMinutes": 30, "level": "beginner", "name": "Ann" },
              "name": "Two" }
            """, "rules/tests/two.json");

        scenario.Kind.ShouldBe(FormatKind.Scenario);
        scenario.Formatted.ShouldBe("""
            {
              "name": "Two",
              "athlete": {
                "name": "Ann",
                "level": "beginner",
                "week": {
                  "monday": "rest",
                  "tuesday": "easy",
                  "wednesday": "easy",
                  "thursday": "rest",
                  "friday": "easy",
                  "saturday": "rest",
                  "sunday": "long"
                },
                "sessionMinutes": 30
              },
              "start": "2026-11-23",
              "expect": [{ "week": 1, "sessions": 2 }]
            }

            """);
    }

    [Fact]
    public void A_byte_order_mark_crlf_and_blank_lines_are_not_the_canonical_layout()
    {
        var result = JsonFormatter.Format("\uFEFF{\r\n\r\n  \"WorkflowName\": \"W\",\r\n  \"Rules\": []\r\n}\r\n", "w.json");

        result.Changed.ShouldBeTrue();
        result.Formatted.ShouldBe("{\n  \"WorkflowName\": \"W\",\n  \"Rules\": []\n}\n");
    }

    private static string Profile(string text)
    {
        var read = AthleteProfileReader.Read(SourceText.From(text, "ann.json"));
        read.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return System.Text.Json.JsonSerializer.Serialize(read.Profile, RunnerStrength.Coaching.Json.CoachingJson.Options);
    }
}

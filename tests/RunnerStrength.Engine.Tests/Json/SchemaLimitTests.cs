using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Json;

/// <summary>
/// Issue #11: a length is counted in code points, as JSON Schema counts it, and a value over or under a limit is told
/// what it was and what the limit is.
/// </summary>
public sealed class SchemaLimitTests
{
    private const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "type": "object",
          "properties": {
            "name": { "type": "string", "minLength": 1, "maxLength": 100 },
            "code": { "type": "string", "minLength": 2 },
            "minutes": { "type": "integer", "minimum": 10, "maximum": 180 },
            "ratio": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 },
            "tags": { "type": "array", "minItems": 1, "maxItems": 2 }
          }
        }
        """;

    [Theory]
    [InlineData(100, "🏃")]
    [InlineData(100, "é")]
    [InlineData(100, "a")]
    [InlineData(1, "🏃")]
    public void A_text_of_at_most_max_length_code_points_passes_whatever_its_utf16_length(int count, string unit)
    {
        Validate($$"""{ "name": "{{string.Concat(Enumerable.Repeat(unit, count))}}" }""").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("🏃", 101, "name: the text is too long: 101 characters, expected at most 100 characters")]
    [InlineData("a", 101, "name: the text is too long: 101 characters, expected at most 100 characters")]
    [InlineData("a", 0, "name: the text is too short: 0 characters, expected at least 1 character")]
    [InlineData("a", 1, null)]
    public void A_text_past_a_length_limit_says_its_length_and_the_limit(string unit, int count, string? message)
    {
        var diagnostics = Validate($$"""{ "name": "{{string.Concat(Enumerable.Repeat(unit, count))}}" }""");

        diagnostics.Select(d => d.Message).ShouldBe(message is null ? [] : [message]);
    }

    [Theory]
    [InlineData("""{ "minutes": 5 }""", "minutes: the number is too small: 5, expected at least 10")]
    [InlineData("""{ "minutes": 181 }""", "minutes: the number is too large: 181, expected at most 180")]
    [InlineData("""{ "ratio": 0 }""", "ratio: the number is too small: 0, expected more than 0")]
    [InlineData("""{ "ratio": 1.5 }""", "ratio: the number is too large: 1.5, expected less than 1")]
    [InlineData("""{ "tags": [] }""", "tags: too few items: 0 items, expected at least 1")]
    [InlineData("""{ "tags": [1, 2, 3] }""", "tags: too many items: 3 items, expected at most 2")]
    [InlineData("""{ "code": "x" }""", "code: the text is too short: 1 character, expected at least 2 characters")]
    public void A_value_past_a_limit_says_what_it_is_and_the_limit(string json, string message)
    {
        var diagnostics = Validate(json);

        diagnostics.ShouldHaveSingleItem().Message.ShouldBe(message);
        diagnostics[0].Descriptor.Code.ShouldBe("RS1002");
    }

    private static IReadOnlyList<RunnerStrength.Engine.Diagnostics.Diagnostic> Validate(string json) =>
        JsonSchemaValidator.FromSchemaText(Schema).Validate(SourceText.From(json, "limits.json"));
}

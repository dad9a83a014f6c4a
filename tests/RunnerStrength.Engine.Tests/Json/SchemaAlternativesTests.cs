using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Json;

/// <summary>A value that fails a "oneOf" is reported by what is wrong with it, not by every shape it is not.</summary>
public sealed class SchemaAlternativesTests
{
    private const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "type": "object",
          "properties": {
            "item": {
              "oneOf": [
                { "type": "string", "enum": ["knee", "hip"] },
                { "type": "object", "additionalProperties": false, "required": ["tag"], "properties": { "tag": { "type": "string", "enum": ["knee", "hip"] } } }
              ]
            }
          }
        }
        """;

    [Fact]
    public void A_misspelt_string_is_reported_once_and_not_as_a_missing_object()
    {
        var diagnostics = Validate("""{ "item": "elbow" }""");

        diagnostics.ShouldBeDiagnostics(("RS1006", 1, 11));
    }

    [Fact]
    public void A_problem_inside_the_object_is_reported_and_not_that_it_is_not_a_string()
    {
        var diagnostics = Validate("""{ "item": { "tag": "elbow" } }""");

        diagnostics.ShouldBeDiagnostics(("RS1006", 1, 20));
    }

    [Fact]
    public void A_value_of_no_alternative_kind_is_told_every_kind_it_could_be()
    {
        var diagnostics = Validate("""{ "item": 5 }""");

        diagnostics.Select(d => d.Message).ShouldContain(m => m.Contains("expected a string", StringComparison.Ordinal));
        diagnostics.Select(d => d.Message).ShouldContain(m => m.Contains("expected an object", StringComparison.Ordinal));
    }

    private static IReadOnlyList<RunnerStrength.Engine.Diagnostics.Diagnostic> Validate(string json) =>
        JsonSchemaValidator.FromSchemaText(Schema).Validate(SourceText.From(json, "item.json"));
}

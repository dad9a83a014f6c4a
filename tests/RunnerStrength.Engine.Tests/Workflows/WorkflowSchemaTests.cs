using System.Runtime.CompilerServices;
using System.Text.Json;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

public sealed class WorkflowSchemaTests
{
    /// <summary>Written after the example in RulesEngine's README: several workflows, RulesEngine's own property names.</summary>
    private const string RulesEngineStyleSample = """
        [
          {
            "WorkflowName": "Discount",
            "Rules": [
              {
                "RuleName": "GiveDiscount10",
                "SuccessEvent": "10",
                "ErrorMessage": "One or more adjust rules failed.",
                "RuleExpressionType": "LambdaExpression",
                "Expression": "input1.country == \"india\" AND input1.loyaltyFactor <= 2 AND input1.totalPurchasesToDate >= 5000"
              },
              {
                "RuleName": "GiveDiscount20",
                "SuccessEvent": "20",
                "ErrorMessage": "One or more adjust rules failed.",
                "RuleExpressionType": "LambdaExpression",
                "Expression": "input1.country == \"india\" AND input1.loyaltyFactor >= 3 AND input1.totalPurchasesToDate >= 10000"
              }
            ]
          },
          {
            "WorkflowName": "NestedDiscount",
            "GlobalParams": [ { "Name": "spend", "Expression": "input1.totalPurchasesToDate" } ],
            "Rules": [
              {
                "RuleName": "LoyalOrBig",
                "Operator": "OrElse",
                "Rules": [
                  { "RuleName": "Loyal", "Expression": "input1.loyaltyFactor >= 3" },
                  {
                    "RuleName": "Big",
                    "LocalParams": [ { "Name": "threshold", "Expression": "10000" } ],
                    "Expression": "spend >= threshold"
                  }
                ],
                "Properties": { "discount": 15 },
                "Actions": {
                  "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "spend * 0.15" } },
                  "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "Discount", "RuleName": "GiveDiscount10" } }
                }
              }
            ]
          }
        ]
        """;

    [Fact]
    public void The_embedded_schema_is_the_file_in_schemas_byte_for_byte()
    {
        using var stream = typeof(WorkflowSchema).Assembly.GetManifestResourceStream(WorkflowSchema.ResourceName).ShouldNotBeNull();
        using var embedded = new MemoryStream();
        stream.CopyTo(embedded);

        embedded.ToArray().ShouldBe(File.ReadAllBytes(SchemaPath()));
        WorkflowSchema.Text.ShouldBe(File.ReadAllText(SchemaPath()));
    }

    [Fact]
    public void A_RulesEngine_style_sample_validates_against_the_schema_as_written()
    {
        var diagnostics = JsonSchemaValidator.FromSchemaText(WorkflowSchema.Text).Validate(SourceText.From(RulesEngineStyleSample, "discount.json"));

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_RulesEngine_style_sample_reads_without_diagnostics()
    {
        var result = WorkflowReader.Read(SourceText.From(RulesEngineStyleSample, "discount.json"));

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows.Select(w => w.Name).ShouldBe(["Discount", "NestedDiscount"]);
    }

    [Fact]
    public void The_schema_as_written_catches_a_typo_for_editors()
    {
        var diagnostics = JsonSchemaValidator.FromSchemaText(WorkflowSchema.Text)
            .Validate(SourceText.From("""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expresion": "x" } ] }"""));

        diagnostics.ShouldContain(d => d.Code == "RS1003");
    }

    [Fact]
    public void The_schema_is_draft_07_and_closes_every_object_it_defines()
    {
        using var schema = JsonDocument.Parse(WorkflowSchema.Text);
        var root = schema.RootElement;

        root.GetProperty("$schema").GetString().ShouldBe("http://json-schema.org/draft-07/schema#");
        foreach (var definition in root.GetProperty("definitions").EnumerateObject())
        {
            definition.Value.GetProperty("type").GetString().ShouldBe("object", definition.Name);
            definition.Value.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse(definition.Name);
        }
    }

    [Fact]
    public void Every_property_in_the_schema_has_a_description()
    {
        using var schema = JsonDocument.Parse(WorkflowSchema.Text);

        var undescribed = schema.RootElement.GetProperty("definitions").EnumerateObject()
            .SelectMany(d => d.Value.GetProperty("properties").EnumerateObject().Select(p => (Definition: d.Name, Property: p)))
            .Where(x => !x.Property.Value.TryGetProperty("description", out var text) || text.GetString()!.Length < 10)
            .Select(x => $"{x.Definition}.{x.Property.Name}");

        undescribed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Workflow")]
    [InlineData("Rule")]
    [InlineData("Param")]
    [InlineData("Actions")]
    [InlineData("Action")]
    [InlineData("ActionContext")]
    public void The_schema_and_the_reader_know_the_same_property_names(string definition)
    {
        using var schema = JsonDocument.Parse(WorkflowSchema.Text);
        var inSchema = schema.RootElement.GetProperty("definitions").GetProperty(definition).GetProperty("properties")
            .EnumerateObject().Select(p => p.Name);
        var known = definition switch
        {
            "Workflow" => WorkflowPropertyNames.Workflow,
            "Rule" => WorkflowPropertyNames.Rule,
            "Param" => WorkflowPropertyNames.Param,
            "Actions" => WorkflowPropertyNames.Actions,
            "Action" => WorkflowPropertyNames.Action,
            _ => WorkflowPropertyNames.ActionContext,
        };

        inSchema.Order(StringComparer.Ordinal).ShouldBe(known.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Rule", "Operator", typeof(RuleOperator))]
    [InlineData("Workflow", "HitPolicy", typeof(HitPolicy))]
    [InlineData("Action", "Name", typeof(ActionKind))]
    public void The_schema_enumerates_exactly_the_choices_of_the_model(string definition, string property, Type choices)
    {
        using var schema = JsonDocument.Parse(WorkflowSchema.Text);
        var values = schema.RootElement.GetProperty("definitions").GetProperty(definition).GetProperty("properties")
            .GetProperty(property).GetProperty("enum").EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.GetString());

        values.ShouldBe(Enum.GetNames(choices));
    }

    private static string SchemaPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "schemas", "workflow.schema.json"));
}

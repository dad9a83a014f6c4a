using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.RulesEngineFormat;

/// <summary>What the reader and the schema say about RulesEngine's own properties when they hold what RulesEngine would not accept either.</summary>
public sealed class RulesEngineReaderTests
{
    [Theory]
    [InlineData("\"RuleExpressionType\": 1", "RS4009", "RuleExpressionType '1' is not supported; use 'LambdaExpression'")]
    [InlineData("\"RuleExpressionType\": \"Query\"", "RS4009", "RuleExpressionType 'Query' is not supported; use 'LambdaExpression'")]
    [InlineData("\"ErrorType\": \"Fatal\"", "RS1006", "'Fatal' is not a valid Rules[0].ErrorType; expected one of Warning, Error, 0, 1, null")]
    [InlineData("\"ErrorType\": 2", "RS1006", "'2' is not a valid Rules[0].ErrorType; expected one of Warning, Error, 0, 1, null")]
    [InlineData("\"WorkflowsToInject\": [ 3 ]", "RS1004", "'WorkflowsToInject[0]' must be a string, found a number")]
    public void A_RulesEngine_property_with_a_value_RulesEngine_has_no_meaning_for_is_reported(string property, string code, string message)
    {
        var result = WorkflowReader.Read(SourceText.From($$"""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true", {{property}} } ] }""", "w.json"));

        result.Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([(code, message)]);
    }

    [Theory]
    [InlineData("\"ErrorType\": \"error\"")]
    [InlineData("\"ErrorType\": 0")]
    [InlineData("\"RuleExpressionType\": \"lambdaexpression\"")]
    [InlineData("\"RuleExpressionType\": 0")]
    [InlineData("\"Rules\": null, \"LocalParams\": null, \"Properties\": null, \"Actions\": null, \"Operator\": null, \"SuccessEvent\": null, \"ErrorMessage\": null, \"Description\": null")]
    [InlineData("\"Rules\": []")]
    [InlineData("\"Actions\": { \"OnSuccess\": null, \"OnFailure\": { \"Name\": \"OutputExpression\", \"Context\": { \"expression\": \"1\" } } }")]
    public void RulesEngine_shapes_of_a_rule_read_without_diagnostics(string property)
    {
        var result = WorkflowReader.Read(SourceText.From($$"""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true", {{property}} } ] }""", "w.json"));

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows[0].Rules[0].Expression!.Text.ShouldBe("true");
    }

    [Fact]
    public void A_null_RuleName_is_still_an_error()
    {
        var result = WorkflowReader.Read(SourceText.From("""{ "WorkflowName": "w", "Rules": [ { "RuleName": null, "Expression": "true" } ] }""", "w.json"));

        result.Diagnostics.Select(d => d.Code).ShouldContain("RS1002");
    }

    [Fact]
    public void The_schema_as_editors_read_it_accepts_what_Newtonsoft_writes_of_RulesEngine_workflows()
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new[]
        {
            new RulesEngine.Models.Workflow
            {
                WorkflowName = "w",
                Rules = [new RulesEngine.Models.Rule { RuleName = "r", Expression = "true" }],
            },
        });

        JsonSchemaValidator.FromSchemaText(WorkflowSchema.Text).Validate(SourceText.From(json, "w.json")).ShouldBeEmpty();
    }

    [Fact]
    public void WorkflowsToInject_naming_no_workflow_reports_RS4005_at_the_name()
    {
        const string Json = """{ "WorkflowName": "a", "WorkflowsToInject": [ "bb" ], "Rules": [ { "RuleName": "r", "Expression": "true" } ] }""";
        var result = SideBySide.Load(Json).Ours;

        result.Diagnostics.Select(d => (d.Code, d.Location.Column, d.Message)).ShouldBe([("RS4005", 47, "there is no workflow 'bb'")]);
    }

    [Fact]
    public void WorkflowsToInject_that_come_back_to_the_workflow_report_RS4019()
    {
        const string Json = """
            [
              { "WorkflowName": "a", "WorkflowsToInject": [ "b" ], "Rules": [ { "RuleName": "ra", "Expression": "true" } ] },
              { "WorkflowName": "b", "WorkflowsToInject": [ "a" ], "Rules": [ { "RuleName": "rb", "Expression": "true" } ] }
            ]
            """;
        var result = SideBySide.Load(Json).Ours;

        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Message)).ShouldBe(
        [
            ("RS4019", 2, "WorkflowsToInject form a cycle: a -> b -> a"),
            ("RS4019", 3, "WorkflowsToInject form a cycle: b -> a -> b"),
        ]);
    }

    [Fact]
    public void An_injected_rule_with_the_name_of_one_of_the_workflows_own_reports_RS4002()
    {
        const string Json = """
            [
              { "WorkflowName": "a", "WorkflowsToInject": [ "b" ], "Rules": [ { "RuleName": "same", "Expression": "true" } ] },
              { "WorkflowName": "b", "Rules": [ { "RuleName": "same", "Expression": "false" } ] }
            ]
            """;
        var result = SideBySide.Load(Json).Ours;

        result.Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([("RS4002", "rule 'same' is already defined in workflow 'a' at workflows.json(2,81)")]);
    }
}

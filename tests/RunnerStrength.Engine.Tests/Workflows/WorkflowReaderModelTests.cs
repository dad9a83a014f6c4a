using System.Text.Json;
using RunnerStrength.Engine.Tests.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

public sealed class WorkflowReaderModelTests
{
    private const string FullExample = """
        {
          "$schema": "../schemas/workflow.schema.json",
          "WorkflowName": "Taper",
          "Description": "Strength work in the last weeks before a race.",
          "HitPolicy": "First",
          "GlobalParams": [
            { "Name": "daysToRace", "Expression": "athlete.daysToRace" }
          ],
          "Rules": [
            {
              "RuleName": "RaceWeek",
              "Description": "Only mobility in race week.",
              "Expression": "daysToRace <= 7 && athlete.goal != \"fun run\"",
              "RuleExpressionType": "LambdaExpression",
              "SuccessEvent": "mobility-only",
              "ErrorMessage": "race in $(daysToRace) days",
              "Properties": { "sessions": 1, "tags": ["taper", "race"], "note": null },
              "Actions": {
                "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "daysToRace * 2" } },
                "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "Taper", "RuleName": "Build" } }
              }
            },
            {
              "RuleName": "Build",
              "Enabled": false,
              "Operator": "AndAlso",
              "LocalParams": [ { "Name": "weeks", "Expression": "daysToRace / 7" } ],
              "Rules": [
                { "RuleName": "FarOut", "Expression": "weeks > 2" },
                { "RuleName": "Healthy", "Expression": "!athlete.injured" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void A_workflow_using_every_feature_is_read_into_the_model()
    {
        var result = Read(FullExample);

        result.Diagnostics.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        var workflow = result.Workflows.ShouldHaveSingleItem();
        workflow.Name.ShouldBe("Taper");
        At(workflow.NameLocation).ShouldBe((3, 19));
        At(workflow.Location).ShouldBe((1, 1));
        workflow.Description.ShouldBe("Strength work in the last weeks before a race.");
        workflow.HitPolicy.ShouldBe(HitPolicy.First);

        var global = workflow.GlobalParams.ShouldHaveSingleItem();
        global.Name.ShouldBe("daysToRace");
        At(global.NameLocation).ShouldBe((7, 15));
        global.Expression.Text.ShouldBe("athlete.daysToRace");
        At(global.Expression.Location).ShouldBe((7, 44));

        workflow.Rules.Select(r => r.Name).ShouldBe(["RaceWeek", "Build"]);
        var raceWeek = workflow.Rules[0];
        At(raceWeek.NameLocation).ShouldBe((11, 19));
        At(raceWeek.Location).ShouldBe((10, 5));
        raceWeek.Description.ShouldBe("Only mobility in race week.");
        raceWeek.Enabled.ShouldBeTrue();
        raceWeek.Expression.ShouldNotBeNull().Text.ShouldBe("daysToRace <= 7 && athlete.goal != \"fun run\"");
        At(raceWeek.Expression.Location).ShouldBe((13, 22));
        raceWeek.Operator.ShouldBeNull();
        raceWeek.Rules.ShouldBeEmpty();
        raceWeek.SuccessEvent.ShouldBe("mobility-only");

        var message = raceWeek.ErrorMessage.ShouldNotBeNull();
        message.Text.ShouldBe("race in $(daysToRace) days");
        At(message.Location).ShouldBe((16, 23));
        message.Parts.Select(p => p.Literal ?? "$" + p.Expression!.Text).ShouldBe(["race in ", "$daysToRace", " days"]);
        At(message.Parts[1].Expression!.Location).ShouldBe((16, 34));

        raceWeek.Properties.Keys.Order(StringComparer.Ordinal).ShouldBe(["note", "sessions", "tags"]);
        raceWeek.Properties["sessions"].GetInt32().ShouldBe(1);
        raceWeek.Properties["tags"].EnumerateArray().Select(e => e.GetString()).ShouldBe(["taper", "race"]);
        raceWeek.Properties["note"].ValueKind.ShouldBe(JsonValueKind.Null);

        var onSuccess = raceWeek.OnSuccess.ShouldNotBeNull();
        onSuccess.Kind.ShouldBe(ActionKind.OutputExpression);
        At(onSuccess.Location).ShouldBe((19, 22));
        onSuccess.Expression.ShouldNotBeNull().Text.ShouldBe("daysToRace * 2");
        At(onSuccess.Expression.Location).ShouldBe((19, 80));

        var onFailure = raceWeek.OnFailure.ShouldNotBeNull();
        onFailure.Kind.ShouldBe(ActionKind.EvaluateRule);
        At(onFailure.Location).ShouldBe((20, 22));
        (onFailure.WorkflowName, onFailure.RuleName).ShouldBe(("Taper", "Build"));
        onFailure.Expression.ShouldBeNull();

        var build = workflow.Rules[1];
        At(build.NameLocation).ShouldBe((24, 19));
        build.Enabled.ShouldBeFalse();
        build.Expression.ShouldBeNull();
        build.Operator.ShouldBe(RuleOperator.AndAlso);
        var local = build.LocalParams.ShouldHaveSingleItem();
        (local.Name, local.Expression.Text).ShouldBe(("weeks", "daysToRace / 7"));
        At(local.NameLocation).ShouldBe((27, 34));
        build.Rules.Select(r => (r.Name, r.Expression?.Text)).ShouldBe([("FarOut", "weeks > 2"), ("Healthy", "!athlete.injured")]);
        At(build.Rules[0].NameLocation).ShouldBe((29, 23));
        build.ErrorMessage.ShouldBeNull();
        build.Properties.ShouldBeEmpty();
        (build.OnSuccess, build.OnFailure).ShouldBe((null, null));
    }

    [Fact]
    public void Defaults_apply_when_optional_properties_are_left_out()
    {
        var result = Read("""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true" } ] }""");

        result.Diagnostics.ShouldBeEmpty();
        var workflow = result.Workflows.ShouldHaveSingleItem();
        workflow.HitPolicy.ShouldBe(HitPolicy.All);
        workflow.Description.ShouldBeNull();
        workflow.GlobalParams.ShouldBeEmpty();
        var rule = workflow.Rules.ShouldHaveSingleItem();
        rule.Enabled.ShouldBeTrue();
        rule.LocalParams.ShouldBeEmpty();
        rule.SuccessEvent.ShouldBeNull();
    }

    [Theory]
    [InlineData("workflowname", "rules", "rulename", "expression", "enabled")]
    [InlineData("WORKFLOWNAME", "RULES", "RULENAME", "EXPRESSION", "ENABLED")]
    [InlineData("workflowName", "rules", "ruleName", "eXpression", "enabled")]
    public void Property_names_are_read_in_any_case(string workflowName, string rules, string ruleName, string expression, string enabled)
    {
        var result = Read($$"""{ "{{workflowName}}": "w", "{{rules}}": [ { "{{ruleName}}": "r", "{{expression}}": "x > 1", "{{enabled}}": false } ] }""");

        result.Diagnostics.ShouldBeEmpty();
        var rule = result.Workflows.ShouldHaveSingleItem().Rules.ShouldHaveSingleItem();
        (rule.Name, rule.Expression?.Text, rule.Enabled).ShouldBe(("r", "x > 1", false));
    }

    [Fact]
    public void Nested_objects_and_choice_values_are_read_in_any_case_too()
    {
        var result = Read("""
            { "workflowName": "w", "hitpolicy": "first", "globalparams": [ { "name": "g", "EXPRESSION": "1" } ],
              "rules": [ { "rulename": "r", "operator": "orelse", "rules": [ { "RuleName": "c", "expression": "g > 0", "ruleexpressiontype": "lambdaexpression" } ],
                "actions": { "onsuccess": { "name": "outputexpression", "context": { "expression": "g" } } } } ] }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var workflow = result.Workflows.ShouldHaveSingleItem();
        workflow.HitPolicy.ShouldBe(HitPolicy.First);
        workflow.GlobalParams.ShouldHaveSingleItem().Name.ShouldBe("g");
        var rule = workflow.Rules.ShouldHaveSingleItem();
        rule.Operator.ShouldBe(RuleOperator.OrElse);
        rule.Rules.ShouldHaveSingleItem().Expression!.Text.ShouldBe("g > 0");
        rule.OnSuccess.ShouldNotBeNull().Kind.ShouldBe(ActionKind.OutputExpression);
        rule.OnSuccess.Expression!.Text.ShouldBe("g");
    }

    [Fact]
    public void Property_values_inside_Properties_keep_their_case()
    {
        var result = Read("""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true", "Properties": { "ruleName": "x", "Sets": 3 } } ] }""");

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows[0].Rules[0].Properties.Keys.Order(StringComparer.Ordinal).ShouldBe(["Sets", "ruleName"]);
    }

    [Fact]
    public void A_single_workflow_object_and_an_array_of_workflows_give_the_same_model()
    {
        const string Workflow = """{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true" } ] }""";

        var single = Read(Workflow);
        var list = Read("[" + Workflow + ", " + Workflow.Replace("\"w\"", "\"v\"", StringComparison.Ordinal) + "]");

        single.Diagnostics.ShouldBeEmpty();
        list.Diagnostics.ShouldBeEmpty();
        single.Workflows.Select(w => w.Name).ShouldBe(["w"]);
        list.Workflows.Select(w => w.Name).ShouldBe(["w", "v"]);
        list.Workflows[0].Rules[0].Expression!.Text.ShouldBe(single.Workflows[0].Rules[0].Expression!.Text);
    }

    [Fact]
    public void An_empty_array_is_a_file_with_no_workflows()
    {
        var result = Read("[]");

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows.ShouldBeEmpty();
    }

    [Fact]
    public void An_expression_after_escaped_quotes_maps_each_character_to_the_file()
    {
        var result = Read("""
            { "WorkflowName": "w", "Rules": [
                { "RuleName": "r", "Expression": "athlete.goal == \"5 km\" && athlete.levle > 2" }
            ] }
            """);

        result.Diagnostics.ShouldBeEmpty();
        var expression = result.Workflows[0].Rules[0].Expression.ShouldNotBeNull();
        expression.Text.IndexOf("levle", StringComparison.Ordinal).ShouldBe(34);

        // Two escapes (\") before the name push it two columns right of where the decoded text would put it.
        At(expression.GetLocation(new TextSpan(34, 5))).ShouldBe((2, 75));
    }

    [Fact]
    public void Diagnostics_carry_the_path_of_the_source()
    {
        var result = WorkflowReader.Read(SourceText.From("""{ "WorkflowName": 1, "Rules": [] }""", "rules/taper.json"));

        result.Diagnostics.ShouldBeDiagnostics(("RS1004", 1, 19));
        result.Diagnostics[0].ToString().ShouldBe("rules/taper.json(1,19): error RS1004: 'WorkflowName' must be a string, found a number");
    }

    private static WorkflowReadResult Read(string json) => WorkflowReader.Read(SourceText.From(json, "rules/test.json"));

    private static (int Line, int Column) At(Location location) => (location.Line, location.Column);
}

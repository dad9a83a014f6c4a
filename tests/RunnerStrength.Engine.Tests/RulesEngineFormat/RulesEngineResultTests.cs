using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Engine.Tests.RulesEngineFormat;

/// <summary>The two results that differed from RulesEngine's, and EvaluateRule's additionalInputs and inputFilter, checked against RulesEngine 6.0.1.</summary>
public sealed class RulesEngineResultTests
{
    [Theory]
    [InlineData("And")]
    [InlineData("AndAlso")]
    [InlineData("Or")]
    [InlineData("OrElse")]
    public void A_rule_whose_child_rules_are_all_disabled_fails_as_in_RulesEngine(string op)
    {
        var json = $$"""
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "allOff", "Operator": "{{op}}", "Rules": [
                { "RuleName": "a", "Expression": "input1.TotalOrders > 1", "Enabled": false },
                { "RuleName": "b", "Expression": "true", "Enabled": false } ] },
              { "RuleName": "oneOn", "Operator": "{{op}}", "Rules": [
                { "RuleName": "c", "Expression": "true" },
                { "RuleName": "d", "Expression": "false", "Enabled": false } ] }
            ] }
            """;
        var both = SideBySide.Load(json);

        var results = both.OursFor("w", Customer.IndiaBig).Results;
        results.Select(r => (r.RuleName, r.IsSuccess, r.ChildResults.Count)).ShouldBe([("allOff", false, 0), ("oneOn", true, 1)]);
        both.ShouldAgree("w", Customer.IndiaBig);
    }

    [Fact]
    public void All_children_disabled_fails_after_the_workflow_switches_to_fused_code_too()
    {
        const string Json = """
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "allOff", "Operator": "And", "Rules": [ { "RuleName": "a", "Expression": "true", "Enabled": false } ] },
              { "RuleName": "plain", "Expression": "input1.TotalOrders > 1" } ] }
            """;
        var set = SideBySide.Load(Json).Ours.RuleSet!;
        set.CompileAll();

        set["w"].Evaluate([new Engine.Evaluation.RuleInput("input1", Customer.IndiaBig)]).Results
            .Select(r => (r.RuleName, r.IsSuccess)).ShouldBe([("allOff", false), ("plain", true)]);
    }

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void EvaluateRule_outputs_what_the_evaluated_rules_own_action_output_as_in_RulesEngine(string customer)
    {
        const string Json = """
            [
              { "WorkflowName": "main", "Rules": [
                { "RuleName": "toOutput", "Expression": "true",
                  "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "withOutput" } } } },
                { "RuleName": "toNoAction", "Expression": "input1.TotalOrders >= 0",
                  "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "noAction" } } } },
                { "RuleName": "onFailure", "Expression": "input1.TotalOrders > 100",
                  "Actions": { "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "withOutput" } } } }
              ] },
              { "WorkflowName": "target", "Rules": [
                { "RuleName": "withOutput", "Expression": "input1.Country == \"india\"",
                  "Actions": {
                    "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "input1.TotalPurchasesToDate / 10" } },
                    "OnFailure": { "Name": "OutputExpression", "Context": { "Expression": "\"not india\"" } } } },
                { "RuleName": "noAction", "Expression": "input1.LoyaltyFactor > 2" }
              ] }
            ]
            """;
        var both = SideBySide.Load(Json);
        var input = Customer.Named(customer);

        both.ShouldAgree("main", input);
        var results = both.OursFor("main", input).Results;
        results[0].ActionResult!.Output.ShouldBe(input.Country == "india" ? input.TotalPurchasesToDate / 10 : "not india");
        results[0].ActionResult!.EvaluatedRule!.IsSuccess.ShouldBe(input.Country == "india");
        results[1].ActionResult!.Output.ShouldBeNull();
        results[1].ActionResult!.EvaluatedRule!.IsSuccess.ShouldBe(input.LoyaltyFactor > 2);
    }

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void EvaluateRule_additionalInputs_and_inputFilter_give_the_evaluated_rule_its_inputs_as_in_RulesEngine(string customer)
    {
        // RulesEngine reads additionalInputs and inputFilter as the JSON its own System.Text.Json constructor keeps.
        const string Json = """
            [
              { "WorkflowName": "main", "Rules": [
                { "RuleName": "delegates", "Expression": "true",
                  "LocalParams": [ { "Name": "orders", "Expression": "input1.TotalOrders" } ],
                  "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": {
                    "workflowName": "target", "ruleName": "t",
                    "additionalInputs": [ { "Name": "doubled", "Expression": "orders * 2" } ],
                    "inputFilter": [ "input1" ] } } } }
              ] },
              { "WorkflowName": "target", "Rules": [
                { "RuleName": "t", "Expression": "doubled > input1.LoyaltyFactor * 2",
                  "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "doubled + 1" } } } }
              ] }
            ]
            """;
        var options = SideBySide.DefaultOptions.WithWorkflowInputs("target", InputDeclaration.Of<Customer>("input1"), InputDeclaration.Of<int>("doubled"));
        var both = SideBySide.Load(Json, options, rulesEngineReadsWithSystemTextJson: true);
        var input = Customer.Named(customer);

        both.Ours.Diagnostics.ShouldBeEmpty();
        both.ShouldAgree("main", input);
        var evaluated = both.OursFor("main", input).Results[0].ActionResult!;
        evaluated.EvaluatedRule!.IsSuccess.ShouldBe(input.TotalOrders * 2 > input.LoyaltyFactor * 2);
        evaluated.Output.ShouldBe(evaluated.EvaluatedRule.IsSuccess ? (input.TotalOrders * 2) + 1 : null);
    }

    [Fact]
    public void An_inputFilter_that_leaves_out_an_input_the_evaluated_workflow_needs_reports_RS4017()
    {
        const string Json = """
            [
              { "WorkflowName": "main", "Rules": [ { "RuleName": "r", "Expression": "true",
                "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "t", "InputFilter": [ "other" ] } } } } ] },
              { "WorkflowName": "target", "Rules": [ { "RuleName": "t", "Expression": "input1.TotalOrders > 1" } ] }
            ]
            """;
        var result = SideBySide.Load(Json).Ours;

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([("RS4017", "workflow 'target' needs the input 'input1' (Customer), which the inputFilter leaves out")]);
    }

    [Fact]
    public void An_additional_input_of_the_wrong_type_reports_RS4017()
    {
        const string Json = """
            [
              { "WorkflowName": "main", "Rules": [ { "RuleName": "r", "Expression": "true",
                "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "t",
                  "AdditionalInputs": [ { "Name": "doubled", "Expression": "input1.Country" } ] } } } } ] },
              { "WorkflowName": "target", "Rules": [ { "RuleName": "t", "Expression": "doubled > 1" } ] }
            ]
            """;
        var options = SideBySide.DefaultOptions.WithWorkflowInputs("target", InputDeclaration.Of<int>("doubled"));
        var result = SideBySide.Load(Json, options).Ours;

        result.Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([("RS4017", "workflow 'target' needs the input 'doubled' as Int32, but the additional input of that name is text")]);
    }
}

using RulesEngine.Models;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using static RunnerStrength.Engine.Tests.InputShapes.InputShapeData;

namespace RunnerStrength.Engine.Tests.InputShapes;

/// <summary>What a declared shape cannot promise is checked while a rule runs: that rule fails with a placed message, the others run.</summary>
public class DynamicEvaluationTests
{
    [Fact]
    public void A_member_missing_at_run_time_fails_that_rule_with_RS3150_at_the_member()
    {
        var json = RuleFiles.Workflow(("Local", "input1.country == \"NL\""), ("Vip", "input1.customer.vip"));
        var workflow = Load(json, InputDeclaration.FromSample("input1", Gift));

        var result = workflow.Evaluate([Expando("""{"country":"NL"}""")]);

        result.Find("Local")!.IsSuccess.ShouldBeTrue();
        var vip = result.Find("Vip")!;
        vip.IsSuccess.ShouldBeFalse();
        var (line, column) = RuleFiles.PositionOf(json, "customer");
        vip.ExceptionMessage.ShouldBe($"rules.json({line},{column}): error RS3150: 'input1' has no member 'customer'");
    }

    [Theory]
    [InlineData("""{"country":"NL","total":"abc"}""", "'input1.total' is text (\"abc\"), expected a number")]
    [InlineData("""{"country":"NL","total":null}""", "'input1.total' is null, expected a number")]
    [InlineData("""{"country":"NL","total":[1]}""", "'input1.total' is a list, expected a number")]
    [InlineData("""{"country":7,"total":1}""", "'input1.country' is the number 7, expected text")]
    public void A_value_of_another_kind_fails_the_rule_with_RS3151_naming_what_was_found(string order, string message)
    {
        var json = RuleFiles.Workflow(("R", "input1.country == \"NL\" && input1.total > 100"));
        var workflow = Load(json, InputDeclaration.FromSample("input1", Gift));

        foreach (var shape in new[] { "ExpandoObject", "JsonElement", "JsonNode", "JObject", "Dictionary" })
        {
            var rule = workflow.Evaluate([As(shape, order)]).Find("R")!;

            rule.IsSuccess.ShouldBeFalse();
            rule.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3151: " + message, customMessage: shape);
        }
    }

    [Fact]
    public void A_whole_number_member_given_a_fraction_fails_rather_than_rounds()
    {
        var workflow = Load(RuleFiles.Workflow(("R", "input1.count > 1")), InputDeclaration.FromSample("input1", """{"count":1}"""));

        var rule = workflow.Evaluate([Expando("""{"count":2.5}""")]).Find("R")!;

        rule.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3151: 'input1.count' is the number 2.5, expected a whole number");
    }

    [Fact]
    public void Null_where_an_object_is_expected_fails_with_the_engines_null_read_message()
    {
        var workflow = Load(RuleFiles.Workflow(("R", "input1.customer != null && input1.customer.vip"), ("S", "input1.customer.vip")), InputDeclaration.FromSample("input1", Gift));

        var result = workflow.Evaluate([Expando("""{"customer":{"vip":true}}""")]);
        result.Outcomes().ShouldBe(new Dictionary<string, bool> { ["R"] = true, ["S"] = true });

        var broken = workflow.Evaluate([Expando("""{"customer":null}""")]);
        broken.Find("R")!.ExceptionMessage.ShouldBeNull();
        broken.Find("R")!.IsSuccess.ShouldBeFalse();
        broken.Find("S")!.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3132: 'input1.customer' is null, so 'input1.customer.vip' cannot be read");
    }

    [Fact]
    public async Task A_missing_named_input_fails_every_rule_with_RS3152_not_the_call_as_in_RulesEngine()
    {
        var json = RuleFiles.Workflow(("Local", "input1.country == \"NL\""), ("Vip", "input1.customer.vip"));
        var workflow = Load(json, InputDeclaration.FromSample("input1", Gift));

        var result = workflow.Evaluate([new RuleInput("order", Expando(Gift))]);
        var theirs = await RulesEngineRunner.RunNamedAsync(json, new RuleParameter("order", Expando(Gift)));

        result.Outcomes().ShouldBe(theirs.ToDictionary(r => r.Key, r => r.Value.IsSuccess));
        // RulesEngine fails each rule with an exception message of its own wording, and throws nothing.
        theirs.Values.Select(r => r.Exception).ShouldAllBe(m => !string.IsNullOrEmpty(m));
        var (line, column) = RuleFiles.PositionOf(json, "{ \"RuleName\": \"Vip\"");
        result.Find("Vip")!.ExceptionMessage.ShouldBe($"rules.json({line},{column}): error RS3152: input 'input1' was not given; workflow 'w' reads input1");
        result.Results.Select(r => r.IsSuccess).ShouldBe([false, false]);
    }

    [Fact]
    public void Fewer_positional_inputs_than_declared_fail_the_rules_naming_each_missing_one()
    {
        var json = RuleFiles.Workflow(("R", "input1.country == input2.country"));
        var workflow = Load(json, InputDeclaration.FromSample("input1", Gift), InputDeclaration.FromSample("input2", Gift));

        var rule = workflow.Evaluate([Expando(Gift)]).Find("R")!;

        rule.IsSuccess.ShouldBeFalse();
        rule.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3152: input 'input2' was not given; workflow 'w' reads input1, input2");
    }

    [Fact]
    public void A_value_that_is_not_an_object_for_a_shaped_input_is_the_hosts_mistake()
    {
        var workflow = Load(RuleFiles.Workflow(("R", "input1.country == \"NL\"")), InputDeclaration.FromSample("input1", Gift));

        var error = Should.Throw<ArgumentException>(() => workflow.Evaluate(["NL"]));

        error.Message.ShouldStartWith("input 'input1' of workflow 'w' is declared as an object with members, not String");
    }

    [Fact]
    public void Traced_and_fused_evaluation_read_dynamic_members_as_the_first_evaluations_do()
    {
        var workflow = Load(InputShapeData.Workflow, InputDeclaration.FromSample("input1", Gift));
        var gift = As("JsonElement", Gift);
        var first = workflow.Evaluate([gift]).Outcomes();

        workflow.Evaluate([gift], EvaluationOptions.Traced).Outcomes().ShouldBe(first);
        for (var i = 0; i < 20; i++)
        {
            workflow.Evaluate([gift]).Outcomes().ShouldBe(first);
        }

        workflow.EvaluateRuleByRule([gift]).Outcomes().ShouldBe(first);
        workflow.Evaluate([gift], EvaluationOptions.Traced).Find("BigLocal")!.Trace.ShouldNotBeEmpty();
    }
}

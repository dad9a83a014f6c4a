using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.RulesEngineFormat;

/// <summary>
/// What the sandbox refuses stays refused, with messages that say it is by design; a host may still load a file with
/// such a rule (RuleSetOptions.LoadRefusedRules): that rule fails when evaluated, the others run as in RulesEngine.
/// </summary>
public sealed class RefusedRuleTests
{
    // RulesEngine evaluates 'caseless' (it calls a host method with a host type); this engine refuses it by design.
    private const string Json = """
        { "WorkflowName": "w", "Rules": [
          { "RuleName": "orders", "Expression": "input1.TotalOrders > 2" },
          { "RuleName": "caseless", "Expression": "input1.Country.Equals(\"INDIA\", StringComparison.OrdinalIgnoreCase)",
            "Actions": { "OnFailure": { "Name": "OutputExpression", "Context": { "Expression": "1" } } } },
          { "RuleName": "loyal", "Expression": "input1.LoyaltyFactor >= 1" },
          { "RuleName": "clock", "Expression": "DateTime.Now.Year > 2000" }
        ] }
        """;

    [Fact]
    public void By_default_a_refused_rule_keeps_the_file_from_loading_and_says_it_is_refused_by_design()
    {
        var result = SideBySide.Load(Json).Ours;

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "workflows.json(3,59): error RS3112: 'Equals' cannot be called, refused by design: expressions call no host methods; text allows Contains, StartsWith, EndsWith, ToLower, ToUpper, Trim and Length",
            "workflows.json(6,41): error RS3111: 'DateTime' is a type, refused by design: expressions name no types but Math and string, so they cannot reach host code",
        ]);
    }

    [Fact]
    public void A_host_type_named_inside_a_call_is_refused_by_design()
    {
        var result = SideBySide.Load("""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "input1.TotalOrders > Convert.ToInt32(\"2\")" } ] }""").Ours;

        result.Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([("RS3111", "'Convert' is a type, refused by design: expressions name no types but Math and string, so they cannot reach host code")]);
    }

    [Fact]
    public void A_misspelt_input_is_still_an_unknown_name_not_a_refusal()
    {
        var result = SideBySide.Load("""{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "inptu1.TotalOrders > 2" } ] }""").Ours;

        result.Diagnostics.Select(d => (d.Code, d.Message)).ShouldBe([("RS3102", "'inptu1' is not defined; did you mean 'input1'?")]);
    }

    [Theory]
    [MemberData(nameof(Customer.Names), MemberType = typeof(Customer))]
    public void With_LoadRefusedRules_the_refused_rules_fail_with_their_diagnostic_and_the_others_agree_with_RulesEngine(string customer)
    {
        var both = SideBySide.Load(Json, SideBySide.DefaultOptions with { LoadRefusedRules = true });
        var input = Customer.Named(customer);

        both.Ours.Succeeded.ShouldBeTrue();
        both.Ours.Diagnostics.Select(d => (d.Code, d.IsError)).ShouldBe([("RS4020", false), ("RS3112", true), ("RS4020", false), ("RS3111", true)]);
        both.Ours.Diagnostics[0].Message.ShouldBe("rule 'caseless' was refused (RS3112); it is loaded because the host asked for refused rules, and fails whenever it is evaluated");

        var ours = both.OursFor("w", input).Results;
        var theirs = both.TheirsFor("w", input);
        ours.Select(r => r.RuleName).ShouldBe(theirs.Select(r => r.Rule.RuleName));
        foreach (var name in new[] { "orders", "loyal" })
        {
            ours.Single(r => r.RuleName == name).IsSuccess.ShouldBe(theirs.Single(r => r.Rule.RuleName == name).IsSuccess, name);
        }

        var caseless = ours.Single(r => r.RuleName == "caseless");
        caseless.IsSuccess.ShouldBeFalse();
        caseless.ExceptionMessage.ShouldBe(both.Ours.Diagnostics[1].ToString());
        caseless.ActionResult.ShouldBeNull();
        ours.Single(r => r.RuleName == "clock").ExceptionMessage.ShouldBe(both.Ours.Diagnostics[3].ToString());
    }

    [Fact]
    public void With_LoadRefusedRules_the_refused_rule_fails_after_the_workflow_switches_to_fused_code_too()
    {
        var set = SideBySide.Load(Json, SideBySide.DefaultOptions with { LoadRefusedRules = true }).Ours.RuleSet!;
        set.CompileAll();

        set["w"].Evaluate([new RuleInput("input1", Customer.IndiaBig)]).Results
            .Select(r => (r.RuleName, r.IsSuccess, r.ExceptionMessage is null)).ShouldBe([("orders", true, true), ("caseless", false, false), ("loyal", true, true), ("clock", false, false)]);
    }

    [Fact]
    public void With_LoadRefusedRules_an_error_outside_the_rules_still_keeps_the_file_from_loading()
    {
        const string Broken = """
            { "WorkflowName": "w", "GlobalParams": [ { "Name": "g", "Expression": "input1.NoSuchMember" } ],
              "Rules": [ { "RuleName": "r", "Expression": "input1.TotalOrders > 2" } ] }
            """;
        var result = SideBySide.Load(Broken, SideBySide.DefaultOptions with { LoadRefusedRules = true }).Ours;

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS3101"]);
    }

    [Fact]
    public void Refused_rules_are_not_loaded_unless_the_host_asks()
    {
        new RuleSetOptions().LoadRefusedRules.ShouldBeFalse();
    }
}

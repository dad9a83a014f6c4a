using Newtonsoft.Json;
using RulesEngine.Models;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using static RunnerStrength.Engine.Tests.Evaluation.RuleFiles;
using MicrosoftRulesEngine = RulesEngine.RulesEngine;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>
/// A RulesEngine workflow file written with the Dynamic LINQ syntax RulesEngine users write, run by our engine and by
/// Microsoft RulesEngine 6.0.1 itself on the same orders: every rule must decide the same. Refusals point into the file.
/// </summary>
public sealed class DynamicLinqWorkflowTests
{
    private static readonly RuleSetOptions OrderInput = new RuleSetOptions().WithInputs(InputDeclaration.Of<Order>("order"));

    // Each rule holds on the full order; `not in` is left out, as RulesEngine 6.0.1's Dynamic LINQ does not read it.
    private static readonly (string Name, string Expression)[] Rules =
    [
        ("words", "order.quantity ge 5 AndAlso order.status eq \"easy\" OrElse order.quantity lt 0"),
        ("enumNumber", "order.tier == 1 && order.tier gt 0 && order.tier in (1, 2)"),
        ("hexBinary", "0x1F == 31 and 0b101 == order.quantity"),
        ("conversions", "int(order.price) == 2 && decimal(order.quantity) == 5 && int(order.code) == 42"),
        ("npDefault", "np(order.customer.address.zip, 0) == 28001"),
        ("np", "np(order.customer.address.city) == \"Madrid\""),
        ("array", "new [] {1, 2, 5}.Contains(order.quantity) && new int[] {7}.Contains(int(order.points))"),
        ("dateTimeText", "order.placed > \"2024-01-01\" && order.placed < \"2024-03-01T10:31\""),
        ("neverNull", "order.quantity != null ? order.quantity > 1 : false"),
    ];

    [Fact]
    public async Task Every_rule_decides_as_Microsoft_RulesEngine_decides()
    {
        var json = Workflow(Rules);
        var load = Load(json, OrderInput);
        load.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(string.Join("\n", load.Diagnostics));
        var ours = load.RuleSet.ShouldNotBeNull();
        var workflow = JsonConvert.DeserializeObject<Workflow>(json).ShouldNotBeNull();
        var microsoft = new MicrosoftRulesEngine([workflow], new ReSettings());

        foreach (var order in new[] { Order.Full, Order.Sparse, Order.Partial with { Code = "42" } })
        {
            var theirs = await microsoft.ExecuteAllRulesAsync("w", new RuleParameter("order", order));
            theirs.ShouldAllBe(r => string.IsNullOrEmpty(r.ExceptionMessage), string.Join("\n", theirs.Select(r => r.ExceptionMessage)));
            var decided = ours.Evaluate("w", new RuleInput("order", order)).Results;
            decided.Select(r => (r.RuleName, r.IsSuccess)).ShouldBe(theirs.Select(r => (r.Rule.RuleName, r.IsSuccess)));
        }

        ours.Evaluate("w", new RuleInput("order", Order.Full)).Results.ShouldAllBe(r => r.IsSuccess);
        ours.Evaluate("w", new RuleInput("order", Order.Sparse)).Results.Where(r => !r.IsSuccess).Select(r => r.RuleName).ShouldBe(["npDefault", "np"]);
    }

    [Fact]
    public void A_comparison_with_null_that_never_changes_is_a_warning_at_its_place_in_the_file()
    {
        var json = Workflow(Rules);
        var warning = Load(json, OrderInput).Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.IsError).ShouldBe(("RS3140", false));
        (warning.Location.Line, warning.Location.Column).ShouldBe(PositionOf(json, "order.quantity != null"));
    }

    [Fact]
    public void What_the_sandbox_refuses_is_reported_at_its_place_in_the_file()
    {
        var json = Workflow(
            ("object", "new Order() != null"),
            ("typedArray", "new Order[] {null}.Count() == 1"),
            ("npOfSum", "np(order.quantity + 1) == 6"),
            ("conversion", "int(order.placed) > 0"),
            ("dateText", "order.placed > \"03/01/2024\""),
            ("hexUnsigned", "0x1FU == 31"));

        Load(json, OrderInput).Diagnostics.ShouldBeDiagnostics(
            At("RS2011", json, "new Order()"),
            At("RS3141", json, "Order[]"),
            At("RS3143", json, "order.quantity + 1"),
            At("RS3142", json, "order.placed)"),
            At("RS3144", json, "\\\"03/01/2024"),
            At("RS2004", json, "0x1FU"));
    }

    [Fact]
    public void A_text_that_is_not_a_number_fails_its_rule_with_its_place_and_the_others_run()
    {
        var json = Workflow(("code", "int(order.code) == 42"), ("quantity", "order.quantity eq 5"));
        var results = Compile(json, OrderInput).Evaluate("w", new RuleInput("order", Order.Partial)).Results;

        results.Select(r => (r.RuleName, r.IsSuccess)).ShouldBe([("code", false), ("quantity", true)]);
        results[0].ExceptionMessage.ShouldBe(FailureAt(json, "int(order.code)", "error RS3145: 'order.code' is 'abc', which is not a whole number that fits a 32-bit integer"));
    }
}

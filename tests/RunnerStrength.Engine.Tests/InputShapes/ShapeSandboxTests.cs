using System.Dynamic;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using RunnerStrength.Engine.Text;
using static RunnerStrength.Engine.Tests.InputShapes.InputShapeData;

namespace RunnerStrength.Engine.Tests.InputShapes;

/// <summary>Reading dynamic values opens no way out of the sandbox: host objects are read only as data, and budgets hold.</summary>
public class ShapeSandboxTests
{
    private static ExpandoObject With(string name, object? value)
    {
        var expando = new ExpandoObject();
        ((IDictionary<string, object?>)expando)[name] = value;
        return expando;
    }

    [Fact]
    public void A_type_found_where_an_object_is_declared_is_not_read()
    {
        var workflow = Load(RuleFiles.Workflow(("R", "input1.customer.name == \"x\"")), InputDeclaration.FromSample("input1", """{"customer":{"name":"Ann"}}"""));

        var rule = workflow.Evaluate([With("customer", typeof(string))]).Find("R")!;

        rule.IsSuccess.ShouldBeFalse();
        rule.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3151: 'input1.customer' is a value of type RuntimeType, expected an object");
    }

    [Fact]
    public void A_delegate_found_where_text_is_declared_is_not_called()
    {
        var called = false;
        var workflow = Load(RuleFiles.Workflow(("R", "input1.name == \"x\"")), InputDeclaration.FromSample("input1", """{"name":"Ann"}"""));

        var rule = workflow.Evaluate([With("name", new Func<string>(() => { called = true; return "x"; }))]).Find("R")!;

        called.ShouldBeFalse();
        rule.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3151: 'input1.name' is a value of type Func`1, expected text");
    }

    [Fact]
    public void A_host_object_in_a_dictionary_shows_only_the_members_the_member_policy_allows()
    {
        var workflow = Load(
            RuleFiles.Workflow(("Name", "input1.holder.name == \"Ann\""), ("Kind", "input1.holder.kind == \"x\"")),
            InputDeclaration.FromSample("input1", """{"holder":{"name":"Ann","kind":"x"}}"""));

        var result = workflow.Evaluate([With("holder", new Holder("Ann", typeof(string)))]);

        result.Find("Name")!.IsSuccess.ShouldBeTrue();
        result.Find("Kind")!.ExceptionMessage.ShouldNotBeNull().ShouldEndWith("error RS3150: 'input1.holder' has no member 'kind'");
    }

    [Fact]
    public void A_lazy_sequence_of_the_hosts_is_not_run_as_a_list()
    {
        var runs = 0;
        var items = Enumerable.Range(0, 3).Select(i => { runs++; return (object)With("price", i); });
        var workflow = Load(RuleFiles.Workflow(("R", "input1.items.Any(i => i.price > 1)")), InputDeclaration.FromSample("input1", Gift));

        var rule = workflow.Evaluate([With("items", items)]).Find("R")!;

        runs.ShouldBe(0);
        rule.ExceptionMessage.ShouldNotBeNull().ShouldContain("error RS3151: 'input1.items' is a value of type");
    }

    [Fact]
    public void The_step_budget_holds_over_a_list_read_from_a_dynamic_input()
    {
        var options = new RuleSetOptions { MaxEvaluationSteps = 100 }.WithInputs(InputDeclaration.FromSample("input1", Gift));
        var loaded = RuleSetLoader.Load([SourceText.From(RuleFiles.Workflow(("R", "input1.items.Any(i => i.price > 1000)")), "rules.json")], options);
        var items = Enumerable.Range(0, 500).Select(i => (object)With("price", i)).ToList();

        var rule = loaded.RuleSet!["w"].Evaluate([With("items", items)]).Find("R")!;

        rule.IsSuccess.ShouldBeFalse();
        rule.ExceptionMessage.ShouldNotBeNull().ShouldContain("error RS3129");
    }

    [Fact]
    public void The_read_by_name_is_the_only_new_call_the_safety_walk_allows()
    {
        // Loading verifies every emitted tree; a rule over a shaped input loads, so its reads passed the walk.
        var loaded = RuleSetLoader.Load([SourceText.From(Workflow, "rules.json")], new RuleSetOptions().WithInputs(InputDeclaration.FromSample("input1", Gift)));

        loaded.Diagnostics.ShouldBeEmpty();
        loaded.RuleSet!["w"].Evaluate([Expando(Gift)]).Results.ShouldAllBe(r => r.ExceptionMessage == null);
    }

    /// <summary>A host record with a member no expression may read.</summary>
    public sealed record Holder(string Name, Type Kind);
}

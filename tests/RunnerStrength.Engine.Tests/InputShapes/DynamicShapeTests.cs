using RunnerStrength.Engine.Binding;
using static RunnerStrength.Engine.Tests.InputShapes.InputShapeData;

namespace RunnerStrength.Engine.Tests.InputShapes;

/// <summary>
/// Each input shape a RulesEngine host passes, declared by a sample and evaluated by our engine, beside Microsoft
/// RulesEngine 6.0.1 on the same data: on the same object where RulesEngine can read it, and otherwise on the
/// ExpandoObject Newtonsoft makes of the same JSON, the shape RulesEngine reads.
/// </summary>
public class DynamicShapeTests
{
    private static readonly Dictionary<string, bool> GiftOutcomes = new()
    {
        ["BigLocal"] = true,
        ["Vip"] = true,
        ["Gift"] = true,
        ["AnyCase"] = true,
        ["OneDear"] = true,
        ["Named"] = true,
    };

    private static readonly Dictionary<string, bool> BooksOutcomes = new()
    {
        ["BigLocal"] = false,
        ["Vip"] = false,
        ["Gift"] = false,
        ["AnyCase"] = false,
        ["OneDear"] = false,
        ["Named"] = false,
    };

    [Theory]
    [MemberData(nameof(ShapesAndOrders), MemberType = typeof(InputShapeData))]
    public async Task Each_shape_declared_by_a_sample_gives_what_RulesEngine_gives_for_the_same_json(string shape, string order)
    {
        var workflow = Load(Workflow, InputDeclaration.FromSample("input1", Gift));

        var ours = workflow.Evaluate([As(shape, order)]);
        var theirs = await RulesEngineRunner.RunAsync(Workflow, Expando(order));

        ours.Results.Select(r => r.ExceptionMessage).ShouldAllBe(m => m == null);
        ours.Outcomes().ShouldBe(theirs);
        ours.Outcomes().ShouldBe(order == Gift ? GiftOutcomes : BooksOutcomes);
    }

    [Theory]
    [InlineData(Gift)]
    [InlineData(Books)]
    public async Task An_ExpandoObject_given_to_both_engines_as_the_same_object_agrees(string order)
    {
        var expando = Expando(order);
        var workflow = Load(Workflow, InputDeclaration.FromSample("input1", Gift));

        var ours = workflow.Evaluate([expando]);

        ours.Outcomes().ShouldBe(await RulesEngineRunner.RunAsync(Workflow, expando));
    }

    [Theory]
    [InlineData("NL", 120.5)]
    [InlineData("BE", 120.5)]
    [InlineData("NL", 99.0)]
    public async Task A_dictionary_of_text_and_numbers_agrees_with_RulesEngine_on_the_same_object(string country, double total)
    {
        // RulesEngine reads top-level text and numbers of a Dictionary<string, object>, not what is nested in one.
        const string flat = """
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "BigLocal", "Expression": "input1.country == \"NL\" && input1.total > 100" },
              { "RuleName": "AnyCase", "Expression": "input1.COUNTRY == \"NL\"" }
            ] }
            """;
        var dictionary = new Dictionary<string, object> { ["country"] = country, ["total"] = total };
        var workflow = Load(flat, InputDeclaration.FromSample("input1", """{"country":"NL","total":1.5}"""));

        var ours = workflow.Evaluate([dictionary]);

        ours.Outcomes().ShouldBe(await RulesEngineRunner.RunAsync(flat, dictionary));
        ours.Outcomes()["BigLocal"].ShouldBe(country == "NL" && total > 100);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_anonymous_object_declared_by_its_type_agrees_with_RulesEngine(bool gift)
    {
        var order = gift
            ? new { country = "NL", total = 120.5, customer = new { vip = true, name = "Ann" }, items = new[] { new { sku = "gift-1", price = 10.0 } } }
            : new { country = "BE", total = 80.0, customer = new { vip = false, name = "Bob" }, items = new[] { new { sku = "book", price = 3.5 }, new { sku = "pen", price = 2.0 } } };
        var workflow = Load(Workflow, InputDeclaration.Like("input1", order));

        var ours = workflow.Evaluate([order]);

        ours.Outcomes().ShouldBe(await RulesEngineRunner.RunAsync(Workflow, order));
        ours.Outcomes().ShouldBe(gift ? GiftOutcomes : BooksOutcomes);
    }

    [Fact]
    public async Task An_anonymous_object_given_for_an_input_declared_by_a_sample_is_read_by_its_public_members()
    {
        var order = new { Country = "NL", Total = 120.5, Customer = new { Vip = true, Name = "Ann" }, Items = new[] { new { Sku = "gift-1", Price = 10 } } };
        var workflow = Load(Workflow, InputDeclaration.FromSample("input1", Gift));

        var ours = workflow.Evaluate([order]);

        ours.Results.Select(r => r.ExceptionMessage).ShouldAllBe(m => m == null);
        ours.Outcomes().ShouldBe(await RulesEngineRunner.RunAsync(Workflow, order));
        ours.Outcomes().ShouldBe(GiftOutcomes);
    }

    [Fact]
    public async Task Positional_inputs_are_input1_to_inputN_as_RulesEngine_names_them()
    {
        const string two = """
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "SameCountry", "Expression": "input1.country == input2.country" },
              { "RuleName": "Limit", "Expression": "input1.total <= input2.limit" }
            ] }
            """;
        var order = Expando("""{"country":"NL","total":120}""");
        var shop = Expando("""{"country":"NL","limit":100}""");
        var workflow = Load(two, InputDeclaration.FromSample("input1", """{"country":"NL","total":1}"""), InputDeclaration.FromSample("input2", """{"country":"NL","limit":1}"""));

        var ours = workflow.Evaluate([order, shop]);

        ours.Outcomes().ShouldBe(await RulesEngineRunner.RunAsync(two, order, shop));
        ours.Outcomes().ShouldBe(new Dictionary<string, bool> { ["SameCountry"] = true, ["Limit"] = false });
    }

    [Fact]
    public void Whole_numbers_divide_as_whole_numbers_as_they_do_for_RulesEngine_over_Newtonsoft_values()
    {
        const string flow = """{ "WorkflowName": "w", "Rules": [ { "RuleName": "Half", "Expression": "input1.count / 2 == 2" } ] }""";
        var workflow = Load(flow, InputDeclaration.FromSample("input1", """{"count":4}"""));

        workflow.Evaluate([Expando("""{"count":5}""")]).Outcomes()["Half"].ShouldBeTrue();
        workflow.Evaluate([Expando("""{"count":6}""")]).Outcomes()["Half"].ShouldBeFalse();
    }
}

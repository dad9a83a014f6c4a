using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using RunnerStrength.Engine.Text;
using static RunnerStrength.Engine.Tests.InputShapes.InputShapeData;

namespace RunnerStrength.Engine.Tests.InputShapes;

/// <summary>A shape declared from a JSON Schema or a sample type-checks rules at load, with line and column.</summary>
public class ShapeDeclarationTests
{
    private const string OrderSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["country", "total", "items"],
          "properties": {
            "country": { "type": "string" },
            "total": { "type": "number" },
            "count": { "type": "integer" },
            "discount": { "type": ["number", "null"] },
            "placed": { "type": "string", "format": "date" },
            "customer": { "$ref": "#/$defs/customer" },
            "items": { "type": "array", "items": { "type": "object", "required": ["sku"], "properties": { "sku": { "type": "string" }, "price": { "type": "number" } } } },
            "note": {}
          },
          "$defs": { "customer": { "type": "object", "required": ["vip"], "properties": { "vip": { "type": "boolean" } } } }
        }
        """;

    private static RuleSetLoadResult LoadWith(InputDeclaration input, params (string Name, string Expression)[] rules) =>
        RuleSetLoader.Load([SourceText.From(RuleFiles.Workflow(rules), "rules.json")], new RuleSetOptions().WithInputs(input));

    [Fact]
    public void A_misspelt_member_of_a_schema_declared_input_is_RS3101_at_load_with_a_suggestion()
    {
        var json = RuleFiles.Workflow(("R", "input1.contry == \"NL\""));

        var loaded = LoadWith(InputDeclaration.FromJsonSchema("input1", OrderSchema), ("R", "input1.contry == \"NL\""));

        var (line, column) = RuleFiles.PositionOf(json, "contry");
        loaded.Diagnostics.ShouldBeDiagnostics(("RS3101", line, column));
        loaded.Diagnostics[0].Message.ShouldBe("'input1' has no member 'contry'; did you mean 'country'?");
        loaded.RuleSet.ShouldBeNull();
    }

    [Fact]
    public void A_misspelt_member_of_a_list_item_of_a_sample_is_RS3101_inside_the_lambda()
    {
        var json = RuleFiles.Workflow(("R", "input1.items.Any(i => i.prise > 5)"));

        var loaded = LoadWith(InputDeclaration.FromSample("input1", Gift), ("R", "input1.items.Any(i => i.prise > 5)"));

        var (line, column) = RuleFiles.PositionOf(json, "prise");
        loaded.Diagnostics.ShouldBeDiagnostics(("RS3101", line, column));
        loaded.Diagnostics[0].Message.ShouldBe("'i' has no member 'prise'; did you mean 'price'?");
    }

    [Fact]
    public void Text_compared_with_a_number_is_a_type_error_at_load()
    {
        var loaded = LoadWith(InputDeclaration.FromSample("input1", Gift), ("R", "input1.country > 5"));

        loaded.Diagnostics.Length.ShouldBe(1);
        loaded.Diagnostics[0].Code.ShouldStartWith("RS31");
        loaded.Diagnostics[0].Location.Line.ShouldBe(4);
    }

    [Fact]
    public void A_member_the_schema_gives_no_type_is_RS3153_where_it_is_read()
    {
        var json = RuleFiles.Workflow(("R", "input1.note == \"x\""));

        var loaded = LoadWith(InputDeclaration.FromJsonSchema("input1", OrderSchema), ("R", "input1.note == \"x\""));

        var (line, column) = RuleFiles.PositionOf(json, "note");
        loaded.Diagnostics.ShouldBeDiagnostics(("RS3153", line, column));
        loaded.Diagnostics[0].Message.ShouldBe("the type of 'input1.note' is unknown: its declaration gives no value to go by (null in the sample, or no 'type' in the schema)");
    }

    [Fact]
    public void A_member_null_in_the_sample_is_RS3153()
    {
        var loaded = LoadWith(InputDeclaration.FromSample("input1", """{"coupon":null}"""), ("R", "input1.coupon == \"x\""));

        loaded.Diagnostics.Select(d => d.Code).ShouldBe(["RS3153"]);
    }

    [Theory]
    [InlineData("""{"country":"NL","total":10,"items":[]}""", true)]
    [InlineData("""{"country":"NL","total":10,"items":[],"discount":null}""", true)]
    [InlineData("""{"country":"NL","total":10,"items":[],"discount":2.5}""", false)]
    public void An_optional_schema_member_that_is_missing_or_null_reads_as_null(string order, bool noDiscount)
    {
        var workflow = Load(RuleFiles.Workflow(("NoDiscount", "input1.discount == null"), ("Small", "(input1.discount ?? 0) < 1")), InputDeclaration.FromJsonSchema("input1", OrderSchema));

        var result = workflow.Evaluate([Expando(order)]);

        result.Results.Select(r => r.ExceptionMessage).ShouldAllBe(m => m == null);
        result.Outcomes().ShouldBe(new Dictionary<string, bool> { ["NoDiscount"] = noDiscount, ["Small"] = noDiscount });
    }

    [Fact]
    public void Schema_kinds_become_typed_members_integer_number_boolean_date_and_references()
    {
        var workflow = Load(
            RuleFiles.Workflow(
                ("Whole", "input1.count / 2 == 1"),
                ("Real", "input1.total / 2 == 1.5"),
                ("Vip", "input1.customer.vip"),
                ("Early", "input1.placed < \"2027-01-01\""),
                ("Skus", "input1.items.Select(i => i.sku).Contains(\"pen\")")),
            InputDeclaration.FromJsonSchema("input1", OrderSchema));

        var result = workflow.Evaluate([Expando("""{"country":"NL","total":3,"count":3,"placed":"2026-12-07","customer":{"vip":true},"items":[{"sku":"pen"}]}""")]);

        result.Results.Select(r => r.ExceptionMessage).ShouldAllBe(m => m == null);
        result.Outcomes().Values.ShouldAllBe(success => success);
    }

    [Theory]
    [InlineData(OrderSchema, true)]
    [InlineData(Gift, false)]
    [InlineData("""{ "type": "object", "properties": { "country": { "type": "string" } } }""", true)]
    [InlineData("""{ "type": "object", "name": "NL" }""", false)]
    public void A_document_is_read_as_a_schema_when_it_names_schema_or_has_object_type_and_properties(string json, bool isSchema)
    {
        var declaration = InputDeclaration.FromSampleOrSchema("input1", json);

        var loaded = RuleSetLoader.Load([SourceText.From(RuleFiles.Workflow(("R", "input1.country == \"NL\"")), "rules.json")], new RuleSetOptions().WithInputs(declaration));

        // Read as a schema, country is a member; read as a sample, the document's own keys are the members.
        var knowsCountry = isSchema || json == Gift;
        loaded.Diagnostics.Where(d => d.IsError).Select(d => d.Code).ShouldBe(knowsCountry ? [] : ["RS3101"]);
    }

    [Theory]
    [InlineData("{ not json", "the sample is not valid JSON")]
    [InlineData("[1, 2]", "the sample for input 'input1' describes a list of a whole number; an input must be an object")]
    public void A_sample_that_is_no_JSON_object_is_refused_with_the_reason(string sample, string message)
    {
        var error = Should.Throw<ArgumentException>(() => InputDeclaration.FromSample("input1", sample));

        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public void A_schema_reference_outside_the_schema_is_refused()
    {
        var error = Should.Throw<ArgumentException>(() => InputDeclaration.FromJsonSchema("input1", """{ "type": "object", "properties": { "a": { "$ref": "other.json#/a" } } }"""));

        error.Message.ShouldStartWith("the JSON Schema refers to 'other.json#/a'; only references inside the schema (#/...) are read");
    }

    [Fact]
    public void Two_samples_with_the_same_member_names_but_different_kinds_are_different_types()
    {
        var text = InputDeclaration.FromSample("a", """{"x":{"y":"text"}}""");
        var number = InputDeclaration.FromSample("b", """{"x":{"y":1}}""");
        var again = InputDeclaration.FromSample("c", """{"X":{"Y":"other text"}}""");

        text.Type.ShouldNotBe(number.Type);
        again.Type.ShouldBe(text.Type);
    }
}

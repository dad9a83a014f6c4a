using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #12, point 6: <c>validate</c> lints any Microsoft RulesEngine file, its inputs declared on the command line from a
/// sample document or a JSON Schema (<c>--input input1=order.sample.json</c>), with every problem at its line and column.
/// </summary>
public sealed class ValidateInputTests
{
    // A file as a RulesEngine team writes it: a list of workflows, positional inputs, ErrorType and the expression type
    // spelt out, a global param, an action, child rules under OrElse and EvaluateRule into a second workflow.
    private const string Workflows = """
        [
          {
            "WorkflowName": "Discounts",
            "GlobalParams": [ { "Name": "local", "Expression": "input1.country in (\"NL\", \"BE\")" } ],
            "Rules": [
              {
                "RuleName": "BigLocalOrder",
                "SuccessEvent": "10",
                "ErrorMessage": "order of $(input1.total) is too small",
                "ErrorType": "Error",
                "RuleExpressionType": "LambdaExpression",
                "Expression": "local && input1.total > 100"
              },
              {
                "RuleName": "Loyal",
                "Expression": "input1.customer.orders >= 10 && input2.loyaltyBoost",
                "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "Rates", "RuleName": "Loyalty" } } }
              },
              {
                "RuleName": "GiftCard",
                "Operator": "OrElse",
                "Rules": [
                  { "RuleName": "GiftItem", "Expression": "input1.items.Any(i => i.sku.StartsWith(\"gift-\"))" },
                  { "RuleName": "GiftCode", "Expression": "input1.code != null && input1.code.StartsWith(\"GIFT\")" }
                ]
              }
            ]
          },
          {
            "WorkflowName": "Rates",
            "Rules": [
              { "RuleName": "Loyalty", "Expression": "true",
                "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "input1.total * input2.rate" } } } }
            ]
          }
        ]
        """;

    private const string OrderSample = """
        {
          "country": "NL",
          "total": 120.5,
          "code": "GIFT-2026",
          "customer": { "orders": 12, "blocked": false },
          "items": [ { "sku": "gift-card", "quantity": 1, "price": 100.0 } ]
        }
        """;

    private const string ShopSample = """{ "loyaltyBoost": true, "rate": 0.05 }""";

    [Fact]
    public void A_RulesEngine_file_with_its_inputs_from_samples_is_valid()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);

        var result = ToolRun.Run("validate", rules, "--input", $"input1={temp.Write("order.sample.json", OrderSample)}", "--input", $"input2={temp.Write("shop.sample.json", ShopSample)}");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(["0 errors, 0 warnings in 1 file"]);
    }

    [Fact]
    public void An_input_can_be_declared_by_a_JSON_Schema()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows.Replace("input1.total > 100", "input1.total > 100 && input1.placed > \\\"2026-01-01\\\"", StringComparison.Ordinal));
        var schema = temp.Write("order.schema.json", """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["country", "total", "customer", "items", "placed"],
              "properties": {
                "country": { "type": "string" },
                "total": { "type": "number" },
                "placed": { "type": "string", "format": "date" },
                "code": { "type": ["string", "null"] },
                "customer": { "type": "object", "properties": { "orders": { "type": "integer" } } },
                "items": { "type": "array", "items": { "type": "object", "properties": { "sku": { "type": "string" } } } }
              }
            }
            """);

        var result = ToolRun.Run("validate", rules, "--input", $"input1={schema}", "--input", $"input2={temp.Write("shop.json", ShopSample)}");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(["0 errors, 0 warnings in 1 file"]);
    }

    [Fact]
    public void An_error_in_an_expression_is_reported_at_its_line_and_column()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows.Replace("input1.customer.orders >= 10 &&", "input1.customer.orders >= 10 && &&", StringComparison.Ordinal));
        var (line, column) = PositionOf(rules, "&& &&");

        var result = ToolRun.Run("validate", rules, "--input", $"input1={temp.Write("order.json", OrderSample)}", "--input", $"input2={temp.Write("shop.json", ShopSample)}");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldBe([$"{rules}({line},{column + 3}): error RS2005: unexpected `&&`, expected an expression", "1 error, 0 warnings in 1 file"]);
    }

    [Fact]
    public void A_member_the_sample_does_not_have_is_reported_at_load_where_it_is_read()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows.Replace("input1.customer.orders", "input1.customer.order", StringComparison.Ordinal));
        var (line, column) = PositionOf(rules, "order >=");

        var result = ToolRun.Run("validate", rules, "--input", $"input1={temp.Write("order.json", OrderSample)}", "--input", $"input2={temp.Write("shop.json", ShopSample)}");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldBe([$"{rules}({line},{column}): error RS3101: 'input1.customer' has no member 'order'; did you mean 'orders'?", "1 error, 0 warnings in 1 file"]);
    }

    [Fact]
    public void Without_input_a_RulesEngine_file_says_once_which_input_is_not_declared_and_how_to_declare_it()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);
        var (line, column) = PositionOf(rules, "input1.country");

        var result = ToolRun.Run("validate", rules);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.ShouldContain($"{rules}({line},{column}): error RS4023: 'input1' is not defined, and the inputs of workflow 'Discounts' are not declared; if 'input1' is an input, declare it with --input input1=FILE, a sample JSON document or a JSON Schema of it (validate knows only the inputs of the coaching workflows)");
        result.OutLines.ShouldAllBe(l => !l.Contains("RS3102", StringComparison.Ordinal));
        result.OutLines.Count(l => l.Contains("RS4023: 'input1'", StringComparison.Ordinal)).ShouldBe(2, "once for each workflow that reads it");
        result.OutLines.Count(l => l.Contains("RS4023: 'input2'", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void A_folder_of_RulesEngine_files_is_checked_as_one_set_and_the_samples_beside_them_are_left_alone()
    {
        using var temp = new TempFolder();
        var split = Workflows.IndexOf("  {\n    \"WorkflowName\": \"Rates\"", StringComparison.Ordinal);
        split.ShouldBeGreaterThan(0);
        temp.Write("workflows/discounts.json", Workflows[..split].TrimEnd().TrimEnd(',') + "\n]\n");
        temp.Write("workflows/rates.json", "[\n" + Workflows[split..]);
        var order = temp.Write("workflows/order.sample.json", OrderSample);
        var shop = temp.Write("workflows/shop.sample.json", ShopSample);

        var result = ToolRun.Run("validate", temp.File("workflows"), "--input", $"input1={order}", "--input", $"input2={shop}");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.ShouldBe(["0 errors, 0 warnings in 2 files"], "EvaluateRule finds Rates in the other file");
    }

    [Fact]
    public void Without_input_a_folder_of_RulesEngine_files_says_what_is_missing_and_leaves_the_samples_alone()
    {
        var result = ToolRun.Run("validate", Path.Combine(Repository.Root, "examples", "rulesengine"));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines.Length.ShouldBe(2, result.ToString());
        result.OutLines[0].ShouldContain("discounts.json(6,41): error RS4023: 'input1' is not defined, and the inputs of workflow 'Discounts' are not declared; if 'input1' is an input, declare it with --input input1=FILE");
        result.OutLines[1].ShouldBe("1 error, 0 warnings in 1 file");
    }

    [Fact]
    public void The_example_in_the_repository_is_valid_with_its_sample_and_with_its_schema()
    {
        var rules = Path.Combine(Repository.Root, "examples", "rulesengine", "discounts.json");
        foreach (var declaration in new[] { "order.sample.json", "order.schema.json" })
        {
            var result = ToolRun.Run("validate", rules, "--input", $"input1={Path.Combine(Repository.Root, "examples", "rulesengine", declaration)}");

            result.ExitCode.ShouldBe(0, result.ToString());
            result.OutLines.ShouldBe(["0 errors, 0 warnings in 1 file"]);
        }
    }

    [Theory]
    [InlineData("input1", "error RS4021: 'input1' does not declare an input: write NAME=FILE, where FILE is a sample JSON document or a JSON Schema of the input, such as input1=order.sample.json")]
    [InlineData("=order.json", "error RS4021: '=order.json' does not declare an input: write NAME=FILE, where FILE is a sample JSON document or a JSON Schema of the input, such as input1=order.sample.json")]
    [InlineData("input1=", "error RS4021: 'input1=' does not declare an input: write NAME=FILE, where FILE is a sample JSON document or a JSON Schema of the input, such as input1=order.sample.json")]
    [InlineData("order.total=order.json", "error RS4021: 'order.total=order.json' does not declare an input: 'order.total' is not a name an expression can read; use letters, digits and _, not starting with a digit, such as input1")]
    public void An_input_that_is_not_NAME_equals_FILE_is_RS4021_and_exit_2(string value, string expected)
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);

        var result = ToolRun.Run("validate", rules, "--input", value);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldBe([expected]);
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_input_file_is_RS9001_and_exit_2()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);

        var result = ToolRun.Run("validate", rules, "--input", $"input1={temp.File("nowhere.json")}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldBe([$"error RS9001: '{temp.File("nowhere.json")}' does not exist"]);
    }

    [Fact]
    public void Malformed_JSON_in_an_input_file_is_RS1001_at_its_line_and_column_and_exit_2()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);
        var broken = temp.Write("order.json", "{\n  \"country\": \"NL\",\n  \"total\": 12,,\n}\n");

        var result = ToolRun.Run("validate", rules, "--input", $"input1={broken}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldHaveSingleItem().ShouldStartWith($"{broken}(3,15): error RS1001: ");
    }

    [Fact]
    public void A_document_an_input_cannot_be_declared_from_is_RS4022_and_exit_2()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);
        var list = temp.Write("orders.json", """[ { "total": 1 } ]""");

        var result = ToolRun.Run("validate", rules, "--input", $"input1={list}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldHaveSingleItem().ShouldStartWith($"{list}(1,1): error RS4022: input 'input1' cannot be declared from {list}: ");
    }

    [Fact]
    public void An_input_declared_twice_is_RS4016_and_exit_2()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("discounts.json", Workflows);
        var order = temp.Write("order.json", OrderSample);

        var result = ToolRun.Run("validate", rules, "--input", $"input1={order}", "--input", $"Input1={order}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldBe(["error RS4016: input 'Input1' is declared more than once"]);
    }

    [Fact]
    public void Input_without_a_file_to_check_is_bad_usage()
    {
        using var temp = new TempFolder();

        var result = ToolRun.Run("validate", "--input", $"input1={temp.Write("order.json", OrderSample)}");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("--input declares the inputs of RulesEngine files: name the files or folders to check");
    }

    private static (int Line, int Column) PositionOf(string file, string text)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (i + 1, at + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in {file}");
    }
}

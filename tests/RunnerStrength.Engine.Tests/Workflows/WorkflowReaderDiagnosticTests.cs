using RunnerStrength.Engine.Tests.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

/// <summary>Each rule below is written on line 4 starting at column 5; "{ \"RuleName\": \"r\", " puts the next property at column 24.</summary>
public sealed class WorkflowReaderDiagnosticTests
{
    [Fact]
    public void Invalid_JSON_reports_RS1001_and_no_workflows()
    {
        var result = Read("""{ "WorkflowName": "w", "Rules": [ } """);

        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, 35));
        result.Diagnostics[0].Message.ShouldBe("expected a value or ']', found '}'");
        result.Workflows.ShouldBeEmpty();
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void A_misspelt_property_reports_RS1003_with_a_suggestion()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expresion": "x" }""");

        // The rule also has no Expression now, which is its own problem.
        result.Diagnostics.ShouldBeDiagnostics(("RS4010", 4, 19), ("RS1003", 4, 24));
        result.Diagnostics[1].Message.ShouldEndWith("did you mean 'Expression'?");
    }

    [Fact]
    public void RulesEngine_WorkflowsToInject_is_read_with_the_place_of_each_name()
    {
        var result = Read("""{ "WorkflowName": "w", "WorkflowsToInject": ["x"], "Rules": [] }""");

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows[0].WorkflowsToInject.Select(w => (w.Name, w.Location.Column)).ShouldBe([("x", 46)]);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_reports_RS1004_once()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "Enabled": "yes" }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS1004", 4, 54));
        result.Diagnostics[0].Message.ShouldBe("'Enabled' must be true or false, found a string");
        result.Workflows[0].Rules[0].Enabled.ShouldBeTrue();
    }

    [Fact]
    public void A_root_that_is_not_a_workflow_reports_RS1004()
    {
        var result = Read("42");

        result.Diagnostics.ShouldBeDiagnostics(("RS1004", 1, 1));
        result.Diagnostics[0].Message.ShouldBe("'rules/test.json' must be a workflow object or an array of them, found a number");
    }

    [Fact]
    public void An_array_item_that_is_not_a_workflow_reports_RS1004()
    {
        var result = Read("""[{ "WorkflowName": "w", "Rules": [] }, 7]""");

        result.Diagnostics.ShouldBeDiagnostics(("RS1004", 1, 40));
        result.Workflows.Select(w => w.Name).ShouldBe(["w"]);
    }

    [Fact]
    public void A_missing_required_property_reports_RS1005()
    {
        var result = ReadRule("""{ "Expression": "x" }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS1005", 4, 5));
        result.Diagnostics[0].Arguments[1].ShouldBe("RuleName");
    }

    [Fact]
    public void The_same_property_in_another_case_reports_RS1007_and_the_last_one_wins()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "expression": "y" }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS1007", 4, 43));
        result.Workflows[0].Rules[0].Expression!.Text.ShouldBe("y");
    }

    [Fact]
    public void A_message_placeholder_without_its_closing_parenthesis_reports_RS1008()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "ErrorMessage": "only $(minutes( left" }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS1008", 4, 65));
    }

    [Fact]
    public void A_duplicate_rule_name_reports_RS4002_at_the_second_naming_the_first()
    {
        var result = Read("""
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "a", "Expression": "x" },
                { "RuleName": "b", "Operator": "Or", "Rules": [
                  { "RuleName": "a", "Expression": "y" } ] },
                { "RuleName": "a", "Expression": "z" }
              ]
            }
            """);

        // As in RulesEngine, only top-level names must differ: the child 'a' is not a duplicate.
        result.Diagnostics.ShouldBeDiagnostics(("RS4002", 7, 19));
        result.Diagnostics[0].Message.ShouldBe("rule 'a' is already defined in workflow 'w' at rules/test.json(4,19)");
    }

    [Fact]
    public void A_duplicate_param_name_reports_RS4003_at_the_second_naming_the_first()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "LocalParams": [{ "Name": "a", "Expression": "1" }, { "Name": "a", "Expression": "2" }] }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4003", 4, 105));
        result.Diagnostics[0].Message.ShouldBe("param 'a' is already defined at rules/test.json(4,69)");
    }

    [Fact]
    public void Rule_and_param_names_that_differ_only_in_case_are_duplicates()
    {
        var result = ReadRule("""{ "RuleName": "r", "Operator": "And", "LocalParams": [{ "Name": "Pace", "Expression": "1" }, { "Name": "pace", "Expression": "2" }], "Rules": [{ "RuleName": "R", "Expression": "y" }] }""");

        // The child 'R' may share its parent's name, as in RulesEngine; the params may not.
        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS4003"]);
    }

    [Fact]
    public void A_RuleExpressionType_other_than_LambdaExpression_reports_RS4009_only()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "RuleExpressionType": "Query" }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4009", 4, 65));
    }

    [Theory]
    [InlineData("""{ "RuleName": "r", "Expression": "x", "Rules": [{ "RuleName": "c", "Expression": "y" }] }""", "rule 'r' has both an Expression and child Rules; a rule has one or the other")]
    [InlineData("""{ "RuleName": "r" }""", "rule 'r' has neither an Expression nor child Rules")]
    [InlineData("""{ "RuleName": "r", "Operator": "And", "Rules": [] }""", "rule 'r' has neither an Expression nor child Rules")]
    [InlineData("""{ "RuleName": "r", "Rules": [{ "RuleName": "c", "Expression": "y" }] }""", "rule 'r' has child Rules but no Operator; add one of And, AndAlso, Or, OrElse")]
    public void A_rule_of_the_wrong_shape_reports_RS4010_at_its_name(string rule, string message)
    {
        var result = ReadRule(rule);

        result.Diagnostics.ShouldBeDiagnostics(("RS4010", 4, 19));
        result.Diagnostics[0].Message.ShouldBe(message);
    }

    [Fact]
    public void An_invalid_Operator_reports_RS4011_only()
    {
        var result = ReadRule("""{ "RuleName": "r", "Operator": "Andd", "Rules": [{ "RuleName": "c", "Expression": "x" }] }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4011", 4, 36));
        result.Diagnostics[0].Message.ShouldBe("'Andd' is not an Operator; expected And, AndAlso, Or or OrElse");
    }

    [Fact]
    public void An_unknown_action_reports_RS4012_only()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "Actions": { "OnSuccess": { "Name": "Email" } } }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4012", 4, 79));
        result.Workflows[0].Rules[0].OnSuccess.ShouldBeNull();
    }

    [Fact]
    public void An_OutputExpression_without_a_Context_reports_RS4014_at_the_action()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "Actions": { "OnSuccess": { "Name": "OutputExpression" } } }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4014", 4, 69));
        result.Diagnostics[0].Message.ShouldBe("action 'OutputExpression' needs 'Expression' in its Context");
    }

    [Fact]
    public void An_EvaluateRule_without_a_RuleName_reports_RS4014_at_the_Context()
    {
        var result = ReadRule("""{ "RuleName": "r", "Expression": "x", "Actions": { "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "w" } } } }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4014", 4, 106));
        result.Diagnostics[0].Message.ShouldBe("action 'EvaluateRule' needs 'RuleName' in its Context");
        var action = result.Workflows[0].Rules[0].OnFailure.ShouldNotBeNull();
        (action.WorkflowName, action.RuleName).ShouldBe(("w", null));
    }

    [Fact]
    public void An_invalid_HitPolicy_reports_RS4015_only()
    {
        var result = Read("""{ "WorkflowName": "w", "HitPolicy": "Any", "Rules": [] }""");

        result.Diagnostics.ShouldBeDiagnostics(("RS4015", 1, 37));
        result.Workflows[0].HitPolicy.ShouldBe(HitPolicy.All);
    }

    [Fact]
    public void A_file_reports_all_its_problems_in_one_run()
    {
        var result = Read("""
            [
              { "WorkflowName": "a", "HitPolicy": "Sometimes", "Rules": [
                { "RuleName": "r", "Operator": "Xor", "Rules": [ { "RuleName": "c", "Expression": "x" } ] },
                { "RuleName": "r", "Expresion": "y" }
              ] },
              { "WorkflowName": "b", "GlobalParams": [ { "Name": "p" } ], "Rules": [
                { "RuleName": "s", "Expression": 5, "Actions": { "OnSuccess": { "Name": "Notify" } } }
              ] }
            ]
            """);

        result.Diagnostics.ShouldBeDiagnostics(
            ("RS4015", 2, 39),
            ("RS4011", 3, 36),
            ("RS4002", 4, 19),
            ("RS4010", 4, 19),
            ("RS1003", 4, 24),
            ("RS1005", 6, 44),
            ("RS1004", 7, 38),
            ("RS4012", 7, 77));
        result.Workflows.Select(w => w.Name).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void A_rule_without_a_name_is_still_checked_and_named_for_what_it_lacks()
    {
        var result = ReadRule("{ }");

        result.Diagnostics.ShouldBeDiagnostics(("RS1005", 4, 5), ("RS4010", 4, 5));
        result.Diagnostics[1].Message.ShouldBe("rule '(without a RuleName)' has neither an Expression nor child Rules");
    }

    [Fact]
    public void A_file_nested_100000_deep_reports_RS1001_without_exhausting_the_stack()
    {
        // The object is level 1, so the 64th bracket (column 33 + 63) is the first past the limit.
        var result = Read("""{ "WorkflowName": "w", "Rules": """ + new string('[', 100_000));

        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, 96));
        result.Workflows.ShouldBeEmpty();
    }

    [Fact]
    public void Rules_nested_30_deep_are_read_and_checked()
    {
        // The workflow, its Rules and each rule with its Rules take two levels apiece: the leaf sits at level 63 of 64.
        const int Depth = 30;
        var json = "{ \"WorkflowName\": \"w\", \"Rules\": [";
        for (var i = 0; i < Depth; i++)
        {
            json += $"{{ \"RuleName\": \"r{i}\", \"Operator\": \"And\", \"Rules\": [";
        }

        json += "{ \"RuleName\": \"leaf\", \"Expression\": \"true\" }" + string.Concat(Enumerable.Repeat("] }", Depth)) + "] }";

        var result = Read(json);

        result.Diagnostics.ShouldBeEmpty();
        var rule = result.Workflows[0].Rules[0];
        while (!rule.Rules.IsEmpty)
        {
            rule = rule.Rules.ShouldHaveSingleItem();
        }

        rule.Name.ShouldBe("leaf");
    }

    [Theory]
    [InlineData(60, 0)]
    [InlineData(61, 1)]
    public void A_rule_file_may_nest_64_levels_deep(int arrays, int errors)
    {
        // The workflow, Rules, the rule and Properties are four levels; the arrays add the rest.
        var json = """{ "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true", "Properties": { "p": """
            + new string('[', arrays) + new string(']', arrays) + " } } ] }";

        var result = Read(json);

        result.Diagnostics.Count(d => d.Code == "RS1001").ShouldBe(errors);
        result.Diagnostics.Length.ShouldBe(errors);
        result.Diagnostics.ShouldAllBe(d => d.Message == "the JSON nests deeper than 64 levels");
    }

    private static WorkflowReadResult Read(string json) => WorkflowReader.Read(SourceText.From(json, "rules/test.json"));

    private static WorkflowReadResult ReadRule(string rule) => Read($$"""
        {
          "WorkflowName": "w",
          "Rules": [
            {{rule}}
          ]
        }
        """);
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Tests.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

/// <summary>
/// Most files here are one line written by <see cref="Chain"/>: the workflow name at column 19 and the OnFailure
/// action's object at column 102 (names are one letter).
/// </summary>
public sealed class RuleSetStructureTests
{
    [Fact]
    public void A_well_formed_rule_set_has_no_structure_problems()
    {
        var workflows = ReadAll(("a.json", Chain("a", "x", "b", "y")), ("b.json", Plain("b", "y")));

        RuleSetStructure.Check(workflows, maxRules: 100).ShouldBeEmpty();
    }

    [Fact]
    public void A_duplicate_workflow_name_reports_RS4001_at_the_second_naming_the_first()
    {
        var workflows = ReadAll(("a.json", Plain("a", "x")), ("b.json", Plain("a", "y")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.ShouldBeDiagnostics(("RS4001", 1, 19));
        diagnostics[0].Location.Path.ShouldBe("b.json");
        diagnostics[0].Message.ShouldBe("workflow 'a' is already defined at a.json(1,19)");
    }

    [Fact]
    public void Workflow_names_that_differ_only_in_case_are_duplicates()
    {
        var workflows = ReadAll(("a.json", Plain("taper", "x")), ("b.json", Plain("Taper", "y")));

        RuleSetStructure.Check(workflows, maxRules: 100).ShouldBeDiagnostics(("RS4001", 1, 19));
    }

    [Fact]
    public void EvaluateRule_finds_workflows_and_rules_in_any_case_and_so_do_cycles()
    {
        var workflows = ReadAll(("a.json", Chain("a", "x", "B", "Y")), ("b.json", Chain("b", "y", "A", "x")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("EvaluateRule actions form a cycle: a/x -> b/y -> a/x");
    }

    [Fact]
    public void An_EvaluateRule_to_a_missing_workflow_reports_RS4005_with_a_suggestion()
    {
        var workflows = ReadAll(("a.json", Chain("a", "x", "tapr", "y")), ("taper.json", Plain("taper", "y")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.ShouldBeDiagnostics(("RS4005", 1, 102));
        diagnostics[0].Message.ShouldBe("there is no workflow 'tapr'; did you mean 'taper'?");
    }

    [Fact]
    public void An_EvaluateRule_to_a_missing_rule_reports_RS4006_with_a_suggestion()
    {
        var workflows = ReadAll(("a.json", Chain("a", "x", "b", "Bild")), ("b.json", Plain("b", "Build")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.ShouldBeDiagnostics(("RS4006", 1, 102));
        diagnostics[0].Message.ShouldBe("workflow 'b' has no rule 'Bild'; did you mean 'Build'?");
    }

    [Fact]
    public void A_name_nothing_like_any_other_gets_no_suggestion()
    {
        var workflows = ReadAll(("a.json", Chain("a", "x", "zzzzzzzz", "y")));

        RuleSetStructure.Check(workflows, maxRules: 100).ShouldHaveSingleItem().Message.ShouldBe("there is no workflow 'zzzzzzzz'");
    }

    [Fact]
    public void A_cycle_through_three_workflows_is_reported_once_listing_the_cycle()
    {
        var workflows = ReadAll(
            ("a.json", Chain("a", "x", "b", "y")),
            ("b.json", Chain("b", "y", "c", "z")),
            ("c.json", Chain("c", "z", "a", "x")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.ShouldBeDiagnostics(("RS4007", 1, 102));
        diagnostics[0].Location.Path.ShouldBe("a.json");
        diagnostics[0].Message.ShouldBe("EvaluateRule actions form a cycle: a/x -> b/y -> c/z -> a/x");
    }

    [Fact]
    public void A_cycle_is_listed_from_its_earliest_rule_in_file_order_even_when_entered_elsewhere()
    {
        // The search starts at p/q, outside the cycle, and enters it at b/y.
        var workflows = ReadAll(
            ("p.json", Chain("p", "q", "b", "y")),
            ("a.json", Chain("a", "x", "b", "y")),
            ("b.json", Chain("b", "y", "a", "x")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("EvaluateRule actions form a cycle: a/x -> b/y -> a/x");
        diagnostics[0].Location.Path.ShouldBe("a.json");
    }

    [Fact]
    public void A_rule_that_evaluates_itself_is_a_cycle()
    {
        var diagnostics = RuleSetStructure.Check(ReadAll(("a.json", Chain("a", "x", "a", "x"))), maxRules: 100);

        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("EvaluateRule actions form a cycle: a/x -> a/x");
    }

    [Fact]
    public void Separate_cycles_are_each_reported_and_two_actions_along_one_cycle_count_once()
    {
        const string BothActions = """
            { "WorkflowName": "a", "Rules": [ { "RuleName": "x", "Expression": "true", "Actions": {
              "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "b", "RuleName": "y" } },
              "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "b", "RuleName": "y" } } } } ] }
            """;
        var workflows = ReadAll(
            ("a.json", BothActions),
            ("b.json", Chain("b", "y", "a", "x")),
            ("c.json", Chain("c", "z", "c", "z")));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 100);

        diagnostics.Select(d => d.Message).ShouldBe([
            "EvaluateRule actions form a cycle: a/x -> b/y -> a/x",
            "EvaluateRule actions form a cycle: c/z -> c/z",
        ]);
        (diagnostics[0].Location.Line, diagnostics[0].Location.Column).ShouldBe((2, 16));
    }

    [Fact]
    public void Paths_that_meet_again_without_a_cycle_are_not_reported()
    {
        var diamond = """
            { "WorkflowName": "a", "Rules": [ { "RuleName": "x", "Expression": "true", "Actions": {
              "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "b", "RuleName": "y" } },
              "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "c", "RuleName": "z" } } } } ] }
            """;
        var workflows = ReadAll(("a.json", diamond), ("b.json", Chain("b", "y", "d", "w")), ("c.json", Chain("c", "z", "d", "w")), ("d.json", Plain("d", "w")));

        RuleSetStructure.Check(workflows, maxRules: 100).ShouldBeEmpty();
    }

    [Fact]
    public void An_action_on_a_child_rule_runs_with_its_top_level_rule_and_can_close_a_cycle()
    {
        const string Nested = """
            { "WorkflowName": "a", "Rules": [ { "RuleName": "x", "Operator": "And", "Rules": [
              { "RuleName": "child", "Expression": "true", "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "b", "RuleName": "y" } } } } ] } ] }
            """;

        var diagnostics = RuleSetStructure.Check(ReadAll(("a.json", Nested), ("b.json", Chain("b", "y", "a", "x"))), maxRules: 100);

        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("EvaluateRule actions form a cycle: a/x -> b/y -> a/x");
    }

    [Fact]
    public void EvaluateRule_may_only_name_a_top_level_rule()
    {
        var workflows = ReadAll(
            ("a.json", Chain("a", "x", "b", "c")),
            ("b.json", """{ "WorkflowName": "b", "Rules": [ { "RuleName": "y", "Operator": "Or", "Rules": [ { "RuleName": "c", "Expression": "true" } ] } ] }"""));

        RuleSetStructure.Check(workflows, maxRules: 100).ShouldBeDiagnostics(("RS4006", 1, 102));
    }

    [Fact]
    public void A_cycle_10000_workflows_long_is_found_without_exhausting_the_stack()
    {
        const int Count = 10_000;
        var file = SourceText.From(string.Empty, "generated.json");
        var workflows = Enumerable.Range(0, Count).Select(i => Generated(file, $"w{i}", $"w{(i + 1) % Count}")).ToList();

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: Count);

        var message = diagnostics.ShouldHaveSingleItem().Message;
        message.ShouldStartWith("EvaluateRule actions form a cycle: w0/r -> w1/r -> w2/r");
        message.ShouldEndWith("w9999/r -> w0/r");
    }

    [Fact]
    public void More_rules_than_the_limit_counting_child_rules_reports_RS4008_at_the_first_rule_over()
    {
        var workflows = ReadAll(("a.json", """
            { "WorkflowName": "a", "Rules": [
              { "RuleName": "p", "Operator": "And", "Rules": [
                { "RuleName": "c1", "Expression": "true" },
                { "RuleName": "c2", "Expression": "true" } ] },
              { "RuleName": "q", "Expression": "true" } ] }
            """));

        var diagnostics = RuleSetStructure.Check(workflows, maxRules: 3);

        diagnostics.ShouldBeDiagnostics(("RS4008", 5, 17));
        diagnostics[0].Message.ShouldBe("the rule set has 4 rules; the limit is 3");
        RuleSetStructure.Check(workflows, maxRules: 4).ShouldBeEmpty();
    }

    private static string Plain(string workflow, string rule) =>
        $$"""{ "WorkflowName": "{{workflow}}", "Rules": [ { "RuleName": "{{rule}}", "Expression": "true" } ] }""";

    private static string Chain(string workflow, string rule, string targetWorkflow, string targetRule) =>
        $$"""{ "WorkflowName": "{{workflow}}", "Rules": [ { "RuleName": "{{rule}}", "Expression": "true", "Actions": { "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "{{targetWorkflow}}", "RuleName": "{{targetRule}}" } } } } ] }""";

    private static List<WorkflowDefinition> ReadAll(params (string Path, string Json)[] files)
    {
        var workflows = new List<WorkflowDefinition>();
        foreach (var (path, json) in files)
        {
            var result = WorkflowReader.Read(SourceText.From(json, path));
            result.Diagnostics.ShouldBeEmpty();
            workflows.AddRange(result.Workflows);
        }

        return workflows;
    }

    private static WorkflowDefinition Generated(SourceText file, string name, string next)
    {
        var location = new Location(file, default);
        return new WorkflowDefinition
        {
            Name = name,
            NameLocation = location,
            Location = location,
            Rules = ImmutableArray.Create(new RuleDefinition
            {
                Name = "r",
                NameLocation = location,
                Location = location,
                Expression = ExpressionText.FromString("true"),
                OnFailure = new ActionDefinition { Kind = ActionKind.EvaluateRule, Location = location, WorkflowName = next, RuleName = "r" },
            }),
        };
    }
}

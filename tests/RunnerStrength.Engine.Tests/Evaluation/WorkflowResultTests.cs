using System.Text.Json;
using RunnerStrength.Engine.Evaluation;
using static RunnerStrength.Engine.Tests.Evaluation.RuleFiles;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>What evaluating a workflow reports per rule: outcome, failure, messages, children, actions, events.</summary>
public sealed class WorkflowResultTests
{
    [Fact]
    public void Each_rule_reports_success_and_the_rest_still_run_after_a_failure()
    {
        var json = Workflow(
            ("enough", "athlete.sessionMinutes >= 30"),
            ("nullRead", "athlete.race.distance == \"marathon\""),
            ("divide", "athlete.sessionMinutes / athlete.readiness.soreness.Value > 1"),
            ("zero", "100 / (athlete.sessionMinutes - athlete.sessionMinutes) > 1"),
            ("modulo", "athlete.totalSteps % (athlete.sessionMinutes * 0) == 0"),
            ("after", "athlete.name == \"Bo\""));
        var athlete = Athlete.Sparse with { SessionMinutes = 40 };

        var results = Evaluate(json, athlete).Results;

        results.Select(r => (r.RuleName, r.IsSuccess, r.ExceptionMessage)).ShouldBe(
        [
            ("enough", true, null),
            ("nullRead", false, "rules.json(5,46): error RS3132: 'athlete.race' is null, so 'athlete.race.distance' cannot be read"),
            ("divide", false, "rules.json(6,44): error RS3132: 'athlete.readiness' is null, so 'athlete.readiness.soreness' cannot be read"),
            ("zero", false, "rules.json(7,42): error RS3125: 100 / (athlete.sessionMinutes - athlete.sessionMinutes) divides by zero"),
            ("modulo", false, "rules.json(8,44): error RS3125: athlete.totalSteps % (athlete.sessionMinutes * 0) divides by zero"),
            ("after", true, null),
        ]);
    }

    [Theory]
    [InlineData("athlete.history.First(h => h.rpe > 100).sets > 0", "RS3133", "no item of the list matches")]
    [InlineData("athlete.history.Skip(10).First().sets > 0", "RS3133", "the list is empty")]
    [InlineData("athlete.equipment[5] == \"x\"", "RS3134", "the index is outside the list")]
    [InlineData("athlete.weeklyKm[-1] > 0", "RS3134", "the index is outside the list")]
    [InlineData("athlete.name[10] == \"x\"", "RS3134", "the index is outside the text")]
    [InlineData("athlete.scores[\"bench\"] > 0", "RS3135", "the key 'bench' is not in the dictionary")]
    [InlineData("athlete.history[2].reps.Value > 0", "RS3132", "'athlete.history[2].reps' is null, so 'athlete.history[2].reps.Value' cannot be read")]
    [InlineData("athlete.history.Where(h => h.reps.Value > 1).Count() > 0", "RS3132", "'h.reps' is null, so 'h.reps.Value' cannot be read")]
    [InlineData("Math.Abs(-2147483647 - 1) > 0", "RS3137", "a number grew too large")]
    [InlineData("Math.Round(2.5, 16) > 0", "RS3137", "Math.Round keeps 0 to 15 digits")]
    [InlineData("athlete.weeklyKm.Skip(3).Min() > 0", "RS3133", "the list is empty")]
    [InlineData("athlete.history.Where(h => h.reps > 100).Average(h => h.sets) > 0", "RS3133", "the list is empty")]
    public void Evaluation_failures_become_the_rules_exception_message(string expression, string code, string message)
    {
        var json = Workflow(("r", expression));
        var result = Evaluate(json).Results.Single();
        result.IsSuccess.ShouldBeFalse();
        result.ExceptionMessage.ShouldBe(FailureAt(json, expression, $"error {code}: {message}"));
    }

    [Fact]
    public void Error_messages_fill_placeholders_only_when_the_rule_fails()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "short", "Expression": "athlete.sessionMinutes > 60",
                  "ErrorMessage": "only $(athlete.sessionMinutes) minutes ($(athlete.level), $(athlete.readiness.sleepHours)h, $(athlete.bodyWeightKg) kg, $(athlete.equipment), race $(athlete.race.date)); need $(60 - athlete.sessionMinutes) more" },
                { "RuleName": "ok", "Expression": "true", "ErrorMessage": "never $(athlete.name)" },
                { "RuleName": "broken", "Expression": "false", "ErrorMessage": "distance $(athlete.race.distance)!" },
                { "RuleName": "plain", "Expression": "false", "ErrorMessage": "no placeholders" }
              ]
            }
            """;
        var results = Evaluate(Json).Results;
        results[0].ErrorMessage.ShouldBe("only 35 minutes (intermediate, 7.5h, 62.5 kg, bands, dumbbells, race 2027-03-14); need 25 more");
        results[1].ErrorMessage.ShouldBeNull();
        results[3].ErrorMessage.ShouldBe("no placeholders");

        var sparse = Compile(Json).Evaluate("w", [new RuleInput("athlete", Athlete.Sparse)], EvaluationOptions.Default);
        sparse.Results[2].ErrorMessage.ShouldBe("distance (error RS3132: 'athlete.race' is null, so 'athlete.race.distance' cannot be read)!");
    }

    [Theory]
    [InlineData("And", new[] { true, false, true }, false, 3)]
    [InlineData("And", new[] { true, true }, true, 2)]
    [InlineData("AndAlso", new[] { true, false, true }, false, 2)]
    [InlineData("AndAlso", new[] { true, true }, true, 2)]
    [InlineData("Or", new[] { false, true, false }, true, 3)]
    [InlineData("Or", new[] { false, false }, false, 2)]
    [InlineData("OrElse", new[] { false, true, false }, true, 2)]
    [InlineData("OrElse", new[] { false, false }, false, 2)]
    public void Child_rules_combine_by_their_operator(string op, bool[] children, bool expected, int evaluated)
    {
        var rules = string.Join(",\n", children.Select((c, i) => $"{{ \"RuleName\": \"c{i}\", \"Expression\": \"{(c ? "true" : "false")}\" }}"));
        var json = $$"""
            { "WorkflowName": "w", "Rules": [ { "RuleName": "parent", "Operator": "{{op}}", "ErrorMessage": "failed", "Rules": [ {{rules}} ] } ] }
            """;
        var parent = Evaluate(json).Results.Single();
        parent.IsSuccess.ShouldBe(expected);
        parent.ChildResults.Count.ShouldBe(evaluated);
        parent.ChildResults.Select(c => c.IsSuccess).ShouldBe(children.Take(evaluated));
        parent.ErrorMessage.ShouldBe(expected ? null : "failed");
    }

    [Fact]
    public void A_failing_child_fails_an_And_parent_and_nested_children_nest_results()
    {
        const string Json = """
            { "WorkflowName": "w", "Rules": [
              { "RuleName": "p", "Operator": "Or", "Rules": [
                { "RuleName": "broken", "Expression": "athlete.race.distance == \"x\"" },
                { "RuleName": "inner", "Operator": "AndAlso", "Rules": [
                  { "RuleName": "i1", "Expression": "athlete.sessionMinutes >= 0" },
                  { "RuleName": "i2", "Expression": "athlete.name == \"Bo\"" } ] } ] } ] }
            """;
        var parent = Evaluate(Json, Athlete.Sparse).Results.Single();
        parent.IsSuccess.ShouldBeTrue();
        parent.ChildResults[0].ExceptionMessage.ShouldNotBeNull();
        parent.ChildResults[1].ChildResults.Select(c => c.RuleName).ShouldBe(["i1", "i2"]);
    }

    [Fact]
    public void Actions_output_values_and_evaluate_other_rules()
    {
        const string Json = """
            [
              { "WorkflowName": "w", "Rules": [
                { "RuleName": "out", "Expression": "athlete.sessionMinutes > 30",
                  "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "athlete.sessionMinutes * 2" } },
                               "OnFailure": { "Name": "OutputExpression", "Context": { "Expression": "\"never\"" } } } },
                { "RuleName": "fails", "Expression": "athlete.sessionMinutes > 300",
                  "Actions": { "OnFailure": { "Name": "OutputExpression", "Context": { "Expression": "athlete.history.Where(h => h.reps > 5).Select(h => h.exercise)" } } } },
                { "RuleName": "delegates", "Expression": "true",
                  "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "other", "RuleName": "level" } } } },
                { "RuleName": "brokenOutput", "Expression": "true",
                  "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "athlete.race.distance" } } } }
              ] },
              { "WorkflowName": "other", "Rules": [ { "RuleName": "level", "Expression": "athlete.level == \"intermediate\"" } ] }
            ]
            """;
        var set = Compile(Json);
        var results = set.Evaluate("w", new RuleInput("athlete", Athlete.Sample)).Results;

        results[0].ActionResult.ShouldBe(new ActionResult(70, null, null));
        results[1].ActionResult!.Output.ShouldBe(new[] { "glute-bridge", "push-up" });
        // As RulesEngine's: the output of the evaluated rule's own action ('level' has none), its outcome in EvaluatedRule.
        results[2].ActionResult!.Output.ShouldBeNull();
        results[2].ActionResult!.EvaluatedRule!.RuleName.ShouldBe("level");
        results[2].ActionResult!.EvaluatedRule!.IsSuccess.ShouldBeTrue();
        results[3].ActionResult!.Output.ShouldBe("marathon");

        var sparse = set.Evaluate("w", new RuleInput("athlete", Athlete.Sparse)).Results;
        sparse[2].ActionResult!.EvaluatedRule!.IsSuccess.ShouldBeFalse();
        sparse[3].ActionResult!.ExceptionMessage.ShouldBe("rules.json(11,91): error RS3132: 'athlete.race' is null, so 'athlete.race.distance' cannot be read");
        sparse[3].IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateRule_passes_inputs_by_name_to_a_workflow_that_declares_them_in_another_order()
    {
        const string Json = """
            [
              { "WorkflowName": "main", "Rules": [ { "RuleName": "r", "Expression": "true",
                "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "t" } } } } ] },
              { "WorkflowName": "target", "Rules": [ { "RuleName": "t", "Expression": "minimum < athlete.sessionMinutes" } ] }
            ]
            """;
        var options = Options
            .WithWorkflowInputs("main", Engine.Binding.InputDeclaration.Of<Athlete>("athlete"), Engine.Binding.InputDeclaration.Of<int>("minimum"))
            .WithWorkflowInputs("target", Engine.Binding.InputDeclaration.Of<int>("minimum"), Engine.Binding.InputDeclaration.Of<Athlete>("athlete"));
        var set = Compile(Json, options);

        set.Evaluate("main", new RuleInput("athlete", Athlete.Sample), new RuleInput("minimum", 30)).Results[0].ActionResult!.EvaluatedRule!.IsSuccess.ShouldBeTrue();
        set.Evaluate("main", new RuleInput("minimum", 40), new RuleInput("athlete", Athlete.Sample)).Results[0].ActionResult!.EvaluatedRule!.IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void EvaluateRule_to_a_workflow_needing_an_input_this_one_lacks_reports_RS4017()
    {
        const string Json = """
            [
              { "WorkflowName": "main", "Rules": [ { "RuleName": "r", "Expression": "true",
                "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "target", "RuleName": "t" } } } } ] },
              { "WorkflowName": "target", "Rules": [ { "RuleName": "t", "Expression": "minimum > 1" } ] }
            ]
            """;
        var options = Options.WithWorkflowInputs("target", Engine.Binding.InputDeclaration.Of<int>("minimum"));
        var result = Load(Json, options);
        result.Diagnostics.ShouldBeDiagnostics(At("RS4017", Json, "{ \"Name\": \"EvaluateRule\""));
        result.Diagnostics[0].Message.ShouldBe("workflow 'target' needs the input 'minimum' (Int32), which this workflow does not have");
    }

    [Fact]
    public void Success_events_properties_and_source_locations_come_with_each_result()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "a", "Expression": "true", "SuccessEvent": "add-core", "Properties": { "priority": 2, "tags": ["x"] } },
                { "RuleName": "b", "Expression": "false", "SuccessEvent": "never" }
              ]
            }
            """;
        var results = Evaluate(Json).Results;
        results[0].SuccessEvent.ShouldBe("add-core");
        results[0].Properties["priority"].GetInt32().ShouldBe(2);
        results[0].Properties["tags"].ValueKind.ShouldBe(JsonValueKind.Array);
        results[0].Source.ToString().ShouldBe($"rules.json{FormatPosition(Json, "{ \"RuleName\": \"a\"")}");
        results[1].SuccessEvent.ShouldBeNull();
        results[1].Properties.ShouldBeEmpty();
    }

    [Fact]
    public void HitPolicy_First_stops_at_the_first_success_and_disabled_rules_are_skipped()
    {
        const string Json = """
            {
              "WorkflowName": "w", "HitPolicy": "First",
              "Rules": [
                { "RuleName": "no", "Expression": "false" },
                { "RuleName": "off", "Expression": "true", "Enabled": false },
                { "RuleName": "yes", "Expression": "true" },
                { "RuleName": "later", "Expression": "true" }
              ]
            }
            """;
        var result = Evaluate(Json);
        result.Results.Select(r => r.RuleName).ShouldBe(["no", "yes"]);
        result.AnySucceeded.ShouldBeTrue();
        result.Successes.Single().RuleName.ShouldBe("yes");
        result.Find("YES").ShouldNotBeNull();
        result.Find("later").ShouldBeNull();

        var all = Evaluate(Json.Replace("\"First\"", "\"All\"", StringComparison.Ordinal));
        all.Results.Select(r => r.RuleName).ShouldBe(["no", "yes", "later"]);
    }

    [Fact]
    public void Disabled_child_rules_are_skipped()
    {
        const string Json = """
            { "WorkflowName": "w", "Rules": [ { "RuleName": "p", "Operator": "And", "Rules": [
                { "RuleName": "c1", "Expression": "true" },
                { "RuleName": "c2", "Expression": "false", "Enabled": false } ] } ] }
            """;
        var parent = Evaluate(Json).Results.Single();
        parent.IsSuccess.ShouldBeTrue();
        parent.ChildResults.Select(c => c.RuleName).ShouldBe(["c1"]);
    }

    [Fact]
    public void Inputs_are_given_by_name_or_in_order_and_checked()
    {
        var set = Compile(Workflow(("r", "athlete.sessionMinutes > 30")));
        var workflow = set["W"];
        workflow.Evaluate([Athlete.Sample]).Results[0].IsSuccess.ShouldBeTrue();
        workflow.Evaluate([new RuleInput("ATHLETE", Athlete.Sample)]).Results[0].IsSuccess.ShouldBeTrue();
        workflow.Evaluate([null]).Results[0].ExceptionMessage.ShouldBe("rules.json(4,39): error RS3132: 'athlete' is null, so 'athlete.sessionMinutes' cannot be read");

        // A missing input fails the rules, each naming it, as in RulesEngine; a wrong one is the host's mistake.
        workflow.Evaluate(Array.Empty<RuleInput>()).Results[0].ExceptionMessage.ShouldBe("rules.json(4,5): error RS3152: input 'athlete' was not given; workflow 'w' reads athlete");
        Should.Throw<ArgumentException>(() => workflow.Evaluate(["not an athlete"]));
        Should.Throw<ArgumentException>(() => workflow.Evaluate([Athlete.Sample, Athlete.Sample]));
        Should.Throw<KeyNotFoundException>(() => set["missing"]);
        set.TryGetWorkflow("missing", out _).ShouldBeFalse();
    }

    private static string FormatPosition(string json, string marker)
    {
        var (line, column) = PositionOf(json, marker);
        return $"({line},{column})";
    }
}

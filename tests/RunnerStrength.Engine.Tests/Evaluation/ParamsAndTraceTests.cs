using RunnerStrength.Engine.Evaluation;
using static RunnerStrength.Engine.Tests.Evaluation.RuleFiles;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>GlobalParams and LocalParams take the type of their expression; a trace explains a rule's outcome.</summary>
public sealed class ParamsAndTraceTests
{
    [Fact]
    public void Params_take_the_type_of_their_expression_and_see_earlier_params()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "GlobalParams": [
                { "Name": "minutes", "Expression": "athlete.sessionMinutes" },
                { "Name": "hours", "Expression": "minutes / 60.0" },
                { "Name": "level", "Expression": "athlete.level" },
                { "Name": "heavy", "Expression": "athlete.history.Where(h => h.rpe >= 7)" },
                { "Name": "race", "Expression": "athlete.race" }
              ],
              "Rules": [
                { "RuleName": "globals", "Expression": "minutes == 35 && hours > 0.5 && level == \"intermediate\" && heavy.Count() == 2 && race.distance == \"marathon\"" },
                { "RuleName": "locals", "Expression": "ratio > 0.5 && first == \"push-up\" && LONG",
                  "LocalParams": [
                    { "Name": "ratio", "Expression": "heavy.Count() / 3.0" },
                    { "Name": "first", "Expression": "heavy.First().exercise" },
                    { "Name": "long", "Expression": "minutes >= 30" }
                  ] },
                { "RuleName": "parent", "Operator": "And",
                  "LocalParams": [ { "Name": "sets", "Expression": "athlete.history.Sum(h => h.sets)" } ],
                  "Rules": [
                    { "RuleName": "child", "Expression": "sets == 9 && total > 9",
                      "LocalParams": [ { "Name": "total", "Expression": "sets + 1" } ],
                      "ErrorMessage": "sets $(sets), total $(total)" }
                  ],
                  "ErrorMessage": "parent sees $(sets)" }
              ]
            }
            """;
        var results = Evaluate(Json).Results;
        results.Select(r => (r.RuleName, r.IsSuccess, r.ExceptionMessage)).ShouldBe(
        [
            ("globals", true, null),
            ("locals", true, null),
            ("parent", true, null),
        ]);
        results[2].ChildResults.Single().IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_global_param_that_fails_fails_only_the_rules_that_read_it()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "GlobalParams": [ { "Name": "distance", "Expression": "athlete.race.distance" } ],
              "Rules": [
                { "RuleName": "reads", "Expression": "distance == \"marathon\"" },
                { "RuleName": "ignores", "Expression": "athlete.name == \"Bo\"" }
              ]
            }
            """;
        var results = Evaluate(Json, Athlete.Sparse).Results;
        results[0].ExceptionMessage.ShouldBe("rules.json(5,43): error RS3136: global param 'distance' could not be computed: rules.json(3,58): error RS3132: 'athlete.race' is null, so 'athlete.race.distance' cannot be read");
        results[1].IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_global_param_is_computed_once_per_evaluation()
    {
        var calls = 0;
        var options = Options with { Functions = Engine.Binding.FunctionRegistry.Empty.Add("count", () => ++calls) };
        const string Json = """
            { "WorkflowName": "w", "GlobalParams": [ { "Name": "n", "Expression": "count()" } ],
              "Rules": [ { "RuleName": "a", "Expression": "n > 0" }, { "RuleName": "b", "Expression": "n > 0" }, { "RuleName": "c", "Expression": "n == n" } ] }
            """;
        var set = Compile(Json, options);
        set.Evaluate("w", new RuleInput("athlete", Athlete.Sample));
        calls.ShouldBe(1);
        set.Evaluate("w", new RuleInput("athlete", Athlete.Sample));
        calls.ShouldBe(2);
    }

    [Fact]
    public void A_trace_records_the_values_that_decided_a_rule()
    {
        var json = Workflow(("why", "athlete.sessionMinutes > 40 && athlete.level == \"advanced\""), ("other", "athlete.name == \"Ana\""));
        var set = Compile(json);
        var traced = set.Evaluate("w", [new RuleInput("athlete", Athlete.Sample)], EvaluationOptions.Traced).Results;

        traced[0].IsSuccess.ShouldBeFalse();
        var lines = traced[0].Trace.Select(e => e.ToString()).ToList();
        lines.ShouldContain("athlete.sessionMinutes = 35");
        lines.ShouldContain("athlete.sessionMinutes > 40 = false");
        lines.ShouldContain("athlete.sessionMinutes > 40 && athlete.level == \"advanced\" = false");

        // && short-circuits, so the right side was never computed and is not in the trace.
        lines.ShouldNotContain(l => l.StartsWith("athlete.level", StringComparison.Ordinal));
        traced[0].Trace[0].Site.Location.ToString().ShouldBe($"rules.json({PositionOf(json, "athlete.sessionMinutes >").Line},{PositionOf(json, "athlete.sessionMinutes >").Column})");
        traced[1].Trace.Select(e => e.ToString()).ShouldContain("athlete.name = \"Ana\"");

        set.Evaluate("w", [new RuleInput("athlete", Athlete.Sample)], EvaluationOptions.Default).Results[0].Trace.ShouldBeEmpty();
    }

    [Fact]
    public void A_trace_holds_finished_values_never_a_list_still_to_be_computed()
    {
        // Reading the trace must not run the rule again: Where(...) is lazy, so only what it fed (Count) is recorded.
        var json = Workflow(("lazy", "athlete.history.Where(h => h.reps.Value > 1).Count() > 0"), ("list", "athlete.equipment.Where(e => e.Length > 5).Count() == 1"));
        var results = Compile(json).Evaluate("w", [new RuleInput("athlete", Athlete.Sample)], EvaluationOptions.Traced).Results;
        results[0].ExceptionMessage.ShouldBe("rules.json(4,42): error RS3132: 'h.reps' is null, so 'h.reps.Value' cannot be read");
        results[0].Trace.ShouldBeEmpty();
        results[1].Trace.Select(e => e.ToString()).ShouldBe(
        [
            "athlete.equipment = bands, dumbbells",
            "athlete.equipment.Where(e => e.Length > 5).Count() = 1",
            "athlete.equipment.Where(e => e.Length > 5).Count() == 1 = true",
        ]);
    }

    [Fact]
    public void A_trace_shows_enum_values_in_their_json_spelling_and_covers_locals()
    {
        const string Json = """
            { "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "lvl == \"advanced\"",
              "LocalParams": [ { "Name": "lvl", "Expression": "athlete.level" } ] } ] }
            """;
        var result = Compile(Json).Evaluate("w", [new RuleInput("athlete", Athlete.Sample)], EvaluationOptions.Traced).Results.Single();
        result.Trace.Select(e => e.ToString()).ShouldBe(["athlete.level = intermediate", "lvl = intermediate", "lvl == \"advanced\" = false"]);
    }
}

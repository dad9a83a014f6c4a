using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// Rules run interpreted for their first calls, then fused and IL-compiled; the swap happens on the thread pool while
/// other threads evaluate, and changes no result.
/// </summary>
public sealed class TieredCompilationTests
{
    private static readonly string Json = RuleFiles.Workflow(
        ("any", "athlete.history.Any(h => h.reps >= 15 && (h.rpe == null || h.rpe <= 7))"),
        ("sum", "athlete.history.Sum(h => h.sets) >= 9"),
        ("nested", "athlete.history.Count(h => athlete.history.Any(g => g.rpe > h.rpe)) == 2"),
        ("where", "athlete.history.Where(h => h.sets == 3).Select(h => h.exercise).First() == \"glute-bridge\""),
        ("fails", "athlete.race.distance == \"marathon\" && athlete.history.Min(h => h.sets) > 100"),
        ("plain", "athlete.sessionMinutes > 30"));

    [Fact]
    public async Task Results_stay_the_same_while_rules_move_from_interpreted_to_compiled()
    {
        var workflow = RuleFiles.Compile(Json)["w"];
        var expected = Describe(workflow.Evaluate(new object?[] { Athlete.Sample }));
        workflow.Rules.ShouldAllBe(r => !r.Predicate!.IsCompiled);

        var seen = new string[400];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => seen[i] = Describe(workflow.Evaluate(new object?[] { Athlete.Sample })));
        seen.ShouldAllBe(s => s == expected);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!workflow.IsFused && DateTime.UtcNow < deadline)
        {
            workflow.Evaluate(new object?[] { Athlete.Sample });
            await Task.Delay(10);
        }

        workflow.IsFused.ShouldBeTrue();
        Describe(workflow.Evaluate(new object?[] { Athlete.Sample })).ShouldBe(expected);
    }

    [Fact]
    public void A_rule_is_compiled_only_after_a_few_calls()
    {
        var workflow = RuleFiles.Compile(Json)["w"];
        workflow.Evaluate(new object?[] { Athlete.Sample });
        TieredDelegate<Func<EvaluationFrame, bool>>.CallsBeforeCompiling.ShouldBeGreaterThan(1);
        workflow.Rules.ShouldAllBe(r => !r.Predicate!.IsCompiled);
    }

    [Fact]
    public void CompileAll_compiles_every_lambda_the_rules_hold_before_the_first_evaluation()
    {
        // Lambdas in a fused rule (nested ones included), in a global param, in a message, in an action and in a
        // child rule: everything an evaluation runs.
        const string Everywhere = """
            { "WorkflowName": "w",
              "GlobalParams": [ { "Name": "heavy", "Expression": "athlete.history.Where(h => h.rpe >= 7)" } ],
              "Rules": [
                { "RuleName": "any", "Expression": "athlete.history.Any(h => h.reps >= 15 && (h.rpe == null || h.rpe <= 7))" },
                { "RuleName": "nested", "Expression": "athlete.history.Count(h => athlete.history.Any(g => g.rpe > h.rpe)) == 2" },
                { "RuleName": "global", "Expression": "heavy.Count() >= 1" },
                { "RuleName": "message", "Expression": "athlete.sessionMinutes > 300",
                  "ErrorMessage": "sets: $(athlete.history.Sum(h => h.sets))" },
                { "RuleName": "action", "Expression": "athlete.sessionMinutes > 30",
                  "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "athlete.history.Select(h => h.exercise)" } } } },
                { "RuleName": "parent", "Operator": "And", "Rules": [
                  { "RuleName": "child", "Expression": "athlete.history.All(h => h.sets > 0)" } ] }
              ] }
            """;
        var ruleSet = RuleFiles.Compile(Everywhere);
        var workflow = ruleSet["w"];
        var code = workflow.Code().ToList();
        code.Sum(c => c.LambdaCount).ShouldBe(7);
        code.Where(c => c.LambdaCount > 0).ShouldAllBe(c => !c.LambdasCompiled);

        ruleSet.CompileAll();

        workflow.IsFused.ShouldBeTrue();
        code.ShouldAllBe(c => c.LambdasCompiled);
        var inlined = FusedWorkflow.Predicates(workflow).ToHashSet();
        code.Where(c => c is not CompiledCode<bool> p || !inlined.Contains(p)).ShouldAllBe(c => c.IsCompiled);
        Describe(workflow.Evaluate(new object?[] { Athlete.Sample })).ShouldBe(Describe(workflow.EvaluateRuleByRule(new object?[] { Athlete.Sample })));
    }

    private static string Describe(WorkflowResult result) =>
        string.Join("; ", result.Results.Select(r => $"{r.RuleName}={r.IsSuccess}:{r.ExceptionMessage}"));
}

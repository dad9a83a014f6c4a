using System.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>The step budget stops list work that would run for too long; it fails that rule only.</summary>
public sealed class EvaluationLimitTests
{
    private static readonly Athlete Busy = Athlete.Sample with
    {
        History = [.. Enumerable.Range(0, 1_000).Select(i => new Entry { Exercise = "e" + i, Sets = i % 5, Reps = i, Rpe = 5 })],
    };

    [Theory]
    [InlineData("athlete.history.Any(a => athlete.history.Any(b => athlete.history.Any(c => c.sets < 0)))")]
    [InlineData("athlete.history.Count(a => athlete.history.Count(b => athlete.history.Count(c => c.sets == a.sets) > 0) > 0) > 0")]
    [InlineData("athlete.history.OrderBy(a => athlete.history.Sum(b => athlete.history.Sum(c => c.sets))).First().sets >= 0")]
    [InlineData("athlete.history.Where(a => athlete.history.Where(b => athlete.history.All(c => c.reps >= 0)).Any()).Count() > 0")]
    public void Nested_lambdas_over_long_lists_are_stopped_by_the_step_budget(string expression)
    {
        var json = RuleFiles.Workflow(("heavy", expression), ("light", "athlete.sessionMinutes > 0"));
        var options = RuleFiles.Options with { MaxEvaluationSteps = 200_000 };
        var set = RuleFiles.Compile(json, options);

        var clock = Stopwatch.StartNew();
        var results = set.Evaluate("w", new RuleInput("athlete", Busy)).Results;
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));

        results[0].IsSuccess.ShouldBeFalse();
        results[0].ExceptionMessage.ShouldBe(RuleFiles.FailureAt(json, expression, "error RS3129: the expression did more than 200,000 steps of list work and was stopped"));
        results[1].IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void The_budget_is_per_rule_so_each_rule_gets_all_of_it()
    {
        var expression = "athlete.history.Count(a => a.sets >= 0) == 1000";
        var json = RuleFiles.Workflow(("a", expression), ("b", expression), ("c", expression));
        var set = RuleFiles.Compile(json, RuleFiles.Options with { MaxEvaluationSteps = 1_500 });
        set.Evaluate("w", new RuleInput("athlete", Busy)).Results.ShouldAllBe(r => r.IsSuccess);
    }

    [Fact]
    public void An_expression_compiled_on_its_own_has_the_default_budget()
    {
        var value = ExpressionHarness.Run("athlete.history.Any(a => athlete.history.Any(b => athlete.history.Any(c => c.sets < 0)))", Busy);
        value.Succeeded.ShouldBeFalse();
        value.Error.ShouldBe("<expr>(1,1): error RS3129: the expression did more than 1,000,000 steps of list work and was stopped");
    }
}

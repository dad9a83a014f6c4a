using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// List methods without a lambda spend the step budget too: a step per item they touch, so nested work over long
/// lists stops with RS3129 however it is written.
/// </summary>
public sealed class SequenceStepTests
{
    private static readonly Athlete Long = Athlete.Sample with
    {
        History = [.. Enumerable.Range(0, 10_000).Select(i => new Entry { Exercise = "e" + (i % 100), Sets = i % 5, Reps = i, Rpe = 5 })],
        WeeklyKm = [.. Enumerable.Range(0, 10_000)],
    };

    [Theory]
    [InlineData("athlete.history.Count(h => athlete.weeklyKm.Distinct().Count() > 0) > 0")]
    [InlineData("athlete.history.Count(h => athlete.weeklyKm.Contains(-1)) >= 0")]
    [InlineData("athlete.history.Count(h => athlete.history.Select(x => x.reps).Contains(-1)) >= 0")]
    [InlineData("athlete.history.Count(h => athlete.history.Select(x => x.reps).Max() > 0) > 0")]
    [InlineData("athlete.history.Count(h => athlete.history.Select(x => x.exercise).Distinct().Count() > 0) > 0")]
    [InlineData("athlete.history.Count(h => h.sets in athlete.weeklyKm) >= 0")]
    [InlineData("athlete.history.Count(h => athlete.history.OrderBy(x => x.reps).First().reps >= 0) > 0")]
    public void Nested_list_methods_without_a_lambda_are_stopped_by_the_step_budget(string expression)
    {
        var json = RuleFiles.Workflow(("heavy", expression), ("light", "athlete.sessionMinutes > 0"));
        var set = RuleFiles.Compile(json);
        var results = set.Evaluate("w", [.. RuleFiles.InputsFor(Long)]).Results;

        results[0].IsSuccess.ShouldBeFalse();
        results[0].ExceptionMessage.ShouldBe(RuleFiles.FailureAt(json, expression, "error RS3129: the expression did more than 1,000,000 steps of list work and was stopped"));
        results[1].IsSuccess.ShouldBeTrue();
    }

    // Each method over the 10-item list, and the steps it costs: a list whose length is known costs one step for
    // Any(), First(), Count(), Last(); every item for the methods that read them all.
    [Theory]
    [InlineData("athlete.weeklyKm.Any()", 1)]
    [InlineData("athlete.weeklyKm.Count() > 0", 1)]
    [InlineData("athlete.weeklyKm.First() > 0", 1)]
    [InlineData("athlete.weeklyKm.Last() > 0", 1)]
    [InlineData("athlete.weeklyKm.Contains(7)", 10)]
    [InlineData("7 in athlete.weeklyKm", 10)]
    [InlineData("athlete.weeklyKm.Max() > 0", 10)]
    [InlineData("athlete.weeklyKm.Min() > 0", 10)]
    [InlineData("athlete.weeklyKm.Sum() > 0", 10)]
    [InlineData("athlete.weeklyKm.Average() > 0", 10)]
    [InlineData("athlete.weeklyKm.Distinct().Any()", 11)]
    [InlineData("athlete.weeklyKm.Where(k => k > 0).Count() > 0", 20)]
    public void Each_list_method_costs_the_items_it_touches_exactly(string expression, int steps)
    {
        var athlete = Athlete.Sample with { WeeklyKm = [.. Enumerable.Range(1, 10)] };
        var json = RuleFiles.Workflow(("r", expression));

        var enough = RuleFiles.Compile(json, RuleFiles.Options with { MaxEvaluationSteps = steps });
        enough.Evaluate("w", [.. RuleFiles.InputsFor(athlete)]).Results[0].IsSuccess.ShouldBeTrue();

        if (steps > 1)
        {
            var short1 = RuleFiles.Compile(json, RuleFiles.Options with { MaxEvaluationSteps = steps - 1 });
            short1.Evaluate("w", [.. RuleFiles.InputsFor(athlete)]).Results[0].ExceptionMessage
                .ShouldBe(RuleFiles.FailureAt(json, expression, $"error RS3129: the expression did more than {steps - 1} steps of list work and was stopped"));
        }
    }

    [Fact]
    public void A_budget_below_one_step_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new RuleSetOptions { MaxEvaluationSteps = 0 });
    }
}

using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The loops fused code writes out in place of <c>Any</c>, <c>All</c>, <c>Count</c> and <c>Sum</c> over a
/// <see cref="List{T}"/> (<c>Emit/LoopInliner.cs</c>), held to what the methods they replace do: a step per item, the
/// same stop at the exact boundary of the budget, the same early exit and the same results. Every athlete here holds
/// its history in a <see cref="List{T}"/>, which is the only source the fused code inlines, and every workflow is fused
/// before it is evaluated.
/// </summary>
public sealed class InlinedLoopBudgetTests
{
    private const int Budget = 20;

    /// <summary>(method, an expression that calls its lambda once per history item).</summary>
    public static TheoryData<string, string> OneCallPerItem => new()
    {
        { "Any", "!athlete.history.Any(h => h.sets < 0)" },
        { "All", "athlete.history.All(h => h.sets >= 0)" },
        { "Count", "athlete.history.Count(h => h.sets >= 0) > 0" },
        { "Sum of int", "athlete.history.Sum(h => h.sets) >= 0" },
        { "Sum of int?", "athlete.history.Sum(h => h.reps) >= 0" },
        { "Sum of double?", "athlete.history.Sum(h => h.rpe) >= 0" },
        { "Sum of double", "athlete.history.Sum(h => h.rpe ?? 0.5) >= 0" },
        { "Any of text", "!athlete.equipment.Any(e => e == \"none\")" },
    };

    [Theory]
    [MemberData(nameof(OneCallPerItem))]
    public void An_inlined_loop_may_take_as_many_steps_as_the_budget_allows(string method, string expression)
    {
        var result = EvaluateFused(expression, WithHistory(Budget), Budget);
        result.ExceptionMessage.ShouldBeNull(method);
        result.IsSuccess.ShouldBeTrue(method);
    }

    [Theory]
    [MemberData(nameof(OneCallPerItem))]
    public void An_inlined_loop_is_stopped_at_the_item_past_the_budget(string method, string expression)
    {
        var result = EvaluateFused(expression, WithHistory(Budget + 1), Budget);
        result.IsSuccess.ShouldBeFalse(method);
        result.ExceptionMessage.ShouldNotBeNull(method)
            .ShouldEndWith($": error RS3129: the expression did more than {Budget} steps of list work and was stopped", Case.Sensitive, method);
    }

    [Theory]
    [InlineData("athlete.history.Any(h => h.exercise == \"e4\")", 5)]
    [InlineData("!athlete.history.All(h => h.exercise != \"e4\")", 5)]
    [InlineData("athlete.history.Any(h => h.exercise == \"e1\")", 2)]
    [InlineData("!athlete.history.All(h => h.exercise != \"e1\")", 2)]
    public void Any_and_All_stop_at_the_item_that_decides_and_cost_no_step_after_it(string expression, int stepsToDecide)
    {
        // The history is longer than the budget: only a loop that leaves at the deciding item stays within it.
        EvaluateFused(expression, WithHistory(Budget * 2), stepsToDecide).ShouldSatisfyAllConditions(
            r => r.ExceptionMessage.ShouldBeNull(),
            r => r.IsSuccess.ShouldBeTrue());
        EvaluateFused(expression, WithHistory(Budget * 2), stepsToDecide - 1).ExceptionMessage.ShouldNotBeNull()
            .ShouldEndWith($"error RS3129: the expression did more than {stepsToDecide - 1} steps of list work and was stopped");
    }

    [Fact]
    public void Nested_inlined_loops_cost_a_step_for_each_item_of_each_loop()
    {
        // 4 outer items, each walking 4 inner items: 4 + 16 = 20 steps.
        const string Expression = "!athlete.history.Any(a => athlete.history.Any(b => b.sets < a.sets - 10))";
        EvaluateFused(Expression, WithHistory(4), 20).ExceptionMessage.ShouldBeNull();
        EvaluateFused(Expression, WithHistory(4), 19).ExceptionMessage.ShouldNotBeNull()
            .ShouldEndWith("error RS3129: the expression did more than 19 steps of list work and was stopped");
    }

    /// <summary>Expressions whose values the inlined loops compute, against the methods they stand in for.</summary>
    public static TheoryData<string> Values => new()
    {
        "athlete.history.Any(h => h.sets == 2)",
        "athlete.history.Any(h => h.sets == 7)",
        "athlete.history.All(h => h.sets < 3)",
        "athlete.history.All(h => h.sets < 2)",
        "athlete.history.Count(h => h.sets == 1) == 4",
        "athlete.history.Count(h => h.sets == 1) == 3",
        "athlete.history.Sum(h => h.sets) == 12",
        "athlete.history.Sum(h => h.sets) == 11",
        "athlete.history.Sum(h => h.reps) == 66",
        "athlete.history.Sum(h => h.rpe) == 60",
        "athlete.history.Sum(h => h.rpe ?? 0.25) == 60",
        "athlete.history.Count(a => athlete.history.Count(b => b.sets == a.sets) == 4) == 12",
        "athlete.history.Count(a => athlete.history.Count(b => b.sets == a.sets) == 4) == 8",
        "athlete.history.Sum(a => athlete.history.Count(b => b.sets < a.sets)) == 48",
        "athlete.history.Count() == 12 && athlete.equipment.Count(e => e.StartsWith(\"b\")) == 2",
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void An_inlined_loop_gives_the_value_of_the_method_it_replaces(string expression)
    {
        var athlete = WithHistory(12);
        var fused = EvaluateFused(expression, athlete, 1_000);
        var byRule = RuleFiles.Compile(RuleFiles.Workflow(("r", expression)), RuleFiles.Options with { MaxEvaluationSteps = 1_000 })
            .Evaluate("w", new RuleInput("athlete", athlete with { History = athlete.History.ToArray() })).Results.ShouldHaveSingleItem();

        fused.ExceptionMessage.ShouldBeNull();
        byRule.ExceptionMessage.ShouldBeNull();
        fused.IsSuccess.ShouldBe(byRule.IsSuccess, expression);
    }

    [Fact]
    public void The_expected_values_above_are_those_of_Enumerable()
    {
        // Guards the table: with sets 0, 1, 2, 0, 1, 2 ... over 12 items, reps 0..11 and rpe 5.
        var history = WithHistory(12).History;
        history.Count(h => h.Sets == 1).ShouldBe(4);
        history.Sum(h => h.Sets).ShouldBe(12);
        history.Sum(h => h.Reps).ShouldBe(66);
        history.Sum(h => h.Rpe).ShouldBe(60);
        history.Sum(a => history.Count(b => b.Sets < a.Sets)).ShouldBe(48);
    }

    [Fact]
    public void A_list_that_is_not_a_List_goes_through_the_method_with_the_same_budget()
    {
        var athlete = WithHistory(Budget + 1);
        var asArray = athlete with { History = athlete.History.ToArray() };
        EvaluateFused("athlete.history.All(h => h.sets >= 0)", asArray, Budget).ExceptionMessage.ShouldNotBeNull()
            .ShouldEndWith($"error RS3129: the expression did more than {Budget} steps of list work and was stopped");
        EvaluateFused("athlete.history.All(h => h.sets >= 0)", asArray, Budget + 1).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void An_inlined_sum_of_ints_that_overflows_fails_the_rule_as_the_method_does()
    {
        var athlete = Athlete.Sample with
        {
            History = new List<Entry> { new() { Exercise = "a", Sets = int.MaxValue }, new() { Exercise = "b", Sets = 1 } },
        };
        const string Expression = "athlete.history.Sum(h => h.sets) > 0";

        var fused = EvaluateFused(Expression, athlete, Budget);
        var byRule = RuleFiles.Compile(RuleFiles.Workflow(("r", Expression)))
            .Evaluate("w", new RuleInput("athlete", athlete with { History = athlete.History.ToArray() })).Results.ShouldHaveSingleItem();

        byRule.ExceptionMessage.ShouldNotBeNull();
        fused.IsSuccess.ShouldBeFalse();
        fused.ExceptionMessage.ShouldBe(byRule.ExceptionMessage);
    }

    [Fact]
    public void An_inlined_count_of_a_nested_loop_starts_every_inner_loop_at_the_first_item()
    {
        // The inner loop runs once per outer item: a loop index left over from the last run would skip items.
        const string Expression = "athlete.history.Sum(a => athlete.history.Count(b => b.sets >= 0)) == 36";
        EvaluateFused(Expression, WithHistory(6), 1_000).IsSuccess.ShouldBeTrue();
    }

    /// <summary>Expressions and the loops fused code writes out for them: Any, All, Count and Sum with a lambda, nested ones too.</summary>
    public static TheoryData<string, int> LoopsWrittenOut => new()
    {
        { "athlete.history.Any(h => h.sets > 1)", 1 },
        { "athlete.history.All(h => h.sets > 1)", 1 },
        { "athlete.history.Count(h => h.sets > 1) > 1", 1 },
        { "athlete.history.Sum(h => h.sets) > 1", 1 },
        { "athlete.history.Sum(a => athlete.history.Count(b => b.sets < a.sets)) > 1", 2 },
        { "athlete.history.All(a => athlete.equipment.Any(e => e == a.exercise)) || athlete.history.Any(h => h.rpe > 8)", 3 },
        { "athlete.history.Count() > 1 && athlete.equipment.Contains(\"box\")", 0 },
        { "athlete.history.First(h => h.sets > 1).sets > 1", 0 },
        { "athlete.history.Where(h => h.sets > 1).Count() > 1", 0 },
        { "athlete.history.Min(h => h.sets) > 1 || athlete.history.Max(h => h.rpe) > 1 || athlete.history.Average(h => h.sets) > 1", 0 },
    };

    [Theory]
    [MemberData(nameof(LoopsWrittenOut))]
    public void Fused_code_writes_out_the_loops_of_Any_All_Count_and_Sum_with_a_lambda_and_no_others(string expression, int loops)
    {
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(("r", expression)))["w"];
        workflow.FuseNow();
        workflow.Fused.ShouldNotBeNull().InlinedLoops.ShouldBe(loops);
    }

    /// <summary>The methods fused code does not write out, over a <see cref="List{T}"/>: their values as rule by rule.</summary>
    public static TheoryData<string> NotWrittenOut => new()
    {
        "athlete.history.First(h => h.sets == 2).reps == 2",
        "athlete.history.Last(h => h.sets == 2).reps == 11",
        "athlete.history.Where(h => h.sets == 1).Count() == 4",
        "athlete.history.Select(h => h.reps).Count() == 12",
        "athlete.history.Min(h => h.reps) == 0 && athlete.history.Max(h => h.reps) == 11",
        "athlete.history.Average(h => h.sets) == 1",
        "athlete.history.OrderByDescending(h => h.reps).First().reps == 11",
    };

    [Theory]
    [MemberData(nameof(NotWrittenOut))]
    public void A_lambda_method_fused_code_does_not_write_out_still_gives_its_value(string expression)
    {
        var fused = EvaluateFused(expression, WithHistory(12), 1_000);
        fused.ExceptionMessage.ShouldBeNull();
        fused.IsSuccess.ShouldBeTrue(expression);
    }

    private static RuleResult EvaluateFused(string expression, Athlete athlete, int maxSteps)
    {
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(("r", expression)), RuleFiles.Options with { MaxEvaluationSteps = maxSteps })["w"];
        workflow.FuseNow();
        workflow.IsFused.ShouldBeTrue();
        return workflow.Evaluate([athlete]).Results.ShouldHaveSingleItem();
    }

    // A List<T> history (the first entry "first", the rest "e1", "e2" ...; sets 0, 1, 2, 0 ...; reps 0, 1, 2 ...; rpe 5)
    // and a List<T> of as many pieces of equipment ("bands", "box", "item2" ...).
    private static Athlete WithHistory(int length) => Athlete.Sample with
    {
        History = Enumerable.Range(0, length).Select(i => new Entry { Exercise = i == 0 ? "first" : "e" + i, Sets = i % 3, Reps = i, Rpe = 5 }).ToList(),
        Equipment = Enumerable.Range(0, length).Select(i => i switch { 0 => "bands", 1 => "box", _ => "item" + i }).ToList(),
    };
}

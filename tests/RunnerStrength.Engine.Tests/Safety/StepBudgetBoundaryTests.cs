using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The step budget at its exact boundary, for every sequence method that takes a lambda, each on its own (not nested
/// in Any, All, Count or Sum, whose own steps would hide a method that stopped counting).
/// The rule these tests state: <b>one step per lambda call</b>, plus one per item a sequence kept as a param holds
/// (it is computed into an array there) and one per item OrderBy holds while it sorts. Each expression below calls its
/// lambda once per item of the history, so a history as long as the budget passes and one item more fails.
/// </summary>
public sealed class StepBudgetBoundaryTests
{
    private const int Budget = 20;

    /// <summary>
    /// (method, a sequence computed into the local param <c>items</c> or null, the rule's expression): each calls its
    /// lambda exactly once per history item.
    /// </summary>
    public static TheoryData<string, string?, string> OneCallPerItem => new()
    {
        { "Any", null, "!athlete.history.Any(h => h.sets < 0)" },
        { "All", null, "athlete.history.All(h => h.sets >= 0)" },
        { "Count", null, "athlete.history.Count(h => h.sets >= 0) > 0" },
        { "Sum of int", null, "athlete.history.Sum(h => h.sets) >= 0" },
        { "Sum of int?", null, "athlete.history.Sum(h => h.reps) >= 0" },
        { "Sum of double?", null, "athlete.history.Sum(h => h.rpe) >= 0" },
        { "Min", null, "athlete.history.Min(h => h.sets) >= 0" },
        { "Max", null, "athlete.history.Max(h => h.sets) >= 0" },
        { "Average", null, "athlete.history.Average(h => h.sets) >= 0" },
        { "First", null, "athlete.history.First(h => h.exercise == \"last\").sets >= 0" },
        { "FirstOrDefault", null, "athlete.history.FirstOrDefault(h => h.sets < 0) == null" },
        { "Last", null, "athlete.history.Last(h => h.exercise == \"first\").sets >= 0" },
        { "LastOrDefault", null, "athlete.history.LastOrDefault(h => h.sets < 0) == null" },
        { "Where", "athlete.history.Where(h => h.sets >= 0)", "items != null" },
        { "Select", "athlete.history.Select(h => h.sets)", "items != null" },
        { "OrderBy", "athlete.history.OrderBy(h => h.sets)", "items != null" },
        { "OrderByDescending", "athlete.history.OrderByDescending(h => h.exercise)", "items != null" },
    };

    [Theory]
    [MemberData(nameof(OneCallPerItem))]
    public void A_lambda_method_may_call_its_lambda_as_often_as_the_budget_allows(string method, string? items, string expression)
    {
        var result = Evaluate(items, expression, historyLength: Budget, Budget * StepsPerItem(method, items));
        result.ExceptionMessage.ShouldBeNull(method);
        result.IsSuccess.ShouldBeTrue(method);
    }

    [Theory]
    [MemberData(nameof(OneCallPerItem))]
    public void A_lambda_method_is_stopped_at_the_call_past_the_budget(string method, string? items, string expression)
    {
        var steps = Budget * StepsPerItem(method, items);
        var result = Evaluate(items, expression, historyLength: Budget + 1, steps);
        result.IsSuccess.ShouldBeFalse(method);
        result.ExceptionMessage.ShouldNotBeNull().ShouldEndWith($": error RS3129: the expression did more than {steps} steps of list work and was stopped", Case.Sensitive, method);
    }

    [Fact]
    public void Nested_lambdas_cost_a_step_for_each_call_of_each_lambda()
    {
        // 4 outer calls, each making 4 inner calls: 4 + 16 = 20 steps.
        const string Expression = "!athlete.history.Any(a => athlete.history.Any(b => b.sets < a.sets - 10))";
        Evaluate(null, Expression, historyLength: 4, maxSteps: 20).ExceptionMessage.ShouldBeNull();
        Evaluate(null, Expression, historyLength: 4, maxSteps: 19).ExceptionMessage.ShouldNotBeNull().ShouldEndWith(": error RS3129: the expression did more than 19 steps of list work and was stopped");
    }

    [Fact]
    public void Each_evaluation_starts_with_the_whole_budget()
    {
        var set = RuleFiles.Compile(Workflow(null, "athlete.history.All(h => h.sets >= 0)"), RuleFiles.Options with { MaxEvaluationSteps = Budget });
        var athlete = WithHistory(Budget);
        for (var i = 0; i < 6; i++)
        {
            // Interpreted for the first evaluations, then compiled: the same budget each time.
            set.Evaluate("w", new RuleInput("athlete", athlete)).Results[0].IsSuccess.ShouldBeTrue($"evaluation {i + 1}");
        }
    }

    [Fact]
    public void An_expression_compiled_on_its_own_may_make_a_million_lambda_calls_and_not_one_more()
    {
        var entry = new Entry { Exercise = "e", Sets = 1 };
        var compiled = ExpressionHarness.Compile("athlete.history.All(h => h.sets > 0)").Expression.ShouldNotBeNull();

        compiled.Evaluate(Athlete.Sample with { History = [.. Enumerable.Repeat(entry, 1_000_000)] }).ShouldBe(new ExpressionValue(true, null));
        compiled.Evaluate(Athlete.Sample with { History = [.. Enumerable.Repeat(entry, 1_000_001)] }).Error
            .ShouldBe("<expr>(1,1): error RS3129: the expression did more than 1,000,000 steps of list work and was stopped");
    }

    // The lambda call, the item kept in the param's array, and the item OrderBy holds.
    private static int StepsPerItem(string method, string? items) =>
        items is null ? 1 : method.StartsWith("OrderBy", StringComparison.Ordinal) ? 3 : 2;

    private static RuleResult Evaluate(string? items, string expression, int historyLength, int maxSteps)
    {
        var set = RuleFiles.Compile(Workflow(items, expression), RuleFiles.Options with { MaxEvaluationSteps = maxSteps });
        return set.Evaluate("w", new RuleInput("athlete", WithHistory(historyLength))).Results.ShouldHaveSingleItem();
    }

    private static string Workflow(string? items, string expression) => items is null
        ? RuleFiles.Workflow(("r", expression))
        : $$"""
          { "WorkflowName": "w", "Rules": [ { "RuleName": "r",
            "LocalParams": [ { "Name": "items", "Expression": {{RuleFiles.Quote(items)}} } ],
            "Expression": {{RuleFiles.Quote(expression)}} } ] }
          """;

    // The first entry is "first", the last "last"; every number is 0 or more.
    private static Athlete WithHistory(int length) => Athlete.Sample with
    {
        History = [.. Enumerable.Range(0, length).Select(i => new Entry { Exercise = i == 0 ? "first" : i == length - 1 ? "last" : "e" + i, Sets = i % 3, Reps = i, Rpe = 5 })],
    };
}

using System.Linq.Expressions;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;
using static RunnerStrength.Engine.Tests.Evaluation.ExpressionHarness;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// Lambda arguments are compiled once, on their own, and called through the loops of <see cref="SequenceLoops"/> (or
/// Enumerable with a bound delegate): same values, same errors, same step counting as Enumerable with a nested lambda.
/// </summary>
public sealed class LambdaArgumentTests
{
    private static readonly IReadOnlyList<Entry> History = Athlete.Sample.History;

    public static TheoryData<string, object?> SameAsLinq => new()
    {
        { "athlete.history.All(h => h.sets == 3)", History.All(h => h.Sets == 3) },
        { "athlete.history.All(h => h.rpe > 6)", History.All(h => h.Rpe > 6) },
        { "athlete.history.Count(h => h.rpe >= 7)", History.Count(h => h.Rpe >= 7) },
        { "athlete.history.Sum(h => h.rpe ?? 0)", History.Sum(h => h.Rpe ?? 0) },
        { "athlete.history.Sum(h => h.rpe)", History.Sum(h => h.Rpe) },
        { "athlete.history.Sum(h => athlete.bodyWeightKg)", History.Sum(_ => Athlete.Sample.BodyWeightKg) },
        { "athlete.history.Sum(h => athlete.totalSteps)", History.Sum(_ => Athlete.Sample.TotalSteps) },
        { "athlete.weeklyKm.Sum(k => k * 2)", Athlete.Sample.WeeklyKm.Sum(k => k * 2) },
        { "athlete.history.Average(h => h.sets)", History.Average(h => h.Sets) },
        { "athlete.history.Max(h => h.reps)", History.Max(h => h.Reps) },
        { "athlete.history.Where(h => h.sets > 5).Any(h => true)", false },
        { "athlete.history.Where(h => h.sets > 5).All(h => false)", true },
        { "athlete.history.Where(h => h.sets > 5).Count(h => true)", 0 },
        { "athlete.history.Where(h => h.sets > 5).Sum(h => h.sets)", 0 },
        { "athlete.history.Count(h => athlete.history.Any(g => g.rpe > h.rpe))", History.Count(h => History.Any(g => g.Rpe > h.Rpe)) },
        { "athlete.history.Any(a => athlete.history.Any(b => athlete.history.Any(c => c.sets + a.sets + b.sets == 9)))", true },
        { "athlete.history.Select(h => athlete.history.Count(g => g.sets == h.sets && g.exercise != h.exercise)).Sum()", 6 },
    };

    [Theory]
    [MemberData(nameof(SameAsLinq))]
    public void A_lambda_argument_computes_what_Enumerable_computes(string expression, object? expected) =>
        Evaluate(expression).ShouldBe(expected);

    [Theory]
    [InlineData("athlete.history.Where(h => h.sets > 5).Min(h => h.sets)")]
    [InlineData("athlete.history.First(h => h.rpe > 10).exercise")]
    [InlineData("athlete.history.Where(h => h.sets > 5).Average(h => h.sets)")]
    [InlineData("athlete.history.Sum(h => 2147483647)")]
    [InlineData("athlete.history.Any(h => 10 / (h.sets - 3) > 0)")]
    public void A_lambda_argument_fails_where_Enumerable_fails(string expression) =>
        Run(expression).Error.ShouldNotBeNull();

    [Fact]
    public void A_lambda_argument_reads_the_rules_local_params()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "r", "Expression": "athlete.history.Count(h => h.sets == sets && h.exercise != name) == 2",
                  "LocalParams": [ { "Name": "sets", "Expression": "3" }, { "Name": "name", "Expression": "athlete.history.First().exercise" } ] }
              ]
            }
            """;
        var result = RuleFiles.Evaluate(Json).Results.Single();
        (result.IsSuccess, result.ExceptionMessage).ShouldBe((true, null));
    }

    [Fact]
    public void The_safety_walk_refuses_a_lambda_body_it_was_not_given_as_verified()
    {
        var frame = Expression.Parameter(typeof(EvaluationFrame), "frame");
        var athlete = Expression.Convert(Expression.ArrayIndex(Expression.Field(frame, nameof(EvaluationFrame.Inputs)), Expression.Constant(0)), typeof(Athlete));
        var unverified = new TieredDelegate<LambdaBody<Entry, bool>>((_, _, _) => true);
        var any = typeof(SequenceLoops).GetMethod(nameof(SequenceLoops.Any))!.MakeGenericMethod(typeof(Entry));
        var call = Expression.Call(any, Expression.Property(athlete, nameof(Athlete.History)), frame, Expression.Constant(null, typeof(object[])), Expression.Constant(unverified));
        var lambda = Expression.Lambda<Func<EvaluationFrame, object?>>(Expression.Convert(call, typeof(object)), frame);

        SafetyVerifier.Verify(lambda, FunctionRegistry.Empty).ShouldContain(v => v.StartsWith("a constant of type", StringComparison.Ordinal));
        SafetyVerifier.Verify(lambda, FunctionRegistry.Empty, new HashSet<object> { unverified }).ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_rule_with_placeholders_gets_its_own_message_each_evaluation()
    {
        var json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "fixed", "Expression": "athlete.sessionMinutes > 100", "ErrorMessage": "too short" },
                { "RuleName": "placeholder", "Expression": "athlete.sessionMinutes > 100", "ErrorMessage": "only $(athlete.sessionMinutes)" }
              ]
            }
            """;
        var set = RuleFiles.Compile(json);
        var first = set.Evaluate("w", new RuleInput("athlete", Athlete.Sample with { SessionMinutes = 10 })).Results;
        var second = set.Evaluate("w", new RuleInput("athlete", Athlete.Sample with { SessionMinutes = 20 })).Results;

        first.Select(r => r.ErrorMessage).ShouldBe(["too short", "only 10"]);
        second.Select(r => r.ErrorMessage).ShouldBe(["too short", "only 20"]);
        second.ShouldAllBe(r => !r.IsSuccess && r.RuleName != null && r.Source != null);
    }
}

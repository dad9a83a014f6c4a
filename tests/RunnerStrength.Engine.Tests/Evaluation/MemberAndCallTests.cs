using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Members, indexers, ?:, iif, ??, in, and the allow-listed methods.</summary>
public sealed class MemberAndCallTests
{
    public static TheoryData<string, object?> Members => new()
    {
        { "athlete.name", "Ana" },
        { "ATHLETE.NAME", "Ana" },
        { "Athlete.Name", "Ana" },
        { "athlete.sessionminutes", 35 },
        { "athlete.week.Saturday", Run.Long },
        { "athlete.race.distance", "marathon" },
        { "athlete.race.date.month", 3 },
        { "athlete.readiness.soreness", 3 },
        { "athlete.readiness.soreness.Value", 3 },
        { "athlete.readiness.soreness.value", 3 },
        { "athlete.readiness.soreness.HasValue", true },
        { "athlete.readiness.soreness.hasValue", true },
        { "athlete.readiness.soreness.hasvalue", true },
        { "athlete.name.Length", 3 },
        { "athlete.name.length", 3 },
        { "athlete.history.Count", 3 },
        { "athlete.equipment.count", 2 },
        { "athlete.weeklyKm.Length", 3 },
        { "athlete.equipment[0]", "bands" },
        { "athlete.equipment[1 + 0]", "dumbbells" },
        { "athlete.history[1].exercise", "push-up" },
        { "athlete.history[2].reps", null },
        { "athlete.weeklyKm[1]", 42 },
        { "athlete.scores[\"squat\"]", 80 },
        { "athlete.name[0]", "A" },
        { "athlete.race.distance[0] + athlete.name[2]", "ma" },
    };

    public static TheoryData<string, object?> Choices => new()
    {
        { "athlete.sessionMinutes > 30 ? \"long\" : \"short\"", "long" },
        { "athlete.sessionMinutes > 60 ? \"long\" : \"short\"", "short" },
        { "iif(athlete.sessionMinutes > 30, 1, 2)", 1 },
        { "IIF(false, 1, 2.5)", 2.5 },
        { "true ? 1 : null", 1 },
        { "false ? 1 : null", null },
        { "false ? athlete.race : null", null },
        { "true ? athlete.level : \"beginner\"", Level.Intermediate },
        { "false ? athlete.level : \"beginner\"", Level.Beginner },
        { "true ? false ? 1 : 2 : 3", 2 },
        { "athlete.readiness.soreness ?? 0", 3 },
        { "athlete.lastTest ?? athlete.race.date", new DateOnly(2027, 3, 14) },
        { "athlete.history[2].reps ?? -1", -1 },
        { "athlete.history[2].reps ?? 2.5", 2.5 },
        { "athlete.history[2].reps ?? athlete.history[0].reps", 18 },
        { "athlete.history[2].reps ?? null", null },
        { "athlete.race.distance ?? \"none\"", "marathon" },
        { "athlete.goalLevel ?? \"beginner\"", Level.Advanced },
        { "athlete.lastTest ?? \"2027-01-01\"", new DateOnly(2027, 1, 1) },
        { "athlete.level in (\"beginner\", \"intermediate\")", true },
        { "athlete.level in (\"advanced\")", false },
        { "athlete.sessionMinutes in (30, 35, 40)", true },
        { "athlete.sessionMinutes in (30.0, 35.5)", false },
        { "athlete.name in (\"Ana\", \"Bo\")", true },
        { "athlete.readiness.soreness in (1, 2, 3)", true },
        { "\"bands\" in athlete.equipment", true },
        { "\"rings\" in athlete.equipment", false },
        { "\"bands\" in (athlete.equipment)", true },
        { "42 in athlete.weeklyKm", true },
        { "athlete.week.tuesday in (\"tempo\", \"race-pace\")", true },
        { "not (athlete.level in (\"beginner\"))", true },
    };

    public static TheoryData<string, object?> StringMethods => new()
    {
        { "athlete.name.Contains(\"n\")", true },
        { "athlete.name.Contains(\"N\")", false },
        { "athlete.name.contains(\"A\")", true },
        { "athlete.name.StartsWith(\"An\")", true },
        { "athlete.name.EndsWith(\"na\")", true },
        { "athlete.name.ToLower()", "ana" },
        { "athlete.name.ToUpper()", "ANA" },
        { "\"  x  \".Trim()", "x" },
        { "\"  x  \".Trim().Length", 1 },
        { "string.IsNullOrEmpty(athlete.name)", false },
        { "string.IsNullOrEmpty(\"\")", true },
        { "String.IsNullOrEmpty(null)", true },
        { "athlete.race.distance.ToUpper().StartsWith(\"MARA\")", true },
    };

    public static TheoryData<string, object?> Sequences => new()
    {
        { "athlete.history.Any()", true },
        { "athlete.history.Any(h => h.reps >= 15)", true },
        { "athlete.history.Any(reps >= 15)", true },
        { "athlete.history.Any(it.reps >= 15)", true },
        { "athlete.history.Any(x => x.reps >= 15 && x.rpe <= 7)", true },
        { "athlete.history.All(h => h.sets == 3)", true },
        { "athlete.history.All(sets > 3)", false },
        { "athlete.history.Count()", 3 },
        { "athlete.history.Count(h => h.reps != null)", 2 },
        { "athlete.history.Count(rpe > 6)", 2 },
        { "athlete.history.Sum(h => h.sets)", 9 },
        { "athlete.history.Sum(h => h.reps)", 28 },
        { "athlete.history.Sum(rpe)", 22.0 },
        { "athlete.weeklyKm.Sum()", 110 },
        { "athlete.weeklyKm.Min()", 30 },
        { "athlete.weeklyKm.Max()", 42 },
        { "athlete.weeklyKm.Average()", 110 / 3.0 },
        { "athlete.history.Min(h => h.rpe)", 6.0 },
        { "athlete.history.Max(h => h.reps)", 18 },
        { "athlete.history.Average(h => h.sets)", 3.0 },
        { "athlete.history.Average(h => h.reps)", 14.0 },
        { "athlete.equipment.Min()", "bands" },
        { "athlete.history.Where(h => h.sets == 3).Count()", 3 },
        { "athlete.history.Where(reps == null).First().exercise", "side-plank" },
        { "athlete.history.Select(h => h.exercise).Contains(\"push-up\")", true },
        { "athlete.history.Select(exercise).Last()", "side-plank" },
        { "athlete.history.First().exercise", "glute-bridge" },
        { "athlete.history.First(h => h.rpe > 8).exercise", "push-up" },
        { "athlete.history.FirstOrDefault(h => h.rpe > 10) == null", true },
        { "athlete.history.Last(h => h.reps != null).exercise", "push-up" },
        { "athlete.history.LastOrDefault().exercise", "side-plank" },
        { "athlete.equipment.Contains(\"bands\")", true },
        { "athlete.history.Select(h => h.sets).Distinct().Count()", 1 },
        { "athlete.history.OrderBy(h => h.rpe).First().exercise", "glute-bridge" },
        { "athlete.history.OrderByDescending(h => h.rpe).First().exercise", "push-up" },
        { "athlete.history.OrderBy(h => h.exercise).Last().exercise", "side-plank" },
        { "athlete.history.Take(2).Count()", 2 },
        { "athlete.history.Skip(2).First().exercise", "side-plank" },
        { "athlete.history.Skip(5).Any()", false },
        { "athlete.equipment.Any(e => e.StartsWith(\"dumb\"))", true },
        { "athlete.equipment.Any(it == \"bands\")", true },
        { "athlete.history.any(h => h.sets > 2)", true },
        { "athlete.history.COUNT()", 3 },
        { "athlete.scores.Any(kv => kv.key == \"squat\" && kv.value > 50)", true },
        { "athlete.history.Any(h => athlete.history.Any(g => g.rpe > h.rpe))", true },
        { "athlete.history.Any(h => athlete.equipment.Any(e => e.Length == h.sets + 2))", true },
        { "athlete.history.Where(h => h.reps > 5).Select(h => h.exercise).First()", "glute-bridge" },
    };

    public static TheoryData<string, object?> MathCalls => new()
    {
        { "Math.Min(3, 5)", 3 },
        { "Math.Max(3, 5.5)", 5.5 },
        { "Math.Max(athlete.sessionMinutes, 40)", 40 },
        { "Math.Min(2L, 3)", 2L },
        { "Math.Min(1m, 2)", 1m },
        { "Math.Abs(-4)", 4 },
        { "Math.Abs(-4.5)", 4.5 },
        { "Math.Abs(-athlete.bodyWeightKg)", 62.5m },
        { "Math.Round(2.5)", 3.0 },
        { "Math.Round(-2.5)", -3.0 },
        { "Math.Round(1.125, 2)", 1.13 },
        { "Math.Round(2.5m)", 3m },
        { "Math.Round(athlete.sessionMinutes / 10.0)", 4.0 },
        { "Math.Floor(7 / 2.0)", 3.0 },
        { "Math.Ceiling(7 / 2.0)", 4.0 },
        { "Math.Floor(2.7m)", 2m },
        { "Math.Ceiling(athlete.sessionMinutes)", 35.0 },
        { "math.max(1, 2)", 2 },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void Members_and_indexers_resolve_case_insensitively(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Choices))]
    public void Conditionals_coalesce_and_in_choose_values(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(StringMethods))]
    public void String_methods_are_ordinal(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Sequence_methods_take_lambdas_or_the_implicit_it(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(MathCalls))]
    public void Math_functions_widen_and_round_half_away_from_zero(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [InlineData("athlete.history.Where(h => h.sets > 1)", new[] { "glute-bridge", "push-up", "side-plank" })]
    [InlineData("athlete.history.Select(h => h.exercise).Skip(1)", new[] { "push-up", "side-plank" })]
    [InlineData("athlete.equipment.OrderByDescending(e => e)", new[] { "dumbbells", "bands" })]
    [InlineData("athlete.equipment.Take(1)", new[] { "bands" })]
    public void A_list_valued_result_is_computed_before_evaluation_returns(string expression, string[] expected)
    {
        var value = ExpressionHarness.Evaluate(expression).ShouldBeAssignableTo<System.Collections.IEnumerable>()!;
        var items = value.Cast<object>().Select(i => i is Entry e ? e.Exercise : (string)i).ToArray();
        items.ShouldBe(expected);

        // Nothing of the expression is left to run when the host reads the value: it is a finished array.
        value.GetType().IsArray.ShouldBeTrue();
    }

    [Fact]
    public void The_value_of_in_is_computed_once_whatever_the_number_of_items()
    {
        var calls = 0;
        var functions = FunctionRegistry.Empty.Add("next", () => ++calls);
        ExpressionHarness.Evaluate("next() in (5, 6, 7, 1)", functions: functions).ShouldBe(true);
        calls.ShouldBe(1);
    }

    [Fact]
    public void Host_functions_are_called_with_typed_arguments()
    {
        var functions = FunctionRegistry.Empty
            .Add("weeksUntil", (DateOnly date) => (date.DayNumber - new DateOnly(2027, 1, 1).DayNumber) / 7)
            .Add("clamp", (double value, double low, double high) => Math.Clamp(value, low, high))
            .Add("pi", () => 3.14)
            .Add("label", (Level level) => level.ToString());

        ExpressionHarness.Evaluate("weeksUntil(athlete.race.date)", functions: functions).ShouldBe(10);
        ExpressionHarness.Evaluate("WEEKSUNTIL(\"2027-01-15\")", functions: functions).ShouldBe(2);
        ExpressionHarness.Evaluate("clamp(athlete.sessionMinutes, 0, 30)", functions: functions).ShouldBe(30.0);
        ExpressionHarness.Evaluate("pi() * 2", functions: functions).ShouldBe(6.28);
        ExpressionHarness.Evaluate("label(\"advanced\")", functions: functions).ShouldBe("Advanced");
        ExpressionHarness.Evaluate("label(athlete.level)", functions: functions).ShouldBe("Intermediate");
    }
}

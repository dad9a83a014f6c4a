namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Literals, arithmetic, comparison and logical operators: values and their C# types.</summary>
public sealed class LiteralAndOperatorTests
{
    public static TheoryData<string, object?> Literals => new()
    {
        { "42", 42 },
        { "2147483648", 2147483648L },
        { "7L", 7L },
        { "1.5", 1.5 },
        { "1e3", 1000.0 },
        { "2.5m", 2.5m },
        { "3d", 3.0 },
        { "\"text\"", "text" },
        { "'single'", "single" },
        { "\"a\\\"b\"", "a\"b" },
        { "'it\\'s'", "it's" },
        { "\"tab\\there\"", "tab\there" },
        { "\"line\\nbreak\"", "line\nbreak" },
        { "\"back\\\\slash\"", "back\\slash" },
        { "\"\\u00e9\"", "é" },
        { "true", true },
        { "false", false },
        { "TRUE", true },
        { "null", null },
        { "-5", -5 },
        { "-2.5", -2.5 },
        { "-2147483648", int.MinValue },
        { "-(2147483648)", -2147483648L },
        { "-2147483649", -2147483649L },
        { "+3", 3 },
        { "--4", 4 },
        { "(((1)))", 1 },
    };

    public static TheoryData<string, object?> Arithmetic => new()
    {
        { "1 + 2 * 3", 7 },
        { "(1 + 2) * 3", 9 },
        { "7 / 2", 3 },
        { "-7 / 2", -3 },
        { "7 % 3", 1 },
        { "7 / 2.0", 3.5 },
        { "7.0 / 2", 3.5 },
        { "7 / 2m", 3.5m },
        { "1 + 2L", 3L },
        { "2147483647 - 1", 2147483646 },
        { "2147483647L + 1", 2147483648L },
        { "0.1 + 0.2 > 0.3", true },
        { "0.1m + 0.2m == 0.3m", true },
        { "athlete.sessionMinutes / 2", 17 },
        { "athlete.sessionMinutes / 2.0", 17.5 },
        { "athlete.sessionMinutes % 10", 5 },
        { "athlete.bodyWeightKg * 2", 125.0m },
        { "athlete.bodyWeightKg + 1", 63.5m },
        { "athlete.totalSteps + 1", 3_000_000_001L },
        { "athlete.totalSteps / athlete.sessionMinutes", 85_714_285L },
        { "-athlete.sessionMinutes", -35 },
        { "- -athlete.sessionMinutes", 35 },
        { "athlete.readiness.soreness + 1", 4 },
        { "athlete.readiness.sleepHours * 2", 15.0 },
        { "athlete.readiness.soreness * 1.5", 4.5 },
        { "-athlete.readiness.soreness", -3 },
        { "\"a\" + \"b\"", "ab" },
        { "\"n=\" + 1", "n=1" },
        { "1 + 2 + \"x\"", "3x" },
        { "\"x\" + 1 + 2", "x12" },
        { "\"x\" + 2.5", "x2.5" },
        { "\"x\" + 2.50m", "x2.50" },
        { "\"x\" + true", "xtrue" },
        { "\"x\" + null", "x" },
        { "\"level: \" + athlete.level", "level: intermediate" },
        { "athlete.week.saturday + \"!\"", "long!" },
        { "\"goal: \" + athlete.goalLevel", "goal: advanced" },
        { "athlete.name + athlete.readiness.soreness", "Ana3" },
        { "\"race \" + athlete.race.date", "race 2027-03-14" },
    };

    public static TheoryData<string, object?> Comparisons => new()
    {
        { "1 == 1", true },
        { "1 = 1", true },
        { "1 != 1", false },
        { "1 <> 2", true },
        { "1 < 2", true },
        { "2 <= 2", true },
        { "3 > 2", true },
        { "2 >= 3", false },
        { "1 == 1.0", true },
        { "1 == 1m", true },
        { "2L > 1", true },
        { "athlete.sessionMinutes >= 30", true },
        { "athlete.sessionMinutes = 35", true },
        { "athlete.totalSteps > athlete.sessionMinutes", true },
        { "athlete.bodyWeightKg > 60", true },
        { "athlete.bodyWeightKg == 62.5m", true },
        { "athlete.readiness.soreness == 3", true },
        { "athlete.readiness.soreness > 2", true },
        { "athlete.readiness.soreness < athlete.readiness.sleepHours", true },
        { "athlete.readiness.sleepHours >= 7.5", true },
        { "\"abc\" == \"abc\"", true },
        { "\"abc\" != \"ABC\"", true },
        { "\"a\" < \"b\"", true },
        { "\"B\" < \"a\"", true },
        { "athlete.name >= \"Ana\"", true },
        { "true == true", true },
        { "true != false", true },
        { "athlete.injured == false", true },
        { "null == null", true },
        { "null != null", false },
        { "athlete.race == null", false },
        { "athlete.race != null", true },
        { "null == athlete.race", false },
        { "athlete.readiness != null", true },
        { "athlete.readiness.soreness == null", false },
        { "athlete.readiness.soreness != null", true },
        { "athlete.name == null", false },
        { "athlete.lastTest == null", true },
        { "athlete.goalLevel == null", false },
        { "athlete.level == \"intermediate\"", true },
        { "\"intermediate\" == athlete.level", true },
        { "athlete.level = \"Intermediate\"", true },
        { "athlete.level != \"beginner\"", true },
        { "athlete.level >= \"intermediate\"", true },
        { "athlete.level > \"intermediate\"", false },
        { "athlete.level < \"advanced\"", true },
        { "\"beginner\" < athlete.level", true },
        { "athlete.goalLevel > athlete.level", true },
        { "athlete.goalLevel == \"advanced\"", true },
        { "athlete.goalLevel >= \"beginner\"", true },
        { "athlete.week.tuesday == \"tempo\"", true },
        { "athlete.week.monday == athlete.week.wednesday", true },
        { "athlete.week.thursday == \"rest\"", true },
        { "athlete.level == athlete.name", false },
        { "athlete.race.date == \"2027-03-14\"", true },
        { "athlete.race.date < \"2027-01-01\"", false },
        { "\"2027-01-01\" < athlete.race.date", true },
        { "athlete.race.date.year == 2027", true },
        { "athlete.lastTest < \"2030-01-01\"", false },
    };

    public static TheoryData<string, object?> Logic => new()
    {
        { "true && false", false },
        { "true || false", true },
        { "!true", false },
        { "!!true", true },
        { "true and false", false },
        { "true AND true", true },
        { "false Or true", true },
        { "false OR false", false },
        { "not true", false },
        { "NOT false", true },
        { "Not (1 > 2)", true },
        { "true or false and false", true },
        { "(true or false) and false", false },
        { "1 < 2 && 2 < 3", true },
        { "!(athlete.sessionMinutes > 30) || athlete.injured", false },
        { "athlete.race == null || athlete.race.distance == \"marathon\"", true },
        { "athlete.readiness != null && athlete.readiness.soreness > 2", true },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literals_have_their_CSharp_values(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Arithmetic))]
    public void Arithmetic_promotes_numbers_as_CSharp_does(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Comparisons_work_across_numbers_text_enums_dates_and_null(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Logic))]
    public void Logical_operators_and_their_words_in_any_case(string expression, object? expected) =>
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);

    [Theory]
    [InlineData("athlete.race == null || athlete.race.distance == \"x\"")]
    [InlineData("athlete.race != null && athlete.race.distance == \"x\"")]
    [InlineData("athlete.readiness == null or athlete.readiness.soreness > 100")]
    [InlineData("athlete.readiness != null and athlete.readiness.soreness > 100")]
    public void And_and_or_short_circuit_past_a_null(string expression)
    {
        var value = ExpressionHarness.Run(expression, Athlete.Sparse);
        value.Error.ShouldBeNull();
        value.Value.ShouldBe(expression.Contains("== null", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("athlete.readiness.soreness > 2", false)]
    [InlineData("athlete.readiness.soreness <= 2", false)]
    [InlineData("athlete.readiness.soreness == null", true)]
    public void Comparing_a_missing_nullable_number_is_false_as_in_CSharp(string expression, bool expected)
    {
        var athlete = Athlete.Sample with { Readiness = new Readiness() };
        ExpressionHarness.Evaluate(expression, athlete).ShouldBe(expected);
    }

    [Theory]
    [InlineData("athlete.sessionMinutes", typeof(int))]
    [InlineData("athlete.sessionMinutes / 2", typeof(int))]
    [InlineData("athlete.sessionMinutes / 2.0", typeof(double))]
    [InlineData("athlete.sessionMinutes * 1m", typeof(decimal))]
    [InlineData("athlete.totalSteps + 1", typeof(long))]
    [InlineData("athlete.readiness.soreness + 1", typeof(int?))]
    [InlineData("athlete.readiness.soreness ?? 0", typeof(int))]
    [InlineData("athlete.level", typeof(Level))]
    [InlineData("\"x\" + 1", typeof(string))]
    [InlineData("athlete.history", typeof(IReadOnlyList<Entry>))]
    [InlineData("athlete.history.Where(h => h.sets > 1)", typeof(IEnumerable<Entry>))]
    [InlineData("athlete.history.Select(h => h.reps)", typeof(IEnumerable<int?>))]
    [InlineData("athlete.history.Sum(h => h.reps)", typeof(int?))]
    [InlineData("athlete.history.Average(h => h.sets)", typeof(double))]
    [InlineData("true ? 1 : null", typeof(int?))]
    [InlineData("true ? 1 : 2.5", typeof(double))]
    [InlineData("null", typeof(object))]
    public void An_expression_has_the_static_type_of_its_value(string expression, Type expected) =>
        ExpressionHarness.Compile(expression).Expression.ShouldNotBeNull().ResultType.ShouldBe(expected);
}

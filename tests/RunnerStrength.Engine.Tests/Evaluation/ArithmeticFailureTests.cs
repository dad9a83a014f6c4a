using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Integer arithmetic is checked, and a failed computation fails the rule with an RS code and its place.</summary>
public sealed class ArithmeticFailureTests
{
    [Theory]
    [InlineData("2147483647 + 1", "2147483647 + 1 overflows a 32-bit integer", 1)]
    [InlineData("1 == 1 && 2147483647 + 1 > 0", "2147483647 + 1 overflows a 32-bit integer", 11)]
    [InlineData("-2147483648 - 1", "-2147483648 - 1 overflows a 32-bit integer", 1)]
    [InlineData("65536 * 65536", "65536 * 65536 overflows a 32-bit integer", 1)]
    [InlineData("athlete.SessionMinutes * 2147483647", "athlete.SessionMinutes * 2147483647 overflows a 32-bit integer", 1)]
    [InlineData("9223372036854775807L + athlete.TotalSteps + 1", "9223372036854775807L + athlete.TotalSteps + 1 overflows a 64-bit integer", 1)]
    [InlineData("(-2147483648) / -1", "(-2147483648) / -1 overflows a 32-bit integer", 1)]
    public void Integer_overflow_fails_with_RS3123_at_the_operation(string expression, string message, int column)
    {
        var value = ExpressionHarness.Run(expression, Athlete.Sample with { TotalSteps = 0 });

        value.Succeeded.ShouldBeFalse();
        var diagnostic = value.Diagnostic.ShouldNotBeNull();
        diagnostic.Code.ShouldBe("RS3123");
        diagnostic.Message.ShouldBe(message);
        diagnostic.Location.Column.ShouldBe(column);
        value.Error.ShouldBe($"<expr>(1,{column}): error RS3123: {message}");
    }

    [Fact]
    public void Negating_int_MinValue_at_run_time_fails_with_RS3123()
    {
        var value = ExpressionHarness.Run("-(athlete.SessionMinutes - 2147483647 - 2)", Athlete.Sample with { SessionMinutes = 1 });

        value.Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3123");
        value.Diagnostic.Message.ShouldBe("-(athlete.SessionMinutes - 2147483647 - 2) overflows a 32-bit integer");
    }

    [Fact]
    public void Negating_int_MinValue_as_a_constant_is_refused_when_binding()
    {
        var error = ExpressionHarness.SingleError("- -2147483648");

        error.Descriptor.ShouldBe(DiagnosticCatalog.IntegerOverflow);
        error.Message.ShouldBe("- -2147483648 overflows a 32-bit integer");
    }

    [Theory]
    [InlineData("2147483647 - 1", 2147483646)]
    [InlineData("-2147483647 - 1", int.MinValue)]
    [InlineData("46340 * 46340", 2147395600)]
    [InlineData("-athlete.SessionMinutes", -35)]
    [InlineData("7 / 2", 3)]
    [InlineData("-7 % 3", -1)]
    [InlineData("(-2147483648) % -1", 0)]
    public void Integer_arithmetic_that_fits_is_unchanged(string expression, int expected)
    {
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);
    }

    [Theory]
    [InlineData("athlete.SessionMinutes / (athlete.SessionMinutes - 35)", "athlete.SessionMinutes / (athlete.SessionMinutes - 35) divides by zero")]
    [InlineData("athlete.SessionMinutes % (athlete.SessionMinutes - 35)", "athlete.SessionMinutes % (athlete.SessionMinutes - 35) divides by zero")]
    [InlineData("athlete.BodyWeightKg / (athlete.SessionMinutes - 35)", "athlete.BodyWeightKg / (athlete.SessionMinutes - 35) divides by zero")]
    public void Division_by_a_computed_zero_fails_with_RS3125(string expression, string message)
    {
        var value = ExpressionHarness.Run(expression);

        value.Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3125");
        value.Diagnostic.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("1.0 / 0", "1.0 / 0 is not a finite number")]
    [InlineData("athlete.Readiness.SleepHours.Value % 0", "athlete.Readiness.SleepHours.Value % 0 is not a finite number")]
    [InlineData("1e308 * 10 > 0", "1e308 * 10 is not a finite number")]
    [InlineData("0.0 / 0 == 0.0 / 0", "0.0 / 0 is not a finite number")]
    public void A_double_that_is_infinite_or_NaN_fails_with_RS3124(string expression, string message)
    {
        var value = ExpressionHarness.Run(expression);

        value.Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3124");
        value.Diagnostic.Message.ShouldBe(message);
    }
}

using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>A null argument and a failure inside a list's lambda come out as RS diagnostics with their place, not .NET messages.</summary>
public sealed class NullAndLazyFailureTests
{
    [Theory]
    [InlineData("athlete.Name.Contains(athlete.Race.Distance)", "athlete.Race.Distance", "athlete.Name.Contains(athlete.Race.Distance)", 23)]
    [InlineData("athlete.Name.StartsWith(iif(athlete.Injured, \"A\", null))", "iif(athlete.Injured, \"A\", null)", "athlete.Name.StartsWith(iif(athlete.Injured, \"A\", null))", 25)]
    [InlineData("athlete.Equipment.Any(e => e.EndsWith(athlete.Race.Distance))", "athlete.Race.Distance", "e.EndsWith(athlete.Race.Distance)", 39)]
    public void A_null_text_argument_fails_with_RS3126(string expression, string argument, string call, int column)
    {
        var athlete = Athlete.Sample with { Race = Athlete.Sample.Race! with { Distance = null! } };

        var value = ExpressionHarness.Run(expression, athlete);

        var diagnostic = value.Diagnostic.ShouldNotBeNull();
        diagnostic.Descriptor.ShouldBe(DiagnosticCatalog.NullArgument);
        diagnostic.Arguments.ShouldBe([argument, call]);
        diagnostic.Location.Column.ShouldBe(column);
        value.Error.ShouldNotBeNull().ShouldNotContain("Value cannot be null");
    }

    [Theory]
    [InlineData("\"abc\".Contains(null)", "Contains")]
    [InlineData("athlete.Name.EndsWith(null)", "EndsWith")]
    public void A_null_literal_text_argument_is_refused_when_binding(string expression, string method)
    {
        var error = ExpressionHarness.SingleError(expression);

        error.Descriptor.ShouldBe(DiagnosticCatalog.NullNotAllowed);
        error.Message.ShouldBe($"null cannot be used as the text of '{method}'");
    }

    [Theory]
    [InlineData("athlete.History.Select(h => 10 / (h.Sets - 3)).Sum() > 0", "RS3125", "10 / (h.Sets - 3) divides by zero", 29)]
    [InlineData("athlete.History.Where(h => 10 % (h.Sets - 3) == 1).Count() > 0", "RS3125", "10 % (h.Sets - 3) divides by zero", 28)]
    [InlineData("athlete.History.OrderBy(h => 10 / (h.Sets - 3)).First().Sets", "RS3125", "10 / (h.Sets - 3) divides by zero", 30)]
    [InlineData("athlete.History.Select(h => 1.0 / (h.Sets - 3)).Max() > 0", "RS3124", "1.0 / (h.Sets - 3) is not a finite number", 29)]
    [InlineData("athlete.History.Any(h => h.Sets * 2147483647 > 0)", "RS3123", "h.Sets * 2147483647 overflows a 32-bit integer", 26)]
    public void A_failure_inside_a_lambda_reports_its_code_and_place(string expression, string code, string message, int column)
    {
        var value = ExpressionHarness.Run(expression);

        var diagnostic = value.Diagnostic.ShouldNotBeNull();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Message.ShouldBe(message);
        diagnostic.Location.Column.ShouldBe(column);
    }
}

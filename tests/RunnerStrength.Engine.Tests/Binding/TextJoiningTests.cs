using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Binding;

/// <summary>Only values the engine writes as text itself can be joined into text: a host object's ToString is never called.</summary>
public sealed class TextJoiningTests
{
    [Theory]
    [InlineData("\"\" + athlete", "athlete", "Athlete", 6)]
    [InlineData("athlete.Race + \" race\"", "athlete.Race", "Race", 1)]
    [InlineData("\"log: \" + athlete.History", "athlete.History", "a list of Entry", 11)]
    [InlineData("\"first: \" + athlete.History.First()", "athlete.History.First()", "Entry", 13)]
    public void Joining_a_record_into_text_is_refused_with_RS3127(string expression, string source, string type, int column)
    {
        var error = ExpressionHarness.SingleError(expression);

        error.Descriptor.ShouldBe(DiagnosticCatalog.NotText);
        error.Arguments[0].ShouldBe(source);
        error.Arguments[1].ShouldBe(type);
        error.Location.Column.ShouldBe(column);
    }

    [Theory]
    [InlineData("\"x\" + athlete.Name + 3 + 1.5 + true", "xAna31.5true")]
    [InlineData("\"level \" + athlete.Level", "level intermediate")]
    [InlineData("athlete.Equipment + \"!\"", "bands, dumbbells!")]
    [InlineData("\"km \" + athlete.WeeklyKm", "km 20, 30")]
    [InlineData("\"soreness \" + athlete.Readiness.Soreness", "soreness 3")]
    public void Text_numbers_enums_and_lists_of_them_still_join(string expression, string expected)
    {
        ExpressionHarness.Evaluate(expression, Athlete.Sample with { WeeklyKm = [20, 30] }).ShouldBe(expected);
    }
}

using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Checks diagnostics as data: code and the 1-based line and column a person would be sent to, in reading order.</summary>
internal static class DiagnosticExpectations
{
    public static void ShouldBeDiagnostics(this IEnumerable<Diagnostic> actual, params (string Code, int Line, int Column)[] expected)
    {
        var list = actual.ToList();
        list.Select(d => $"{d.Code}({d.Location.Line},{d.Location.Column})")
            .ShouldBe(expected.Select(e => $"{e.Code}({e.Line},{e.Column})"), customMessage: "actual:\n" + string.Join("\n", list));
    }
}

using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Tests.Json;

/// <summary>Checks diagnostics as data: code, 1-based line and column, in reading order.</summary>
internal static class DiagnosticShould
{
    public static void ShouldBeDiagnostics(this IEnumerable<Diagnostic> actual, params (string Code, int Line, int Column)[] expected)
    {
        var list = actual.ToList();
        list.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ToArray()
            .ShouldBe(expected, customMessage: "actual:" + Environment.NewLine + string.Join(Environment.NewLine, list));
    }
}

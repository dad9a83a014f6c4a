using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>Checks diagnostics as data: code and the 1-based line and column a person would be sent to.</summary>
internal static class DiagnosticAssertions
{
    public static void ShouldHaveDiagnostics(this ParseResult result, params (string Code, int Line, int Column)[] expected) =>
        result.Diagnostics.ShouldHaveDiagnostics(expected);

    public static void ShouldHaveDiagnostics(this IEnumerable<Diagnostic> diagnostics, params (string Code, int Line, int Column)[] expected)
    {
        var all = diagnostics.ToList();
        var actual = all.Select(d => $"{d.Code}({d.Location.Line},{d.Location.Column})").ToList();
        var wanted = expected.Select(e => $"{e.Code}({e.Line},{e.Column})").ToList();
        actual.ShouldBe(wanted, customMessage: "found:\n" + string.Join("\n", all));
    }

    /// <summary>The single diagnostic, checked for code and position, returned so its message can be checked too.</summary>
    public static Diagnostic ShouldHaveSingleDiagnostic(this ParseResult result, string code, int line, int column)
    {
        result.ShouldHaveDiagnostics((code, line, column));
        return result.Diagnostics[0];
    }
}

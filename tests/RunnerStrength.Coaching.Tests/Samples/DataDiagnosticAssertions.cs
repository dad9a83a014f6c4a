using System.Globalization;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Tests;

/// <summary>Checks diagnostics as data: each one written as <c>RS1006(5,15)</c>, code then 1-based line and column.</summary>
internal static class DataDiagnosticAssertions
{
    /// <summary>The diagnostic in the form the expectations are written in.</summary>
    public static string Shape(this Diagnostic diagnostic) =>
        string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Code}({diagnostic.Location.Line},{diagnostic.Location.Column})");

    /// <summary>Asserts exactly these diagnostics, in this order; the failure message lists the full diagnostics.</summary>
    public static void ShouldHaveDiagnostics(this IEnumerable<Diagnostic> diagnostics, params string[] expected)
    {
        var actual = diagnostics.ToList();
        actual.Select(Shape).ToArray().ShouldBe(expected, string.Join("\n", actual.Select(d => d.ToString())));
    }

    /// <summary>Asserts there are no diagnostics at all, listing them when there are.</summary>
    public static void ShouldBeClean(this IEnumerable<Diagnostic> diagnostics)
    {
        var actual = diagnostics.ToList();
        actual.ShouldBeEmpty(string.Join("\n", actual.Select(d => d.ToString())));
    }
}

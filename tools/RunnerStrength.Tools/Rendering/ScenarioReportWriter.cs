using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Tools.Output;
using Spectre.Console;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// The <c>test</c> report: a line per scenario, each failure with its expectation, what was expected, what came out
/// and where; the rules no scenario fired when asked; and always last, <c>N passed, N failed</c>.
/// </summary>
internal static class ScenarioReportWriter
{
    public static void Write(TextWriter writer, bool color, ScenarioSuiteResult suite, bool coverage)
    {
        var console = color ? TerminalConsole.Create(writer, color: true) : null;
        foreach (var outcome in suite.Outcomes)
        {
            var verdict = outcome.Passed ? "PASS" : "FAIL";
            Line(writer, console, $"{verdict} {outcome.Name} ({outcome.Path})", outcome.Passed ? "green" : "red");
            foreach (var failure in outcome.Failures)
            {
                var where = failure.Location.IsNone ? outcome.Path : failure.Location.ToString();
                writer.WriteLine($"  {where}: {failure.Expectation}");
                writer.WriteLine($"    expected: {failure.Expected}");
                writer.WriteLine($"    actual:   {failure.Actual}");
            }
        }

        if (coverage)
        {
            var unfired = suite.UnfiredRules.Order(StringComparer.Ordinal).ToList();
            writer.WriteLine();
            writer.WriteLine(unfired.Count == 0
                ? $"Coverage: every one of the {Wording.Quantity("rule", suite.AllRules.Count)} fired in some scenario."
                : $"Coverage: {Wording.Quantity("rule", unfired.Count)} of {suite.AllRules.Count} never fired:");
            foreach (var rule in unfired)
            {
                writer.WriteLine("  " + rule);
            }
        }

        writer.WriteLine($"{suite.Passed} passed, {suite.Failed} failed");
    }

    private static void Line(TextWriter writer, IAnsiConsole? console, string text, string colour)
    {
        if (console is null)
        {
            writer.WriteLine(text);
            return;
        }

        console.MarkupLine($"[{colour}]{Markup.Escape(text[..4])}[/]{Markup.Escape(text[4..])}");
    }
}

using System.Collections.Immutable;
using RunnerStrength.Coaching.Lint;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Tools.Commands;

/// <summary>One lint run: the rule set and population, its findings, and the other problems met on the way.</summary>
internal sealed record LintReport
{
    public required string Rules { get; init; }

    /// <summary>The folder of sample athletes, or null when there was none.</summary>
    public string? Athletes { get; init; }

    public DateOnly Start { get; init; }

    public int Seed { get; init; }

    public bool WarningsAsErrors { get; init; }

    /// <summary>The findings and the population; null when the rule set did not load.</summary>
    public LintResult? Result { get; init; }

    /// <summary>The rule set's load diagnostics, unreadable samples, athletes not planned.</summary>
    public ImmutableArray<Diagnostic> Problems { get; init; } = [];

    /// <summary>The findings as printed: warnings, or errors with --warnings-as-errors.</summary>
    public ImmutableArray<(Diagnostic Diagnostic, LintFinding Finding)> Findings =>
        Result is null ? [] : [.. Result.Findings.Select(f => (WarningsAsErrors ? AsError(f.Diagnostic) : f.Diagnostic, f))];

    /// <summary>Everything printed, the problems first.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. Problems.Select(d => WarningsAsErrors ? AsError(d) : d), .. Findings.Select(f => f.Diagnostic)];

    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Messages: where a first-rule-decides workflow's order decides (RS4103), for review.</summary>
    public int Messages => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);

    /// <summary>The last line of the text report: <c>0 errors, 3 warnings, 2 messages in 14 workflows, for 19 sample and 400 generated athletes (seed 1)</c>.</summary>
    public string Summary
    {
        get
        {
            var counts = $"{Wording.Quantity("error", Errors)}, {Wording.Quantity("warning", Warnings)}";
            if (Messages > 0)
            {
                counts += $", {Wording.Quantity("message", Messages)}";
            }

            if (Result is null)
            {
                return $"{counts}: the rule set in {Rules} did not load";
            }

            var seed = Result.Population.Generated.IsEmpty ? string.Empty : $" (seed {Seed})";
            return $"{counts} in {Wording.Quantity("workflow", Result.Workflows)}, for {Result.Population.Describe()}{seed}";
        }
    }

    private static Diagnostic AsError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning ? new Diagnostic(diagnostic.Descriptor, diagnostic.Location, DiagnosticSeverity.Error, [.. diagnostic.Arguments]) : diagnostic;
}

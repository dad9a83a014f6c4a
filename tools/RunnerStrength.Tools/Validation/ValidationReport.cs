using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Tools.Validation;

/// <summary>Every problem found by one <c>validate</c> run, in a stable order, and how many files were checked.</summary>
internal sealed record ValidationReport(ImmutableArray<Diagnostic> Diagnostics, int FileCount)
{
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
}

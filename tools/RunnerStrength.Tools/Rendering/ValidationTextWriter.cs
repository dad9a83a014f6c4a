using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Validation;

namespace RunnerStrength.Tools.Rendering;

/// <summary><c>validate --format text</c>: one MSBuild-form line per problem, then <c>2 errors, 1 warning in 14 files</c>.</summary>
internal static class ValidationTextWriter
{
    public static void Write(TextWriter writer, ValidationReport report, bool color)
    {
        DiagnosticLines.Write(writer, report.Diagnostics, color);
        writer.WriteLine(Summary(report));
    }

    public static string Summary(ValidationReport report)
    {
        var counts = $"{Wording.Quantity("error", report.Errors)}, {Wording.Quantity("warning", report.Warnings)}";
        if (report.Infos > 0)
        {
            counts += $", {Wording.Quantity("message", report.Infos)}";
        }

        return $"{counts} in {Wording.Quantity("file", report.FileCount)}";
    }
}

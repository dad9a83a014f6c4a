using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Writes diagnostics one per line in the MSBuild form editors and CI parse: <c>path(line,col): error RS3101: message</c>;
/// control and bidirectional characters in paths and messages are escaped, so a line stays one line and reads as written.
/// </summary>
internal static class DiagnosticLines
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(TerminalText.Escape(diagnostic.ToString()));
        }
    }

    /// <summary>Writes a problem that has no file position, in the same form: <c>error RS9001: message</c>.</summary>
    public static void Write(TextWriter writer, Diagnostic diagnostic) => writer.WriteLine(TerminalText.Escape(diagnostic.ToString()));
}

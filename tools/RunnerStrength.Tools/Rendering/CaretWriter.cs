using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Output;

namespace RunnerStrength.Tools.Rendering;

/// <summary>Writes a diagnostic with the line it points at and a caret under the place, compiler-style.</summary>
internal static class CaretWriter
{
    private const string Indent = "  ";

    public static void Write(TextWriter writer, bool color, Diagnostic diagnostic)
    {
        writer.WriteLine(DiagnosticLines.Colour(diagnostic.ToString(), color));
        var location = diagnostic.Location;
        if (location.IsNone || location.Source.LineCount == 0)
        {
            return;
        }

        var start = location.Start;
        var end = location.End;
        var line = location.Source.GetLineText(start.Line);
        var column = Math.Min(start.Character, line.Length);
        var width = end.Line == start.Line ? Math.Max(1, Math.Min(end.Character, line.Length) - column) : Math.Max(1, line.Length - column);

        // Tabs stay tabs under the line so the caret lines up whatever the terminal's tab width.
        var padding = string.Concat(line[..column].Select(c => c == '\t' ? '\t' : ' '));
        writer.WriteLine(Indent + line);
        writer.WriteLine(Indent + padding + new string('^', width));
    }
}

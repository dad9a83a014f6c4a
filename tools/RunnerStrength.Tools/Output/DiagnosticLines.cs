using System.Text.RegularExpressions;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Writes diagnostics one per line in the MSBuild form editors and CI parse: <c>path(line,col): error RS3101: message</c>;
/// control and bidirectional characters in paths and messages are escaped, so a line stays one line and reads as written.
/// On a terminal, without NO_COLOR, the word <c>error</c> is red and <c>warning</c> yellow; elsewhere the line is plain.
/// </summary>
internal static partial class DiagnosticLines
{
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Reset = "\u001b[0m";

    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool color)
    {
        foreach (var diagnostic in diagnostics)
        {
            Write(writer, diagnostic, color);
        }
    }

    /// <summary>Writes a problem that has no file position, in the same form: <c>error RS9001: message</c>.</summary>
    public static void Write(TextWriter writer, Diagnostic diagnostic, bool color) => WriteLine(writer, diagnostic.ToString(), color);

    /// <summary>Writes one line that reports a problem (<c>runner-strength plan: error: ...</c>), escaped and coloured as above.</summary>
    public static void WriteLine(TextWriter writer, string line, bool color) => writer.WriteLine(Colour(TerminalText.Escape(line), color));

    /// <summary><paramref name="line"/> with its first severity word coloured when <paramref name="color"/> is true.</summary>
    public static string Colour(string line, bool color)
    {
        if (!color || Severity().Match(line) is not { Success: true } match)
        {
            return line;
        }

        var word = match.Groups["word"];
        var colour = word.Value == "error" ? Red : Yellow;
        return line[..word.Index] + colour + word.Value + Reset + line[(word.Index + word.Length)..];
    }

    /// <summary>True when <paramref name="text"/>, lines as <see cref="Write(TextWriter, Diagnostic, bool)"/> writes them (coloured or not), reports an error.</summary>
    public static bool HasError(string text) =>
        text.Split('\n').Select(line => Ansi().Replace(line, string.Empty)).Any(line => Severity().Match(line) is { Success: true } match && match.Groups["word"].Value == "error");

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();

    // "file(1,2): error RS3101:", "error RS9001:", "runner-strength plan: error:", "<expr>: error:".
    [GeneratedRegex(@"^(?:.*?: )?(?<word>error|warning)(?: RS[0-9]{4})?:")]
    private static partial Regex Severity();
}

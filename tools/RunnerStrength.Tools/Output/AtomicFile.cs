using System.Text;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Writes output files so that a reader never sees half a file: the text goes to a temporary file in the same folder,
/// which then replaces the target in one move. A failure leaves the previous file as it was.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>; null when written, else RS9003 or RS9004 saying why not.</summary>
    public static Diagnostic? Write(string path, string text)
    {
        var display = PathDisplay.Of(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, display, "a folder", "a file to write");
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder))
        {
            return new Diagnostic(DiagnosticCatalog.CannotWrite, Location.None, display, $"the folder '{PathDisplay.Of(folder)}' does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, Utf8NoBom);
            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message.Replace(temporary, display, StringComparison.Ordinal);
            return new Diagnostic(DiagnosticCatalog.CannotWrite, Location.None, display, reason);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be created or is already gone; nothing else to clean up.
        }
    }
}

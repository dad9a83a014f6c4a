using System.Text;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>Reads a coaching data file from disk, reporting a missing, misdirected or unreadable path instead of throwing.</summary>
internal static class JsonSourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with RS9001 (missing), RS9004 (a folder) or RS9002 (unreadable) added to <paramref name="diagnostics"/>.</summary>
    public static SourceText? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.WrongPathKind, Location.None, path, "a folder", "a JSON file");
            return null;
        }

        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, Location.None, path);
            return null;
        }

        try
        {
            return SourceText.From(File.ReadAllText(path, StrictUtf8), path);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, Location.None, path, "it is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, Location.None, path, ex.Message);
        }

        return null;
    }
}

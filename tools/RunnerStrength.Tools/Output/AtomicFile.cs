using System.Text;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Writes output files so that a reader never sees half a file: the text goes to a temporary file in the same folder,
/// which then replaces the target in one move. A failure leaves the previous file as it was.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/>; null when written, else RS9003, RS9004 or RS9005 saying why
    /// not. With <paramref name="keepMode"/>, a file that is replaced keeps its permissions (a file rewritten in place).
    /// </summary>
    public static Diagnostic? Write(string path, string text, bool keepMode = false)
    {
        var display = PathDisplay.Of(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, display, "a folder", "a file to write");
        }

        if (Refusal(full, display) is { } refusal)
        {
            return refusal;
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder))
        {
            var reason = FileAbove(folder) is { } file
                ? $"'{PathDisplay.Of(file)}' is a file, not a folder"
                : $"the folder '{PathDisplay.Of(folder)}' does not exist";
            return new Diagnostic(DiagnosticCatalog.CannotWrite, Location.None, display, reason);
        }

        // Short and independent of the target's name: a name near the 255-byte limit must still get a temporary file.
        var temporary = Path.Combine(folder, $".rs-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(text));

                // On disk before the rename: after a crash the target is the old file or the new one, never empty.
                stream.Flush(flushToDisk: true);
            }

            if (keepMode && !OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

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

    /// <summary>
    /// Why <paramref name="full"/> must not be replaced: only a regular file or a new path is. The move would put a
    /// regular file in place of a device, a FIFO or a symbolic link (and the link's target would keep its old text).
    /// </summary>
    private static Diagnostic? Refusal(string full, string display)
    {
        if (new FileInfo(full).LinkTarget is not null)
        {
            return new Diagnostic(DiagnosticCatalog.NotRegularFile, Location.None, display, "a symbolic link");
        }

        var kind = PathKinds.Of(full);
        return kind is PathKind.Missing or PathKind.RegularFile
            ? null
            : new Diagnostic(DiagnosticCatalog.NotRegularFile, Location.None, display, PathKinds.Describe(kind));
    }

    /// <summary>The regular file that stands where <paramref name="folder"/> or one of its parents should be, or null.</summary>
    private static string? FileAbove(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }

            if (Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
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

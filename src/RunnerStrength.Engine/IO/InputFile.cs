using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.IO;

/// <summary>
/// Reads an input file with a size cap, and only when it is a regular file: a device, a FIFO or a socket (or a
/// symbolic link to one) is refused before it is opened, so no input can hang the reader or exhaust memory.
/// </summary>
public static class InputFile
{
    /// <summary>The default cap on the size of one input file: 16 MiB.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// The bytes of the file at <paramref name="path"/> (shown as <paramref name="display"/>), or null after reporting
    /// RS9001 (missing), RS9004 (a folder), RS9005 (not a regular file), RS9006 (over <paramref name="maxBytes"/>) or
    /// RS9002 (unreadable) at <paramref name="location"/>.
    /// </summary>
    public static byte[]? ReadBytes(string path, string display, Location location, long maxBytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        switch (PathKinds.Of(path))
        {
            case PathKind.RegularFile:
                break;
            case PathKind.Missing:
                diagnostics.Report(DiagnosticCatalog.FileNotFound, location, display);
                return null;
            case PathKind.Folder:
                diagnostics.Report(DiagnosticCatalog.WrongPathKind, location, display, "a folder", "a file");
                return null;
            case var kind:
                diagnostics.Report(DiagnosticCatalog.NotRegularFile, location, display, PathKinds.Describe(kind));
                return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (stream.Length > maxBytes)
            {
                diagnostics.Report(DiagnosticCatalog.FileTooLarge, location, display, maxBytes);
                return null;
            }

            // The length is only a hint: the file may grow while it is read, so the loop keeps to the cap itself.
            var buffer = new byte[(int)Math.Min(stream.Length, maxBytes) + 1];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes)
                    {
                        diagnostics.Report(DiagnosticCatalog.FileTooLarge, location, display, maxBytes);
                        return null;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length + Math.Max(buffer.Length, ChunkBytes)));
                }

                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    return buffer.AsSpan(0, total).ToArray();
                }

                total += read;
            }
        }
        catch (FileNotFoundException)
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, location, display);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, location, display, ex is UnauthorizedAccessException ? "permission denied" : ex.Message);
        }

        return null;
    }
}

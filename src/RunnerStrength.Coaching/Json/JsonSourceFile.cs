using System.Text;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>Reads a coaching data file from disk, reporting a missing, misdirected, oversized or unreadable path instead of throwing.</summary>
internal static class JsonSourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Editors count columns after the mark, so it is left out of the text.
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The file's text, or null with RS9001 (missing), RS9004 (a folder), RS9005 (not a regular file), RS9006 (over
    /// 16 MiB) or RS9002 (unreadable) added to <paramref name="diagnostics"/>.
    /// </summary>
    public static SourceText? Read(string path, DiagnosticBag diagnostics) => Read(path, path, diagnostics);

    /// <summary>As <see cref="Read(string, DiagnosticBag)"/>, with messages and locations showing <paramref name="display"/>.</summary>
    public static SourceText? Read(string path, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.WrongPathKind, Location.None, display, "a folder", "a JSON file");
            return null;
        }

        if (InputFile.ReadBytes(path, display, Location.None, InputFile.DefaultMaxBytes, diagnostics) is not { } bytes)
        {
            return null;
        }

        try
        {
            var skip = bytes.AsSpan().StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
            return SourceText.From(StrictUtf8.GetString(bytes, skip, bytes.Length - skip), display);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, Location.None, display, "it is not UTF-8 text");
            return null;
        }
    }
}

using System.Text;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>Reads rule files as strict UTF-8 text, turning every file-system problem into an RS9xxx diagnostic.</summary>
internal static class RuleFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Editors count columns after the mark, so it is left out of the text.
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The path as messages show it: as the user gave it, with forward slashes.</summary>
    public static string Display(string path) => path.Replace('\\', '/');

    /// <summary>
    /// The text of the file at <paramref name="path"/>, shown as <paramref name="display"/>, when it is a regular file of
    /// at most <paramref name="maxBytes"/>; null after reporting why not.
    /// </summary>
    public static SourceText? Load(string path, string display, long maxBytes, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(path))
        {
            diagnostics.Report(DiagnosticCatalog.WrongPathKind, Nowhere(display), display, "a folder", "a JSON file");
            return null;
        }

        if (InputFile.ReadBytes(path, display, Nowhere(display), maxBytes, diagnostics) is not { } bytes)
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
            diagnostics.Report(DiagnosticCatalog.CannotRead, Nowhere(display), display, "it is not UTF-8 text; save it as UTF-8");
            return null;
        }
    }

    /// <summary>The JSON files directly in <paramref name="directory"/>, by ordinal file name; null after reporting why not.</summary>
    public static IReadOnlyList<(string Path, string Display)>? ListJsonFiles(string directory, string display, DiagnosticBag diagnostics)
    {
        if (File.Exists(directory))
        {
            diagnostics.Report(DiagnosticCatalog.WrongPathKind, Nowhere(display), display, "a file", "a folder");
            return null;
        }

        if (!Directory.Exists(directory))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, Nowhere(display), display);
            return null;
        }

        try
        {
            var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false };
            var prefix = display.EndsWith('/') ? display : display + "/";
            return Directory.EnumerateFiles(directory, "*.json", options)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(name => (Path.Combine(directory, name), prefix + name))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, Nowhere(display), display, ex.Message);
            return null;
        }
    }

    /// <summary>A location that names the file but no position in it.</summary>
    private static Location Nowhere(string display) => new(SourceText.From(string.Empty, display), default);
}

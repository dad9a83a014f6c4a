using System.Collections.Immutable;
using System.Text;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Formatting;

/// <summary>What formatting one file gave: its kind, its text before and after, or why it was left alone.</summary>
internal sealed record FormatResult(string Display, FormatKind? Kind, string? Original, string? Formatted, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The file could not be read or is not well-formed JSON for its kind: reported, and never written.</summary>
    public bool Failed => Diagnostics.Any(d => d.IsError);

    /// <summary>The file is not in the canonical layout.</summary>
    public bool Changed => Formatted is not null && !string.Equals(Formatted, Original, StringComparison.Ordinal);
}

/// <summary>
/// Lays out rule, catalog, manifest, athlete and scenario files canonically (<see cref="LayoutWriter"/>) without changing
/// what they say: values stay as written, comments stay, and a file its own reader finds malformed is reported as that
/// reader reports it (RS1001 with its line and column) and left alone.
/// </summary>
internal static class JsonFormatter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and formats the file at <paramref name="path"/>; a file of no known kind comes back with a null <see cref="FormatResult.Kind"/>.</summary>
    public static FormatResult FormatFile(string path)
    {
        var display = PathDisplay.Of(path);
        var diagnostics = new DiagnosticBag();
        if (InputFile.ReadBytes(path, display, Location.None, InputFile.DefaultMaxBytes, diagnostics) is not { } bytes)
        {
            return new FormatResult(display, null, null, null, diagnostics.ToSortedImmutable());
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, Location.None, display, "it is not UTF-8 text");
            return new FormatResult(display, null, null, null, diagnostics.ToSortedImmutable());
        }

        return Format(text, display);
    }

    /// <summary>Formats <paramref name="text"/>, the content of the file shown as <paramref name="display"/>.</summary>
    public static FormatResult Format(string text, string display)
    {
        // Editors count columns after a byte-order mark, and so do the readers; the layout has none.
        var source = SourceText.From(text.StartsWith('\uFEFF') ? text[1..] : text, display);
        LayoutDocument? document = null;
        LayoutException? unreadable = null;
        try
        {
            document = LayoutReader.Read(source.Text);
        }
        catch (LayoutException ex)
        {
            unreadable = ex;
        }

        var kind = FormatKinds.Of(display, document, source.Text);
        if (SyntaxError(source, kind) is { } error)
        {
            return new FormatResult(display, kind, text, null, [error]);
        }

        if (unreadable is not null || document is null)
        {
            var at = new Location(source, new TextSpan(Math.Min(unreadable?.Offset ?? 0, source.Text.Length), 0));
            return new FormatResult(display, kind, text, null, [new Diagnostic(DiagnosticCatalog.InvalidJson, at, unreadable?.Message ?? "the file is empty")]);
        }

        if (kind is not { } known)
        {
            return new FormatResult(display, null, text, null, []);
        }

        var formatted = LayoutWriter.Write(document, FormatKinds.Schema(known));
        return Keeps(document, formatted, known)
            ? new FormatResult(display, known, text, formatted, [])
            : throw new InvalidOperationException($"formatting {display} would change what it says, so it was left as it is; please report this");
    }

    /// <summary>
    /// The syntax error the reader of <paramref name="kind"/> reports, or null: rule files and manifests are strict JSON
    /// (the engine's reader); catalogs, athletes and scenarios may hold comments and trailing commas (System.Text.Json's).
    /// A file of no known kind is checked leniently.
    /// </summary>
    private static Diagnostic? SyntaxError(SourceText source, FormatKind? kind) =>
        kind is { } known && !FormatKinds.AllowsComments(known)
            ? JsonParser.Parse(source).Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCatalog.InvalidJson.Code)
            : JsonPointerLocator.Create(source).SyntaxError;

    /// <summary>
    /// True when <paramref name="formatted"/> reads back as the same values and comments (objects compared property by
    /// property, the order of same-named properties kept) and is already in the canonical layout.
    /// </summary>
    private static bool Keeps(LayoutDocument before, string formatted, FormatKind kind)
    {
        var after = LayoutReader.Read(formatted);
        return Same(before.Root, after.Root)
            && before.Comments().Order(StringComparer.Ordinal).SequenceEqual(after.Comments().Order(StringComparer.Ordinal), StringComparer.Ordinal)
            && string.Equals(LayoutWriter.Write(after, FormatKinds.Schema(kind)), formatted, StringComparison.Ordinal);
    }

    private static bool Same(LayoutNode a, LayoutNode b)
    {
        if (a is LayoutScalar sa)
        {
            return b is LayoutScalar sb && string.Equals(sa.Text, sb.Text, StringComparison.Ordinal);
        }

        if (a is not LayoutContainer ca || b is not LayoutContainer cb || ca.IsObject != cb.IsObject || ca.Entries.Length != cb.Entries.Length)
        {
            return false;
        }

        var left = ca.IsObject ? ca.Entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList() : [.. ca.Entries];
        var right = cb.IsObject ? cb.Entries.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList() : [.. cb.Entries];
        return left.Zip(right).All(p => string.Equals(p.First.RawName, p.Second.RawName, StringComparison.Ordinal) && Same(p.First.Value, p.Second.Value));
    }
}

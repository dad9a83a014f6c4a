namespace RunnerStrength.Engine.Text;

/// <summary>
/// The text of one expression and where each of its characters sits in its file. An expression read from a
/// JSON string maps every decoded character back to the file, escapes included, so a message can point at
/// the exact character a person typed.
/// </summary>
public sealed class ExpressionText
{
    private readonly int[]? _offsets;
    private readonly int _start;

    private ExpressionText(string text, SourceText file, int[]? offsets, int start)
    {
        Text = text;
        File = file;
        _offsets = offsets;
        _start = start;
    }

    /// <summary>The expression as the parser reads it (escapes decoded).</summary>
    public string Text { get; }

    /// <summary>The file the expression came from.</summary>
    public SourceText File { get; }

    /// <summary>An expression that is a whole text of its own, such as one typed on a command line.</summary>
    public static ExpressionText FromString(string text, string path = "<expression>") =>
        new(text, SourceText.From(text, path), null, 0);

    /// <summary>
    /// An expression embedded in <paramref name="file"/>; <paramref name="offsets"/> holds, for each character of
    /// <paramref name="text"/> and one more for its end, the file offset where that character was written.
    /// </summary>
    public static ExpressionText Embedded(string text, SourceText file, int[] offsets)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        if (offsets.Length != text.Length + 1)
        {
            throw new ArgumentException("offsets needs one entry per character plus one for the end", nameof(offsets));
        }

        return new(text, file, offsets, 0);
    }

    /// <summary>An expression embedded contiguously (no escapes) starting at <paramref name="start"/> in <paramref name="file"/>.</summary>
    public static ExpressionText Contiguous(string text, SourceText file, int start) => new(text, file, null, start);

    /// <summary>The part of this expression in <paramref name="span"/>, still mapped to the file (for <c>$(...)</c> placeholders).</summary>
    public ExpressionText Slice(TextSpan span)
    {
        var text = Text.Substring(span.Start, span.Length);
        if (_offsets is null)
        {
            return new ExpressionText(text, File, null, _start + span.Start);
        }

        var offsets = new int[span.Length + 1];
        Array.Copy(_offsets, span.Start, offsets, 0, span.Length + 1);
        return new ExpressionText(text, File, offsets, 0);
    }

    /// <summary>The file offset of a 0-based offset inside the expression.</summary>
    public int GetFileOffset(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        return _offsets is null ? _start + offset : _offsets[offset];
    }

    /// <summary>The location in the file of a span inside the expression.</summary>
    public Location GetLocation(TextSpan span)
    {
        var start = GetFileOffset(span.Start);
        var end = GetFileOffset(span.End);
        return new Location(File, TextSpan.FromBounds(start, Math.Max(start, end)));
    }

    /// <summary>The location of the whole expression.</summary>
    public Location Location => GetLocation(new TextSpan(0, Text.Length));

    /// <inheritdoc />
    public override string ToString() => Text;
}

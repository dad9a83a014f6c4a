namespace RunnerStrength.Engine.Text;

/// <summary>The full text of one file (or an in-memory source) with its line map.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, string path)
    {
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The text itself.</summary>
    public string Text { get; }

    /// <summary>The path shown in messages, as the user gave it (may be a display name for in-memory text).</summary>
    public string Path { get; }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Wraps a string; <paramref name="path"/> is what messages show.</summary>
    public static SourceText From(string text, string path = "<input>") =>
        new(text ?? throw new ArgumentNullException(nameof(text)), path);

    /// <summary>The 0-based line and character of a 0-based offset.</summary>
    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, position);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>The 0-based offset of a 0-based line and character.</summary>
    public int GetPosition(LinePosition position)
    {
        var line = Math.Clamp(position.Line, 0, _lineStarts.Length - 1);
        return Math.Min(Text.Length, _lineStarts[line] + position.Character);
    }

    /// <summary>The text of a 0-based line, without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text[start..end];
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}

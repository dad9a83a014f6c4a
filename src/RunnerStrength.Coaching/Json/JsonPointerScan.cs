using System.Text;
using System.Text.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>One pass of <see cref="Utf8JsonReader"/> over the text, turning byte offsets into character offsets as it goes.</summary>
internal sealed class JsonPointerScan
{
    private readonly SourceText _source;
    private readonly byte[] _bytes;
    private readonly int _charBase;
    private readonly Stack<JsonPointerFrame> _frames = new();
    private int _mappedByte;
    private int _mappedChar;

    public JsonPointerScan(SourceText source)
    {
        _source = source;

        // A leading byte-order mark is not JSON; the reader starts after it and offsets are shifted back.
        _charBase = source.Text.StartsWith('\uFEFF') ? 1 : 0;
        _bytes = Encoding.UTF8.GetBytes(source.Text[_charBase..]);
    }

    public Dictionary<string, JsonNodeSpan> Nodes { get; } = new(StringComparer.Ordinal);

    public List<Diagnostic> Duplicates { get; } = [];

    public Diagnostic? SyntaxError { get; private set; }

    public void Run()
    {
        var reader = new Utf8JsonReader(_bytes, CoachingJson.ReaderOptions);
        try
        {
            while (reader.Read())
            {
                Visit(ref reader);
            }
        }
        catch (JsonException ex)
        {
            var position = PositionOf(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            SyntaxError = new Diagnostic(DiagnosticCatalog.InvalidJson, new Location(_source, new TextSpan(position, 0)), CoachingJson.WithoutPosition(ex.Message));
        }
    }

    private void Visit(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                OnPropertyName(reader.GetString() ?? string.Empty, reader.TokenStartIndex);
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                OnStart(reader.TokenStartIndex, reader.TokenType == JsonTokenType.StartArray);
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                OnEnd(reader.TokenStartIndex);
                break;
            default:
                OnValue(reader.TokenStartIndex, reader.BytesConsumed);
                break;
        }
    }

    private void OnPropertyName(string name, long tokenStart)
    {
        var frame = _frames.Peek();
        frame.PendingName = name;
        frame.PendingNameStart = ToChar(tokenStart);
        if (!frame.Names.Add(name))
        {
            var span = new TextSpan(frame.PendingNameStart, StringTokenLength(frame.PendingNameStart));
            Duplicates.Add(new Diagnostic(DiagnosticCatalog.DuplicateProperty, new Location(_source, span), name));
        }
    }

    private void OnStart(long tokenStart, bool isArray)
    {
        var start = ToChar(tokenStart);
        var (pointer, memberStart) = Child(start);
        _frames.Push(new JsonPointerFrame(pointer, isArray, memberStart, start));
    }

    private void OnEnd(long tokenStart)
    {
        var end = ToChar(tokenStart) + 1;
        var frame = _frames.Pop();
        Nodes[frame.Pointer] = new JsonNodeSpan(TextSpan.FromBounds(frame.MemberStart, end), TextSpan.FromBounds(frame.ValueStart, end));
        Advance();
    }

    private void OnValue(long tokenStart, long tokenEnd)
    {
        var start = ToChar(tokenStart);
        var end = ToChar(tokenEnd);
        var (pointer, memberStart) = Child(start);
        Nodes[pointer] = new JsonNodeSpan(TextSpan.FromBounds(memberStart, end), TextSpan.FromBounds(start, end));
        Advance();
    }

    private (string Pointer, int MemberStart) Child(int valueStart)
    {
        if (_frames.Count == 0)
        {
            return (string.Empty, valueStart);
        }

        var frame = _frames.Peek();
        return frame.IsArray
            ? (JsonPointerLocator.Append(frame.Pointer, frame.Index), valueStart)
            : (JsonPointerLocator.Append(frame.Pointer, frame.PendingName ?? string.Empty), frame.PendingNameStart);
    }

    private void Advance()
    {
        if (_frames.Count == 0)
        {
            return;
        }

        var frame = _frames.Peek();
        if (frame.IsArray)
        {
            frame.Index++;
        }
        else
        {
            frame.PendingName = null;
        }
    }

    // Offsets only ever move forward, so each byte is counted once.
    private int ToChar(long byteOffset)
    {
        var target = (int)Math.Min(byteOffset, _bytes.Length);
        if (target > _mappedByte)
        {
            _mappedChar += Encoding.UTF8.GetCharCount(_bytes.AsSpan(_mappedByte, target - _mappedByte));
            _mappedByte = target;
        }

        return _charBase + _mappedChar;
    }

    private int StringTokenLength(int start)
    {
        var text = _source.Text;
        var i = start + 1;
        while (i < text.Length && text[i] != '"')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length) - start;
    }

    // The reader reports a 0-based line and a byte offset within it; walk the line's characters to find the column.
    private int PositionOf(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _source.LineCount - 1);
        var lineStart = _source.GetPosition(new LinePosition(lineIndex, 0));
        if (lineIndex == 0)
        {
            lineStart = Math.Max(lineStart, _charBase);
        }

        var text = _source.Text;
        var bytes = 0L;
        var i = lineStart;
        while (i < text.Length && bytes < bytePositionInLine && text[i] is not ('\n' or '\r'))
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
            i += width;
        }

        return i;
    }
}

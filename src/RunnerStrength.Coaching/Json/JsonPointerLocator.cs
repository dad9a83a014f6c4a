using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>
/// Finds where a JSON Pointer (RFC 6901) such as <c>/history/2/reps</c> sits in a JSON text, so a diagnostic about
/// a node can show its line and column. Reads the text once with the same reader the files are deserialized with.
/// </summary>
public sealed class JsonPointerLocator
{
    private readonly Dictionary<string, JsonNodeSpan> _nodes;

    private JsonPointerLocator(SourceText source, Dictionary<string, JsonNodeSpan> nodes, Diagnostic? syntaxError, ImmutableArray<Diagnostic> duplicates)
    {
        Source = source;
        _nodes = nodes;
        SyntaxError = syntaxError;
        DuplicateProperties = duplicates;
    }

    /// <summary>The text that was read.</summary>
    public SourceText Source { get; }

    /// <summary>The JSON syntax error (RS1001) that stopped the read, or null when the text is well-formed JSON.</summary>
    public Diagnostic? SyntaxError { get; }

    /// <summary>A diagnostic (RS1007) for every property that appears a second time in the same object.</summary>
    public ImmutableArray<Diagnostic> DuplicateProperties { get; }

    /// <summary>Reads <paramref name="source"/> and maps every node's pointer to its span; never throws for malformed JSON.</summary>
    public static JsonPointerLocator Create(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var scan = new Scan(source);
        scan.Run();
        return new JsonPointerLocator(source, scan.Nodes, scan.SyntaxError, [.. scan.Duplicates]);
    }

    /// <summary>The pointer of the member <paramref name="name"/> of the object at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of item <paramref name="index"/> of the array at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the text has a node at <paramref name="pointer"/>.</summary>
    public bool Contains(string pointer) => _nodes.ContainsKey(pointer);

    /// <summary>The span of the value at <paramref name="pointer"/> (for a string, including its quotes), or null when there is none.</summary>
    public TextSpan? FindValue(string pointer) => _nodes.TryGetValue(pointer, out var node) ? node.Value : null;

    /// <summary>The span from the property name to the end of the value at <paramref name="pointer"/>; for array items and the root, the value.</summary>
    public TextSpan? FindMember(string pointer) => _nodes.TryGetValue(pointer, out var node) ? node.Member : null;

    /// <summary>
    /// Where a problem with the node at <paramref name="pointer"/> is shown: its property name (or the value, for array
    /// items); when the node does not exist, its nearest existing ancestor; failing that, the start of the text.
    /// </summary>
    public Location Locate(string pointer) => new(Source, Nearest(pointer)?.Member ?? default);

    /// <summary>Like <see cref="Locate"/>, but at the value itself rather than its property name.</summary>
    public Location LocateValue(string pointer) => new(Source, Nearest(pointer)?.Value ?? default);

    private JsonNodeSpan? Nearest(string pointer)
    {
        while (true)
        {
            if (_nodes.TryGetValue(pointer, out var node))
            {
                return node;
            }

            var slash = pointer.LastIndexOf('/');
            if (slash < 0)
            {
                return null;
            }

            pointer = pointer[..slash];
        }
    }

    private readonly record struct JsonNodeSpan(TextSpan Member, TextSpan Value);

    private sealed class Frame(string pointer, bool isArray, int memberStart, int valueStart)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int MemberStart { get; } = memberStart;

        public int ValueStart { get; } = valueStart;

        public int Index { get; set; }

        public string? PendingName { get; set; }

        public int PendingNameStart { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One pass of <see cref="Utf8JsonReader"/> over the text, turning byte offsets into character offsets as it goes.</summary>
    private sealed class Scan
    {
        private readonly SourceText _source;
        private readonly byte[] _bytes;
        private readonly int _charBase;
        private readonly Stack<Frame> _frames = new();
        private int _mappedByte;
        private int _mappedChar;

        public Scan(SourceText source)
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
                {
                    var frame = _frames.Peek();
                    var name = reader.GetString() ?? string.Empty;
                    frame.PendingName = name;
                    frame.PendingNameStart = ToChar(reader.TokenStartIndex);
                    if (!frame.Names.Add(name))
                    {
                        var span = new TextSpan(frame.PendingNameStart, StringTokenLength(frame.PendingNameStart));
                        Duplicates.Add(new Diagnostic(DiagnosticCatalog.DuplicateProperty, new Location(_source, span), name));
                    }

                    break;
                }

                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                {
                    var start = ToChar(reader.TokenStartIndex);
                    var (pointer, memberStart) = Child(start);
                    _frames.Push(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray, memberStart, start));
                    break;
                }

                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                {
                    var end = ToChar(reader.TokenStartIndex) + 1;
                    var frame = _frames.Pop();
                    Nodes[frame.Pointer] = new JsonNodeSpan(
                        TextSpan.FromBounds(frame.MemberStart, end),
                        TextSpan.FromBounds(frame.ValueStart, end));
                    Advance();
                    break;
                }

                default:
                {
                    var start = ToChar(reader.TokenStartIndex);
                    var end = ToChar(reader.BytesConsumed);
                    var (pointer, memberStart) = Child(start);
                    Nodes[pointer] = new JsonNodeSpan(TextSpan.FromBounds(memberStart, end), TextSpan.FromBounds(start, end));
                    Advance();
                    break;
                }
            }
        }

        private (string Pointer, int MemberStart) Child(int valueStart)
        {
            if (_frames.Count == 0)
            {
                return (string.Empty, valueStart);
            }

            var frame = _frames.Peek();
            return frame.IsArray
                ? (Append(frame.Pointer, frame.Index), valueStart)
                : (Append(frame.Pointer, frame.PendingName ?? string.Empty), frame.PendingNameStart);
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
}

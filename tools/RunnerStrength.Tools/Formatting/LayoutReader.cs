using System.Collections.Immutable;
using System.Text.Json;

namespace RunnerStrength.Tools.Formatting;

/// <summary>
/// Reads JSON into a <see cref="LayoutDocument"/>, keeping values as written and comments where they stand. It reads
/// comments and trailing commas whatever the file's kind: the kind's own reader has already decided whether the file is
/// well formed (<see cref="JsonFormatter"/>), so this one only has to be right on text that reader accepted.
/// </summary>
/// <remarks>
/// A comment on the same line as the end of a property or item (after it or after its comma) stays after it; any other
/// comment belongs to the next property or item, on the lines before it, or when none follows, to the end of its object
/// or array. Comments between a property's name and its value move to the lines before the property.
/// </remarks>
internal sealed class LayoutReader
{
    /// <summary>The deepest nesting read, as the engine's own JSON reader allows.</summary>
    private const int MaxDepth = 256;

    private readonly string _text;
    private readonly List<(string Text, bool OnNewLine)> _comments = [];
    private int _position;
    private bool _newLine;

    private LayoutReader(string text)
    {
        _text = text;
        _position = text.StartsWith('\uFEFF') ? 1 : 0;
    }

    /// <summary>Reads <paramref name="text"/>; throws <see cref="LayoutException"/> where it is not JSON.</summary>
    public static LayoutDocument Read(string text)
    {
        var reader = new LayoutReader(text);
        reader.SkipTrivia();
        var leading = reader.TakeComments();
        var root = reader.ReadValue(0);
        reader.SkipTrivia();
        if (reader._position < text.Length)
        {
            throw new LayoutException(reader._position, "expected the end of the file after the JSON value");
        }

        return new LayoutDocument(leading, root, reader.TakeComments());
    }

    private LayoutNode ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw new LayoutException(_position, "expected a value, found the end of the file");
        }

        switch (_text[_position])
        {
            case '{':
            case '[':
                if (depth >= MaxDepth)
                {
                    throw new LayoutException(_position, $"the JSON nests deeper than {MaxDepth} levels");
                }

                return ReadContainer(depth + 1);
            case '"':
                return new LayoutScalar(ReadString());
            default:
                var start = _position;
                while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
                {
                    _position++;
                }

                if (_position == start)
                {
                    throw new LayoutException(_position, $"expected a value, found '{_text[_position]}'");
                }

                MarkToken();
                return new LayoutScalar(_text[start.._position]);
        }
    }

    private LayoutContainer ReadContainer(int depth)
    {
        var isObject = _text[_position] == '{';
        var close = isObject ? '}' : ']';
        _position++;
        MarkToken();
        var entries = new List<LayoutEntry>();
        var pending = ImmutableArray<string>.Empty;
        while (true)
        {
            SkipTrivia();
            pending = pending.AddRange(TakeComments());
            if (Peek() == close)
            {
                _position++;
                MarkToken();
                return new LayoutContainer(isObject, [.. entries], pending);
            }

            string? rawName = null;
            string? name = null;
            var leading = pending;
            if (isObject)
            {
                if (Peek() != '"')
                {
                    throw new LayoutException(_position, "expected a property name in double quotes");
                }

                var nameStart = _position;
                rawName = ReadString();
                name = Decode(rawName, nameStart);
                SkipTrivia();
                if (Peek() != ':')
                {
                    throw new LayoutException(_position, "expected ':' after the property name");
                }

                _position++;
                MarkToken();
                SkipTrivia();
                leading = leading.AddRange(TakeComments());
            }

            var value = ReadValue(depth);

            // What follows on the value's line (before and after its comma) stays with it; the rest goes to what comes next.
            SkipTrivia();
            var hasComma = Peek() == ',';
            if (hasComma)
            {
                _position++;
                MarkToken(keepLine: true);
                SkipTrivia();
            }
            else if (Peek() != close)
            {
                throw new LayoutException(_position, $"expected ',' or '{close}'");
            }

            var after = _comments.ToList();
            _comments.Clear();
            var sameLine = after.TakeWhile(c => !c.OnNewLine).Select(c => c.Text).ToImmutableArray();
            pending = [.. after.Skip(sameLine.Length).Select(c => c.Text)];
            entries.Add(new LayoutEntry(rawName, name, value, leading, sameLine));
        }
    }

    private string ReadString()
    {
        var start = _position;
        _position++;
        while (_position < _text.Length && _text[_position] != '"')
        {
            _position += _text[_position] == '\\' ? 2 : 1;
        }

        if (_position >= _text.Length)
        {
            throw new LayoutException(start, "the string has no closing '\"'");
        }

        _position++;
        MarkToken();
        return _text[start.._position];
    }

    /// <summary>The characters of a property name, its escapes decoded, to find it in the schema.</summary>
    private static string Decode(string raw, int offset)
    {
        if (!raw.Contains('\\', StringComparison.Ordinal))
        {
            return raw[1..^1];
        }

        try
        {
            return JsonSerializer.Deserialize<string>(raw) ?? string.Empty;
        }
        catch (JsonException)
        {
            throw new LayoutException(offset, "the property name has an escape that is not valid JSON");
        }
    }

    /// <summary>Skips white space and comments, noting each comment and whether a line ended between the last token and it.</summary>
    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is '\n' or '\r')
            {
                _newLine = true;
                _position++;
            }
            else if (c is ' ' or '\t')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                var end = _text.IndexOfAny(['\n', '\r'], _position);
                end = end < 0 ? _text.Length : end;
                _comments.Add((_text[_position..end].TrimEnd(), _newLine));
                _position = end;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new LayoutException(_position, "the comment has no closing '*/'");
                }

                _comments.Add((_text[_position..(end + 2)].ReplaceLineEndings("\n"), _newLine));
                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private ImmutableArray<string> TakeComments()
    {
        var taken = _comments.Select(c => c.Text).ToImmutableArray();
        _comments.Clear();
        return taken;
    }

    /// <summary>A token was read: a comment after it is on its line until a line ends (a comma keeps the line of its value).</summary>
    private void MarkToken(bool keepLine = false)
    {
        if (!keepLine)
        {
            _newLine = false;
        }
    }

    private char? Peek() => _position < _text.Length ? _text[_position] : null;
}

/// <summary>Text the layout reader cannot read, at <see cref="Offset"/>.</summary>
internal sealed class LayoutException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}

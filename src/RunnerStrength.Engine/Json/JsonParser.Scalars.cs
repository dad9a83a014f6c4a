using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Json;

public sealed partial class JsonParser
{
    private JsonStringSyntax? ParseString()
    {
        var start = _position;
        var value = new StringBuilder();
        var offsets = ImmutableArray.CreateBuilder<int>();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                Fail(start, "the string has no closing '\"'");
                return null;
            }

            var c = _text[_position];
            if (c == '"')
            {
                offsets.Add(_position);
                _position++;
                return new JsonStringSyntax(TextSpan.FromBounds(start, _position), value.ToString(), offsets.ToImmutable());
            }

            if (c == '\\')
            {
                if (!ReadEscape(value, offsets))
                {
                    return null;
                }

                continue;
            }

            if (c < ' ')
            {
                Fail(c is '\n' or '\r'
                    ? "the string has no closing '\"' on this line; a line break inside a string must be written \\n"
                    : $"the control character U+{(int)c:X4} must be written as an escape inside a string");
                return null;
            }

            value.Append(c);
            offsets.Add(_position);
            _position++;
        }
    }

    private bool ReadEscape(StringBuilder value, ImmutableArray<int>.Builder offsets)
    {
        var start = _position;
        if (start + 1 >= _text.Length)
        {
            Fail(start, "the string has no closing '\"'");
            return false;
        }

        var kind = _text[start + 1];
        var decoded = kind switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => ReadUnicodeEscape(start, value),
            _ => (char?)null,
        };

        if (decoded is null)
        {
            if (kind != 'u')
            {
                Fail(start, $"'\\{kind}' is not a valid escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
            }

            return false;
        }

        value.Append(decoded.Value);
        offsets.Add(start);
        _position = start + (kind == 'u' ? 6 : 2);
        return true;
    }

    /// <summary>Reads <c>\uXXXX</c> at <paramref name="start"/>; a surrogate must be one half of a complete pair.</summary>
    private char? ReadUnicodeEscape(int start, StringBuilder value)
    {
        var digits = start + 2;
        if (digits + 4 > _text.Length
            || !ushort.TryParse(_text.AsSpan(digits, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            var end = digits;
            while (end < _text.Length && end < digits + 4 && char.IsAsciiLetterOrDigit(_text[end]))
            {
                end++;
            }

            Fail(start, $"'{_text[start..end]}' is not a valid escape; \\u needs four hex digits");
            return null;
        }

        var c = (char)code;
        if (char.IsHighSurrogate(c) && !IsLowSurrogateEscapeAt(start + 6))
        {
            Fail(start, $"'{_text[start..(start + 6)]}' is the first half of a surrogate pair; an escape \\uDC00-\\uDFFF must follow it");
            return null;
        }

        if (char.IsLowSurrogate(c) && !(value.Length > 0 && char.IsHighSurrogate(value[^1])))
        {
            Fail(start, $"'{_text[start..(start + 6)]}' is the second half of a surrogate pair without the first");
            return null;
        }

        return c;
    }

    private bool IsLowSurrogateEscapeAt(int offset) =>
        offset + 6 <= _text.Length
        && _text[offset] == '\\'
        && _text[offset + 1] == 'u'
        && ushort.TryParse(_text.AsSpan(offset + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
        && char.IsLowSurrogate((char)code);

    private JsonNodeSyntax? ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
            if (!IsDigit(Peek()))
            {
                return Fail($"expected a digit after '-', found {Found()}");
            }
        }

        if (Peek() == '0')
        {
            _position++;
            if (IsDigit(Peek()))
            {
                return Fail(start, $"'{_text[start..EndOfDigits(_position)]}' is not a valid number; JSON numbers do not start with 0");
            }
        }
        else
        {
            _position = EndOfDigits(_position);
        }

        if (Peek() == '.')
        {
            _position++;
            if (!IsDigit(Peek()))
            {
                return Fail($"expected a digit after '.', found {Found()}");
            }

            _position = EndOfDigits(_position);
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!IsDigit(Peek()))
            {
                return Fail($"expected a digit in the exponent, found {Found()}");
            }

            _position = EndOfDigits(_position);
        }

        return new JsonNumberSyntax(TextSpan.FromBounds(start, _position), _text[start.._position]);
    }

    private JsonNodeSyntax? ParseLiteral(string after)
    {
        var start = _position;
        var word = Word(start);
        JsonNodeSyntax? node = word switch
        {
            "true" => new JsonBooleanSyntax(new TextSpan(start, 4), true),
            "false" => new JsonBooleanSyntax(new TextSpan(start, 5), false),
            "null" => new JsonNullSyntax(new TextSpan(start, 4)),
            _ => null,
        };

        if (node is null)
        {
            var hint = word.ToLowerInvariant() is "true" or "false" or "null" ? $"; write it in lower case: {word.ToLowerInvariant()}" : string.Empty;
            return Fail($"expected a value{after}, found {Found()}{hint}");
        }

        _position = node.Span.End;
        return node;
    }

    private int EndOfDigits(int position)
    {
        while (position < _text.Length && char.IsAsciiDigit(_text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsDigit(char? c) => c is >= '0' and <= '9';
}

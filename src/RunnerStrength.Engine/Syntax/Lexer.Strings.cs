using System.Globalization;
using System.Text;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

public static partial class Lexer
{
    private sealed partial class Scanner
    {
        // "..." or '...'; either quote may be escaped in either kind of string.
        private void ScanString()
        {
            var start = _position;
            var quote = _source[start];
            var value = new StringBuilder();
            _position++;
            while (_position < _source.Length && _source[_position] != quote)
            {
                if (_source[_position] == '\\' && _position + 1 < _source.Length)
                {
                    ScanEscape(value);
                }
                else
                {
                    value.Append(_source[_position]);
                    _position++;
                }
            }

            if (_position >= _source.Length)
            {
                // Reported at the opening quote: that is where the reader has to look, whatever follows.
                Report(DiagnosticCatalog.UnterminatedString, new TextSpan(start, 1), quote.ToString());
                Add(TokenKind.Bad, start, _source.Length - start, null);
                return;
            }

            _position++;
            Add(TokenKind.StringLiteral, start, _position - start, value.ToString());
        }

        private void ScanEscape(StringBuilder value)
        {
            var start = _position;
            var escaped = _source[start + 1];
            char? decoded = escaped switch
            {
                '\\' => '\\',
                '"' => '"',
                '\'' => '\'',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                _ => null,
            };
            if (decoded is { } simple)
            {
                value.Append(simple);
                _position += 2;
                return;
            }

            if (escaped == 'u')
            {
                var hexEnd = start + 2;
                while (hexEnd < start + 6 && hexEnd < _source.Length && char.IsAsciiHexDigit(_source[hexEnd]))
                {
                    hexEnd++;
                }

                if (hexEnd == start + 6)
                {
                    value.Append((char)int.Parse(_source.AsSpan(start + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    _position = hexEnd;
                    return;
                }

                InvalidEscape(value, start, hexEnd);
                return;
            }

            InvalidEscape(value, start, start + (char.IsSurrogatePair(_source, start + 1) ? 3 : 2));
        }

        // The text is kept as written so the string still has a value and parsing can go on to find other problems.
        private void InvalidEscape(StringBuilder value, int start, int end)
        {
            var written = _source[start..end];
            Report(DiagnosticCatalog.InvalidEscape, TextSpan.FromBounds(start, end), written);
            value.Append(written);
            _position = end;
        }
    }
}

using System.Globalization;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

public static partial class Lexer
{
    private sealed partial class Scanner
    {
        // digits [. digits] [(e|E) [+|-] digits] [L | m | d | f], as Dynamic LINQ reads them.
        private void ScanNumber()
        {
            var start = _position;
            SkipDigits();
            var isReal = false;
            if (Current == '.' && char.IsAsciiDigit(Peek(1)))
            {
                isReal = true;
                _position++;
                SkipDigits();
            }

            var signed = Peek(1) is '+' or '-';
            if (Current is 'e' or 'E' && char.IsAsciiDigit(Peek(signed ? 2 : 1)))
            {
                isReal = true;
                _position += signed ? 2 : 1;
                SkipDigits();
            }

            var digits = _source[start.._position];
            var suffix = char.ToUpperInvariant(Current);
            if ((suffix == 'L' && !isReal) || suffix is 'M' or 'D' or 'F')
            {
                _position++;
            }
            else
            {
                suffix = '\0';
            }

            // Anything glued on (`12abc`, `1e`, `0x1F`, `1.5L`) makes the whole run one invalid number,
            // rather than a number followed by a name the parser would then complain about.
            var glued = false;
            while (_position < _source.Length && IsIdentifierPart(_source[_position]))
            {
                glued = true;
                _position++;
            }

            var value = glued ? null : ReadNumber(digits, suffix, isReal);
            var span = TextSpan.FromBounds(start, _position);
            if (value is null)
            {
                Report(DiagnosticCatalog.InvalidNumber, span, _source.Substring(start, span.Length));
                Add(TokenKind.Bad, start, span.Length, null);
                return;
            }

            var kind = value is int or long ? TokenKind.IntegerLiteral : TokenKind.RealLiteral;
            Add(kind, start, span.Length, value);
        }

        private void SkipDigits()
        {
            while (_position < _source.Length && char.IsAsciiDigit(_source[_position]))
            {
                _position++;
            }
        }

        // int when it fits, then long; a decimal for `m`; a double otherwise. Null when the value cannot be held.
        private static object? ReadNumber(string digits, char suffix, bool isReal)
        {
            const NumberStyles Real = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
            var culture = CultureInfo.InvariantCulture;
            switch (suffix)
            {
                case 'M':
                    return decimal.TryParse(digits, Real, culture, out var m) ? m : null;
                case 'D' or 'F':
                    return double.TryParse(digits, Real, culture, out var d) && double.IsFinite(d) ? d : null;
                case 'L':
                    return long.TryParse(digits, NumberStyles.None, culture, out var l) ? l : null;
                default:
                    if (isReal)
                    {
                        return double.TryParse(digits, Real, culture, out var r) && double.IsFinite(r) ? r : null;
                    }

                    if (!long.TryParse(digits, NumberStyles.None, culture, out var integer))
                    {
                        return null;
                    }

                    // Boxed apart: a conditional of int and long would widen both to long.
                    return integer <= int.MaxValue ? (object)(int)integer : integer;
            }
        }
    }
}

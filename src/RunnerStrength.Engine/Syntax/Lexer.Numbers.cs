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
            if (Current == '0' && Peek(1) is 'x' or 'X' or 'b' or 'B')
            {
                ScanPrefixedInteger(start);
                return;
            }

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

        // 0x1F, 0x1FL, 0b101, as Dynamic LINQ reads them: a hex literal is an int when it fits, else a long (`L`, upper
        // case only, makes it a long, and reads 16 digits as its bits); a binary literal of up to 32 digits is an int's bits (0b1 followed by 31 zeros is
        // int.MinValue), of up to 64 a long's, and takes no suffix. Unsigned suffixes (`U`, `UL`) are not read: the
        // language has no unsigned numbers.
        private void ScanPrefixedInteger(int start)
        {
            var isHex = Peek(1) is 'x' or 'X';
            _position += 2;
            var digitsStart = _position;
            while (_position < _source.Length && (isHex ? char.IsAsciiHexDigit(_source[_position]) : _source[_position] is '0' or '1'))
            {
                _position++;
            }

            var digits = _source[digitsStart.._position];
            var isLong = isHex && Current == 'L';
            if (isLong)
            {
                _position++;
            }

            var glued = false;
            while (_position < _source.Length && IsIdentifierPart(_source[_position]))
            {
                glued = true;
                _position++;
            }

            var value = glued || digits.Length == 0 ? null : isHex ? ReadHex(digits, isLong) : ReadBinary(digits);
            var length = _position - start;
            if (value is null)
            {
                Report(DiagnosticCatalog.InvalidNumber, new TextSpan(start, length), _source.Substring(start, length));
                Add(TokenKind.Bad, start, length, null);
                return;
            }

            Add(TokenKind.IntegerLiteral, start, length, value);
        }

        private static object? ReadHex(string digits, bool isLong)
        {
            // 16 digits from 0x8000000000000000 up are a negative long's bits with `L` (as Dynamic LINQ reads them);
            // without it Dynamic LINQ makes them unsigned, which the language has not.
            if (digits.TrimStart('0').Length > 16 || !long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || (value < 0 && !isLong))
            {
                return null;
            }

            return !isLong && value <= int.MaxValue ? (object)(int)value : value;
        }

        private static object? ReadBinary(string digits)
        {
            var significant = digits.TrimStart('0');
            if (significant.Length > 64)
            {
                return null;
            }

            var bits = 0UL;
            foreach (var digit in significant)
            {
                bits = (bits << 1) | (digit == '1' ? 1UL : 0UL);
            }

            return digits.Length <= 32 ? (object)unchecked((int)(uint)bits) : unchecked((long)bits);
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

using System.Globalization;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

public static partial class Lexer
{
    private sealed partial class Scanner
    {
        // Longest match first: `==` before `=`, `=>` before `=`, `<>` and `<=` before `<`, `??` before `?`.
        private (TokenKind Kind, int Length)? PunctuationAt(int position)
        {
            var next = position + 1 < _source.Length ? _source[position + 1] : '\0';
            return _source[position] switch
            {
                '+' => (TokenKind.Plus, 1),
                '-' => (TokenKind.Minus, 1),
                '*' => (TokenKind.Star, 1),
                '/' => (TokenKind.Slash, 1),
                '%' => (TokenKind.Percent, 1),
                '=' when next == '=' => (TokenKind.EqualsEquals, 2),
                '=' when next == '>' => (TokenKind.Arrow, 2),
                '=' => (TokenKind.EqualsEquals, 1),
                '!' when next == '=' => (TokenKind.BangEquals, 2),
                '!' => (TokenKind.Bang, 1),
                '<' when next == '=' => (TokenKind.LessEquals, 2),
                '<' when next == '>' => (TokenKind.BangEquals, 2),
                '<' => (TokenKind.Less, 1),
                '>' when next == '=' => (TokenKind.GreaterEquals, 2),
                '>' => (TokenKind.Greater, 1),
                '&' when next == '&' => (TokenKind.AmpersandAmpersand, 2),
                '|' when next == '|' => (TokenKind.BarBar, 2),
                '?' when next == '?' => (TokenKind.QuestionQuestion, 2),
                '?' => (TokenKind.Question, 1),
                ':' => (TokenKind.Colon, 1),
                '(' => (TokenKind.OpenParen, 1),
                ')' => (TokenKind.CloseParen, 1),
                '[' => (TokenKind.OpenBracket, 1),
                ']' => (TokenKind.CloseBracket, 1),
                '{' => (TokenKind.OpenBrace, 1),
                '}' => (TokenKind.CloseBrace, 1),
                ',' => (TokenKind.Comma, 1),
                '.' => (TokenKind.Dot, 1),
                _ => null,
            };
        }

        // A run of characters that start no token is one Bad token and one diagnostic, not one per character.
        private void ScanUnexpectedCharacters()
        {
            var start = _position;
            do
            {
                _position += char.IsSurrogatePair(_source, _position) ? 2 : 1;
            }
            while (_position < _source.Length && !StartsToken(_position));

            Report(DiagnosticCatalog.UnexpectedCharacter, new TextSpan(start, 1), ShowCharacter(start));
            Add(TokenKind.Bad, start, _position - start, null);
        }

        private bool StartsToken(int position)
        {
            var c = _source[position];
            return IsWhitespace(c) || IsIdentifierStart(c) || char.IsAsciiDigit(c) || c is '"' or '\'' || PunctuationAt(position) is not null;
        }

        // Invisible characters (a no-break space pasted from a document, a control character) are shown by code point.
        private string ShowCharacter(int position)
        {
            if (char.IsSurrogatePair(_source, position))
            {
                return _source.Substring(position, 2);
            }

            var c = _source[position];
            var category = char.GetUnicodeCategory(c);
            return char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || category == UnicodeCategory.Format
                ? $"U+{(int)c:X4}"
                : c.ToString();
        }
    }
}

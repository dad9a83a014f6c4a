using System.Collections.Frozen;
using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

/// <summary>Turns an expression's text into tokens, each with its span, before any parsing starts.</summary>
public static partial class Lexer
{
    // Dynamic LINQ reads its keywords in any case, so `AND`, `Or` and `True` are keywords too.
    private static readonly FrozenDictionary<string, TokenKind> Keywords = new Dictionary<string, TokenKind>
    {
        ["true"] = TokenKind.TrueKeyword,
        ["false"] = TokenKind.FalseKeyword,
        ["null"] = TokenKind.NullKeyword,
        ["and"] = TokenKind.AndKeyword,
        ["or"] = TokenKind.OrKeyword,
        ["not"] = TokenKind.NotKeyword,
        ["in"] = TokenKind.InKeyword,
        ["not_in"] = TokenKind.NotInKeyword,

        // Dynamic LINQ's word forms of operators, in any case as it reads them.
        ["AndAlso"] = TokenKind.AndKeyword,
        ["OrElse"] = TokenKind.OrKeyword,
        ["eq"] = TokenKind.EqualsEquals,
        ["equal"] = TokenKind.EqualsEquals,
        ["ne"] = TokenKind.BangEquals,
        ["neq"] = TokenKind.BangEquals,
        ["notequal"] = TokenKind.BangEquals,
        ["lt"] = TokenKind.Less,
        ["LessThan"] = TokenKind.Less,
        ["le"] = TokenKind.LessEquals,
        ["LessThanEqual"] = TokenKind.LessEquals,
        ["gt"] = TokenKind.Greater,
        ["GreaterThan"] = TokenKind.Greater,
        ["ge"] = TokenKind.GreaterEquals,
        ["GreaterThanEqual"] = TokenKind.GreaterEquals,
        ["mod"] = TokenKind.Percent,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads every token of <paramref name="text"/>; the last one is always <see cref="TokenKind.EndOfInput"/>.
    /// Characters that form no token become <see cref="TokenKind.Bad"/> tokens, already reported to <paramref name="diagnostics"/>.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Lex(ExpressionText text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new Scanner(text, diagnostics).ScanAll();
    }

    /// <summary>
    /// True for a token written as a word: a name, a keyword, or an operator spelt as a word (<c>eq</c>, <c>AndAlso</c>).
    /// After a dot every word is a member name, so <c>x.In</c> or <c>x.eq</c> stay reachable.
    /// </summary>
    internal static bool IsWord(SyntaxToken token) =>
        token.Kind != TokenKind.Bad && token.Text.Length > 0 && IsIdentifierStart(token.Text[0]);

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private sealed partial class Scanner(ExpressionText text, DiagnosticBag diagnostics)
    {
        private readonly string _source = text.Text;
        private readonly ImmutableArray<SyntaxToken>.Builder _tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        private int _position;

        private char Current => Peek(0);

        public ImmutableArray<SyntaxToken> ScanAll()
        {
            while (true)
            {
                while (_position < _source.Length && IsWhitespace(_source[_position]))
                {
                    _position++;
                }

                if (_position >= _source.Length)
                {
                    _tokens.Add(new SyntaxToken(TokenKind.EndOfInput, new TextSpan(_source.Length, 0), string.Empty, null));
                    return _tokens.DrainToImmutable();
                }

                ScanToken();
            }
        }

        private void ScanToken()
        {
            var c = Current;
            if (IsIdentifierStart(c))
            {
                ScanIdentifierOrKeyword();
            }
            else if (char.IsAsciiDigit(c))
            {
                ScanNumber();
            }
            else if (c is '"' or '\'')
            {
                ScanString();
            }
            else if (PunctuationAt(_position) is { } punctuation)
            {
                Add(punctuation.Kind, _position, punctuation.Length, null);
            }
            else
            {
                ScanUnexpectedCharacters();
            }
        }

        private void ScanIdentifierOrKeyword()
        {
            var start = _position;
            while (_position < _source.Length && IsIdentifierPart(_source[_position]))
            {
                _position++;
            }

            var word = _source[start.._position];
            var kind = Keywords.GetValueOrDefault(word, TokenKind.Identifier);
            object? value = kind switch
            {
                TokenKind.TrueKeyword => true,
                TokenKind.FalseKeyword => false,
                _ => null,
            };
            _tokens.Add(new SyntaxToken(kind, TextSpan.FromBounds(start, _position), word, value));
        }

        private char Peek(int offset)
        {
            var index = _position + offset;
            return index < _source.Length ? _source[index] : '\0';
        }

        private void Add(TokenKind kind, int start, int length, object? value)
        {
            _tokens.Add(new SyntaxToken(kind, new TextSpan(start, length), _source.Substring(start, length), value));
            _position = start + length;
        }

        private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
            diagnostics.Report(descriptor, text.GetLocation(span), arguments);
    }
}

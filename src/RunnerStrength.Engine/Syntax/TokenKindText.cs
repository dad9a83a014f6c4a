namespace RunnerStrength.Engine.Syntax;

/// <summary>The words messages use for tokens: "unexpected `)`, expected an expression".</summary>
public static class TokenKindText
{
    private const int LongestQuotedText = 24;

    /// <summary>How a kind of token is named in a message, such as "`)`", "an identifier" or "the end of the expression".</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndOfInput => "the end of the expression",
        TokenKind.Bad => "an invalid character",
        TokenKind.Identifier => "an identifier",
        TokenKind.IntegerLiteral or TokenKind.RealLiteral => "a number",
        TokenKind.StringLiteral => "a string",
        _ => $"`{Example(kind)}`",
    };

    /// <summary>
    /// How a token that was found is named in a message: what was written where it helps
    /// ("identifier `levle`", "`AND`"), and "end of the expression" so that "unexpected end of the expression" reads well.
    /// </summary>
    internal static string DescribeFound(SyntaxToken token) => token.Kind switch
    {
        TokenKind.EndOfInput => "end of the expression",
        TokenKind.Bad => "invalid character " + Quote(token.Text),
        TokenKind.Identifier => "identifier " + Quote(token.Text),
        TokenKind.IntegerLiteral or TokenKind.RealLiteral => "number " + Quote(token.Text),
        TokenKind.StringLiteral => "string " + Quote(token.Text),
        _ => Quote(token.Text.Length == 0 ? Example(token.Kind) : token.Text),
    };

    /// <summary>The canonical spelling of a keyword or punctuation token.</summary>
    internal static string Example(TokenKind kind) => kind switch
    {
        TokenKind.TrueKeyword => "true",
        TokenKind.FalseKeyword => "false",
        TokenKind.NullKeyword => "null",
        TokenKind.AndKeyword => "and",
        TokenKind.OrKeyword => "or",
        TokenKind.NotKeyword => "not",
        TokenKind.InKeyword => "in",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.EqualsEquals => "==",
        TokenKind.BangEquals => "!=",
        TokenKind.Less => "<",
        TokenKind.LessEquals => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterEquals => ">=",
        TokenKind.AmpersandAmpersand => "&&",
        TokenKind.BarBar => "||",
        TokenKind.Bang => "!",
        TokenKind.Question => "?",
        TokenKind.QuestionQuestion => "??",
        TokenKind.Colon => ":",
        TokenKind.OpenParen => "(",
        TokenKind.CloseParen => ")",
        TokenKind.OpenBracket => "[",
        TokenKind.CloseBracket => "]",
        TokenKind.Comma => ",",
        TokenKind.Dot => ".",
        TokenKind.Arrow => "=>",
        TokenKind.OpenBrace => "{",
        TokenKind.CloseBrace => "}",
        TokenKind.NotInKeyword => "not_in",
        _ => kind.ToString(),
    };

    // Long literals are cut so that one message stays on one line (never between the halves of a surrogate pair).
    private static string Quote(string text)
    {
        if (text.Length <= LongestQuotedText)
        {
            return $"`{text}`";
        }

        var cut = LongestQuotedText - 3;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return $"`{text[..cut]}...`";
    }
}

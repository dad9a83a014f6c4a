using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Syntax;

public sealed class LexerTests
{
    public static TheoryData<string, TokenKind> SingleTokens => new()
    {
        { "name", TokenKind.Identifier },
        { "_x1", TokenKind.Identifier },
        { "it", TokenKind.Identifier },
        { "iif", TokenKind.Identifier },
        { "Ren\u00e9e", TokenKind.Identifier },
        { "42", TokenKind.IntegerLiteral },
        { "4.2", TokenKind.RealLiteral },
        { "\"s\"", TokenKind.StringLiteral },
        { "'s'", TokenKind.StringLiteral },
        { "true", TokenKind.TrueKeyword },
        { "false", TokenKind.FalseKeyword },
        { "null", TokenKind.NullKeyword },
        { "and", TokenKind.AndKeyword },
        { "or", TokenKind.OrKeyword },
        { "not", TokenKind.NotKeyword },
        { "in", TokenKind.InKeyword },
        { "+", TokenKind.Plus },
        { "-", TokenKind.Minus },
        { "*", TokenKind.Star },
        { "/", TokenKind.Slash },
        { "%", TokenKind.Percent },
        { "==", TokenKind.EqualsEquals },
        { "=", TokenKind.EqualsEquals },
        { "!=", TokenKind.BangEquals },
        { "<>", TokenKind.BangEquals },
        { "<", TokenKind.Less },
        { "<=", TokenKind.LessEquals },
        { ">", TokenKind.Greater },
        { ">=", TokenKind.GreaterEquals },
        { "&&", TokenKind.AmpersandAmpersand },
        { "||", TokenKind.BarBar },
        { "!", TokenKind.Bang },
        { "?", TokenKind.Question },
        { "??", TokenKind.QuestionQuestion },
        { ":", TokenKind.Colon },
        { "(", TokenKind.OpenParen },
        { ")", TokenKind.CloseParen },
        { "[", TokenKind.OpenBracket },
        { "]", TokenKind.CloseBracket },
        { ",", TokenKind.Comma },
        { ".", TokenKind.Dot },
        { "=>", TokenKind.Arrow },
    };

    public static TheoryData<string, object?> Literals => new()
    {
        { "0", 0 },
        { "42", 42 },
        { "007", 7 },
        { "2147483647", int.MaxValue },
        { "2147483648", 2147483648L },
        { "9223372036854775807", long.MaxValue },
        { "5L", 5L },
        { "5l", 5L },
        { "1.5", 1.5 },
        { "1e3", 1000.0 },
        { "1E-3", 0.001 },
        { "2.5e+2", 250.0 },
        { "1.5m", 1.5m },
        { "2M", 2m },
        { "1e2m", 100m },
        { "2d", 2.0 },
        { "2.5D", 2.5 },
        { "2f", 2.0 },
        { "0.1F", 0.1 },
        { "\"run\"", "run" },
        { "'run'", "run" },
        { "\"\"", "" },
        { "\"a\\\\b\"", "a\\b" },
        { "\"say \\\"hi\\\"\"", "say \"hi\"" },
        { "'it\\'s'", "it's" },
        { "'\\\"'", "\"" },
        { "\"\\n\\r\\t\\0\"", "\n\r\t\0" },
        { "\"caf\\u00e9\"", "caf\u00e9" },
        { "\"\\u00E9\\u00e9\"", "\u00e9\u00e9" },
        { "'a\"b'", "a\"b" },
        { "\"a'b\"", "a'b" },
        { "true", true },
        { "false", false },
        { "null", null },
    };

    [Theory]
    [MemberData(nameof(SingleTokens))]
    public void Each_token_kind_is_read_with_its_text_and_span(string text, TokenKind kind)
    {
        var tokens = Lex(text, out var diagnostics);

        diagnostics.ShouldBeEmpty();
        tokens.Select(t => t.Kind).ShouldBe([kind, TokenKind.EndOfInput]);
        tokens[0].Text.ShouldBe(text);
        tokens[0].Span.ShouldBe(new TextSpan(0, text.Length));
    }

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literals_carry_their_clr_value_and_type(string text, object? expected)
    {
        var token = Lex(text, out var diagnostics)[0];

        diagnostics.ShouldBeEmpty();
        token.Value.ShouldBe(expected);
        token.Value?.GetType().ShouldBe(expected!.GetType());
    }

    [Theory]
    [InlineData("AND", TokenKind.AndKeyword)]
    [InlineData("And", TokenKind.AndKeyword)]
    [InlineData("OR", TokenKind.OrKeyword)]
    [InlineData("Or", TokenKind.OrKeyword)]
    [InlineData("NOT", TokenKind.NotKeyword)]
    [InlineData("nOt", TokenKind.NotKeyword)]
    [InlineData("IN", TokenKind.InKeyword)]
    [InlineData("In", TokenKind.InKeyword)]
    [InlineData("True", TokenKind.TrueKeyword)]
    [InlineData("FALSE", TokenKind.FalseKeyword)]
    [InlineData("Null", TokenKind.NullKeyword)]
    public void Keywords_are_read_in_any_case_and_keep_the_text_as_written(string text, TokenKind kind)
    {
        var token = Lex(text, out _)[0];

        token.Kind.ShouldBe(kind);
        token.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("android")]
    [InlineData("order")]
    [InlineData("notes")]
    [InlineData("index")]
    [InlineData("nullable")]
    [InlineData("trueish")]
    public void Words_that_start_with_a_keyword_are_identifiers(string text) =>
        Lex(text, out _)[0].Kind.ShouldBe(TokenKind.Identifier);

    [Fact]
    public void Whitespace_is_skipped_and_spans_point_at_each_token()
    {
        var tokens = Lex(" a\t==\r\n 'x' ", out var diagnostics);

        diagnostics.ShouldBeEmpty();
        tokens.Select(t => (t.Kind, t.Span.Start, t.Span.Length)).ShouldBe(
        [
            (TokenKind.Identifier, 1, 1),
            (TokenKind.EqualsEquals, 3, 2),
            (TokenKind.StringLiteral, 8, 3),
            (TokenKind.EndOfInput, 12, 0),
        ]);
    }

    [Theory]
    [InlineData("a>=b", new[] { TokenKind.Identifier, TokenKind.GreaterEquals, TokenKind.Identifier })]
    [InlineData("a<>b", new[] { TokenKind.Identifier, TokenKind.BangEquals, TokenKind.Identifier })]
    [InlineData("h=>h", new[] { TokenKind.Identifier, TokenKind.Arrow, TokenKind.Identifier })]
    [InlineData("a==-1", new[] { TokenKind.Identifier, TokenKind.EqualsEquals, TokenKind.Minus, TokenKind.IntegerLiteral })]
    [InlineData("a??b", new[] { TokenKind.Identifier, TokenKind.QuestionQuestion, TokenKind.Identifier })]
    [InlineData("a?b:c", new[] { TokenKind.Identifier, TokenKind.Question, TokenKind.Identifier, TokenKind.Colon, TokenKind.Identifier })]
    [InlineData("!!a", new[] { TokenKind.Bang, TokenKind.Bang, TokenKind.Identifier })]
    [InlineData("1.ToString", new[] { TokenKind.IntegerLiteral, TokenKind.Dot, TokenKind.Identifier })]
    [InlineData("1.5.x", new[] { TokenKind.RealLiteral, TokenKind.Dot, TokenKind.Identifier })]
    [InlineData("a[0].b", new[] { TokenKind.Identifier, TokenKind.OpenBracket, TokenKind.IntegerLiteral, TokenKind.CloseBracket, TokenKind.Dot, TokenKind.Identifier })]
    [InlineData("x---y", new[] { TokenKind.Identifier, TokenKind.Minus, TokenKind.Minus, TokenKind.Minus, TokenKind.Identifier })]
    public void Operators_take_the_longest_match(string text, TokenKind[] kinds)
    {
        var tokens = Lex(text, out var diagnostics);

        diagnostics.ShouldBeEmpty();
        tokens.Select(t => t.Kind).ShouldBe([.. kinds, TokenKind.EndOfInput]);
    }

    [Theory]
    [InlineData("a # b", "#", 3)]
    [InlineData("a & b", "&", 3)]
    [InlineData("a | b", "|", 3)]
    [InlineData("a ; b", ";", 3)]
    [InlineData("@name", "@", 1)]
    [InlineData("a \u00a0b", "U+00A0", 3)]
    [InlineData("a\u0001", "U+0001", 2)]
    [InlineData("x == \U0001F3C3", "\U0001F3C3", 6)]
    [InlineData("\u0663", "\u0663", 1)]
    public void Characters_that_start_no_token_are_reported_as_RS2001(string text, string shown, int column)
    {
        var tokens = Lex(text, out var diagnostics);

        diagnostics.ShouldHaveDiagnostics(("RS2001", 1, column));
        diagnostics[0].Message.ShouldBe($"unexpected character '{shown}'");
        tokens.ShouldContain(t => t.Kind == TokenKind.Bad);
        tokens[^1].Kind.ShouldBe(TokenKind.EndOfInput);
    }

    [Fact]
    public void A_run_of_bad_characters_is_one_token_and_one_diagnostic()
    {
        var tokens = Lex("a #$~ b", out var diagnostics);

        diagnostics.ShouldHaveDiagnostics(("RS2001", 1, 3));
        tokens.Select(t => (t.Kind, t.Text)).ShouldBe(
        [
            (TokenKind.Identifier, "a"),
            (TokenKind.Bad, "#$~"),
            (TokenKind.Identifier, "b"),
            (TokenKind.EndOfInput, string.Empty),
        ]);
    }

    [Theory]
    [InlineData("\"abc", "\"", 1)]
    [InlineData("x == 'abc", "'", 6)]
    [InlineData("x == \"abc'", "\"", 6)]
    [InlineData("\"abc\\\"", "\"", 1)]
    [InlineData("\"abc\\", "\"", 1)]
    public void An_unterminated_string_is_reported_as_RS2002_at_its_opening_quote(string text, string quote, int column)
    {
        var tokens = Lex(text, out var diagnostics);

        diagnostics.ShouldHaveDiagnostics(("RS2002", 1, column));
        diagnostics[0].Message.ShouldBe($"the string has no closing {quote}");
        tokens[^2].Kind.ShouldBe(TokenKind.Bad);
        tokens[^2].Span.End.ShouldBe(text.Length);
    }

    [Theory]
    [InlineData("\"a\\qb\"", "\\q", 3, "a\\qb")]
    [InlineData("\"\\x41\"", "\\x", 2, "\\x41")]
    [InlineData("'\\u12'", "\\u12", 2, "\\u12")]
    [InlineData("'\\u12g4'", "\\u12", 2, "\\u12g4")]
    [InlineData("'ab\\u'", "\\u", 4, "ab\\u")]
    [InlineData("'\\ '", "\\ ", 2, "\\ ")]
    public void An_invalid_escape_is_reported_as_RS2003_at_the_backslash_and_the_string_is_kept(string text, string escape, int column, string value)
    {
        var tokens = Lex(text, out var diagnostics);

        diagnostics.ShouldHaveDiagnostics(("RS2003", 1, column));
        diagnostics[0].Arguments.ShouldBe([escape]);
        tokens[0].Kind.ShouldBe(TokenKind.StringLiteral);
        tokens[0].Value.ShouldBe(value);
    }

    [Fact]
    public void Every_invalid_escape_in_a_string_is_reported()
    {
        Lex("'\\a \\b'", out var diagnostics);

        diagnostics.ShouldHaveDiagnostics(("RS2003", 1, 2), ("RS2003", 1, 5));
    }

    [Theory]
    [InlineData("12abc")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("0x1G")]
    [InlineData("1.5L")]
    [InlineData("1_000")]
    [InlineData("9223372036854775808")]
    [InlineData("9223372036854775808L")]
    [InlineData("1e400")]
    [InlineData("1e400d")]
    [InlineData("1e40m")]
    [InlineData("5mm")]
    [InlineData("5u")]
    public void A_number_that_cannot_be_read_is_reported_as_RS2004(string text)
    {
        var tokens = Lex(text, out var diagnostics);

        diagnostics.ShouldHaveDiagnostics(("RS2004", 1, 1));
        var badText = text == "1e+" ? "1e" : text;
        diagnostics[0].Message.ShouldBe($"'{badText}' is not a valid number");
        tokens[0].Kind.ShouldBe(TokenKind.Bad);
        tokens[0].Text.ShouldBe(badText);
    }

    [Fact]
    public void Empty_text_is_just_the_end()
    {
        var tokens = Lex(string.Empty, out var diagnostics);

        diagnostics.ShouldBeEmpty();
        tokens.ShouldHaveSingleItem().ShouldBe(new SyntaxToken(TokenKind.EndOfInput, new TextSpan(0, 0), string.Empty, null));
    }

    [Fact]
    public void Lexer_errors_point_into_the_json_file_past_escapes()
    {
        // Line 3 of the file; the decoded expression is  name == "Renée" and x # 1
        const string Json = "{\n  \"Rules\": [\n    { \"Expression\": \"name == \\\"Ren\\u00e9e\\\" and x # 1\" }\n  ]\n}";
        var text = SyntaxTestText.EmbeddedInJson(Json, "Expression");
        text.Text.ShouldBe("name == \"Ren\u00e9e\" and x # 1");
        var diagnostics = new DiagnosticBag();

        Lexer.Lex(text, diagnostics);

        // Column 51 of line 3 is the `#` as written in the file: the escapes before it count as written, not as decoded.
        diagnostics.ToImmutable().ShouldHaveDiagnostics(("RS2001", 3, 51));
    }

    private static ImmutableArray<SyntaxToken> Lex(string text, out ImmutableArray<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var tokens = Lexer.Lex(ExpressionText.FromString(text), bag);
        diagnostics = bag.ToImmutable();
        return tokens;
    }
}

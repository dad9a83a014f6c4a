using System.Text;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>Seeded random input: the lexer and parser finish on anything, never throw and never build a tree past the limit.</summary>
public sealed class ParserRandomInputTests
{
    private const int Cases = 20_000;

    private static readonly string[] Pieces =
    [
        "a", "b", "it", "x.y", "h", "Math", "string", "iif", "IIF", "f", "Any", "reps",
        "0", "1", "42", "2147483648", "7L", "1.5", "1e3", "2.5m", "3d", "1e", "12abc",
        "\"s\"", "'t'", "\"\\n\"", "'\\u00e9'", "\"\\q\"", "\"", "'", "\\",
        "true", "FALSE", "null", "and", "OR", "not", "In", "in",
        "+", "-", "*", "/", "%", "==", "=", "!=", "<>", "<", "<=", ">", ">=", "&&", "||", "&", "|",
        "!", "?", "??", ":", "(", ")", "[", "]", ",", ".", "=>", "+=",
        " ", " ", " ", "\t", "\r\n", "((((((((", "))))))))", "--------", "!!!!!!!!", ".a.a.a.a", "+1+1+1+1",
    ];

    [Fact]
    public void Random_token_soup_and_characters_never_throw_and_stay_within_the_depth_limit()
    {
        var random = new Random(20_250_101);
        var outcomes = new int[3];
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);
            var limits = i % 2 == 0 ? ExpressionLimits.Default : new ExpressionLimits { MaxDepth = 1 + random.Next(8) };

            ParseResult result;
            try
            {
                result = Parser.Parse(ExpressionText.FromString(text), limits);
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException($"case {i} threw on {Escape(text)}", exception);
            }

            var context = $"case {i}: {Escape(text)}";
            if (result.Root is null)
            {
                result.Diagnostics.ShouldContain(d => d.IsError, context);
                outcomes[0]++;
            }
            else
            {
                SyntaxTreePrinter.Height(result.Root).ShouldBeLessThanOrEqualTo(limits.MaxDepth, context);
                ShouldStayInside(result.Root, text.Length, context);
                outcomes[result.Succeeded ? 2 : 1]++;
            }
        }

        // The soup must exercise both sides, or the test proves nothing.
        outcomes[0].ShouldBeGreaterThan(Cases / 10);
        outcomes[2].ShouldBeGreaterThan(Cases / 100);
    }

    [Fact]
    public void Random_text_lexes_into_ordered_tokens_that_cover_every_visible_character()
    {
        var random = new Random(7);
        for (var i = 0; i < Cases / 4; i++)
        {
            var text = RandomText(random);
            var tokens = Lexer.Lex(ExpressionText.FromString(text), new DiagnosticBag());
            var context = $"case {i}: {Escape(text)}";

            tokens[^1].Kind.ShouldBe(TokenKind.EndOfInput, context);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                token.Span.Start.ShouldBeGreaterThanOrEqualTo(previousEnd, context);
                token.Span.End.ShouldBeLessThanOrEqualTo(text.Length, context);
                token.Text.ShouldBe(text.Substring(token.Span.Start, token.Span.Length), context);
                (token.Kind == TokenKind.EndOfInput || token.Span.Length > 0).ShouldBeTrue(context);
                for (var c = token.Span.Start; c < token.Span.End; c++)
                {
                    covered[c] = true;
                }

                previousEnd = token.Span.End;
            }

            for (var c = 0; c < text.Length; c++)
            {
                (covered[c] || text[c] is ' ' or '\t' or '\r' or '\n').ShouldBeTrue(context);
            }
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var count = 1 + random.Next(24);
        for (var p = 0; p < count; p++)
        {
            builder.Append(random.Next(10) switch
            {
                0 => RandomCharacter(random),
                1 => " ",
                _ => Pieces[random.Next(Pieces.Length)],
            });
        }

        return builder.ToString();
    }

    private static string RandomCharacter(Random random) => random.Next(6) switch
    {
        0 => ((char)random.Next(0, 32)).ToString(),
        1 => ((char)random.Next(0xD800, 0xE000)).ToString(),
        2 => "\U0001F3C3",
        3 => ((char)random.Next(0x80, 0x3000)).ToString(),
        _ => ((char)random.Next(32, 127)).ToString(),
    };

    private static void ShouldStayInside(ExpressionSyntax root, int length, string context)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            node.Span.Start.ShouldBeGreaterThanOrEqualTo(0, context);
            node.Span.End.ShouldBeLessThanOrEqualTo(length, context);
            foreach (var child in SyntaxTreePrinter.Children(node))
            {
                child.Span.Start.ShouldBeGreaterThanOrEqualTo(node.Span.Start, context);
                child.Span.End.ShouldBeLessThanOrEqualTo(node.Span.End, context);
                pending.Push(child);
            }
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}

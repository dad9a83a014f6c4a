using System.Collections.Immutable;
using System.Diagnostics;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

/// <summary>
/// Reads an expression into an immutable syntax tree. It never throws on what a user wrote, reports the first
/// syntax error precisely instead of a cascade, and never builds a tree taller than <see cref="ExpressionLimits.MaxDepth"/>.
/// </summary>
/// <remarks>
/// Every parse method takes the 1-based <c>level</c> at which the node it returns will sit, and knows the height of
/// what it built, so the depth limit holds both for recursion (parentheses, prefix operators, arguments) and for
/// chains built in a loop (<c>1+1+1…</c>, <c>a.b.c…</c>). After the first error every method returns null at once.
/// </remarks>
public sealed partial class Parser
{
    private readonly ExpressionText _text;
    private readonly ImmutableArray<SyntaxToken> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _maxDepth;
    private int _position;
    private bool _failed;

    private Parser(ExpressionText text, ImmutableArray<SyntaxToken> tokens, DiagnosticBag diagnostics, int maxDepth)
    {
        _text = text;
        _tokens = tokens;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
    }

    private SyntaxToken Current => Peek(0);

    /// <summary>
    /// Parses <paramref name="text"/>. The result has a tree unless the text was too long, empty, too deep or had a
    /// syntax error; lexer errors (a bad escape, a stray character) are reported alongside.
    /// </summary>
    public static ParseResult Parse(ExpressionText text, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= ExpressionLimits.Default;
        var diagnostics = new DiagnosticBag();
        if (text.Text.Length > limits.MaxLength)
        {
            // Not even lexed: the limit exists so that hostile text costs nothing.
            diagnostics.Report(DiagnosticCatalog.ExpressionTooLong, text.GetLocation(new TextSpan(0, 0)), text.Text.Length, limits.MaxLength);
            return new ParseResult(null, diagnostics.ToImmutable());
        }

        var tokens = Lexer.Lex(text, diagnostics);
        var root = new Parser(text, tokens, diagnostics, limits.MaxDepth).ParseRoot();
        return new ParseResult(root, diagnostics.ToSortedImmutable());
    }

    private ExpressionSyntax? ParseRoot()
    {
        if (Current.Kind == TokenKind.EndOfInput)
        {
            _diagnostics.Report(DiagnosticCatalog.EmptyExpression, _text.GetLocation(new TextSpan(0, _text.Text.Length)));
            return null;
        }

        if (ParseExpression(1) is not { } root)
        {
            return null;
        }

        if (Current.Kind != TokenKind.EndOfInput)
        {
            ReportUnexpected("an operator or the end of the expression");
            return null;
        }

        Debug.Assert(root.Height <= _maxDepth, "every node is checked against the depth limit as it is built");
        return root.Syntax;
    }

    private SyntaxToken Peek(int offset) => _tokens[Math.Min(_position + offset, _tokens.Length - 1)];

    private SyntaxToken Advance()
    {
        var token = Current;
        if (_position < _tokens.Length - 1)
        {
            _position++;
        }

        return token;
    }

    private SyntaxToken? Expect(TokenKind kind, string expected)
    {
        if (Current.Kind == kind)
        {
            return Advance();
        }

        ReportUnexpected(expected);
        return null;
    }

    /// <summary>Reports the one syntax error of this parse at the current token: what was found, what was expected.</summary>
    private void ReportUnexpected(string expected)
    {
        if (!Fail())
        {
            return;
        }

        var found = Current;
        if (found.Kind == TokenKind.Bad)
        {
            // The lexer has already said what is wrong with these characters; a second message would only repeat it.
            return;
        }

        if (found.Kind == TokenKind.Arrow)
        {
            expected += " (a lambda such as `x => x.reps > 10` can only be the argument of a method such as Any)";
        }

        _diagnostics.Report(DiagnosticCatalog.UnexpectedToken, _text.GetLocation(found.Span), TokenKindText.DescribeFound(found), expected);
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
    {
        if (Fail())
        {
            _diagnostics.Report(descriptor, _text.GetLocation(span), arguments);
        }
    }

    // The first error ends the parse: what follows a syntax error is guesswork, and guesses cascade.
    private bool Fail()
    {
        if (_failed)
        {
            return false;
        }

        _failed = true;
        return true;
    }

    /// <summary>A node and the height of the subtree under it (a leaf is 1).</summary>
    private readonly record struct Parsed(ExpressionSyntax Syntax, int Height);
}

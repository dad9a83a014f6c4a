using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

// Calls, iif, argument and item lists, and the lambdas that may only stand as arguments.
public sealed partial class Parser
{
    // name(args) when target is null, otherwise target.name(args); the binder decides what `Math` or `string` is.
    // A method call that makes a chain too tall is reported at its dot, as a member access is.
    private Parsed? ParseCall(int level, Parsed? target, SyntaxToken name, SyntaxToken? dot = null)
    {
        var open = Advance();
        var isIif = target is null && string.Equals(name.Text, "iif", StringComparison.OrdinalIgnoreCase);
        if (ParseList(level + 1, TokenKind.CloseParen, allowEmpty: true, allowLambdas: !isIif) is not { } arguments)
        {
            return null;
        }

        var span = TextSpan.FromBounds(target?.Syntax.Span.Start ?? name.Span.Start, arguments.Close.Span.End);
        if (isIif)
        {
            if (arguments.Items.Length != 3)
            {
                Report(DiagnosticCatalog.IifArgumentCount, span, arguments.Items.Length);
                return null;
            }

            var conditional = new ConditionalExpressionSyntax(span, arguments.Items[0], arguments.Items[1], arguments.Items[2]);
            return Accept(conditional, 1 + arguments.Height, level, open);
        }

        var node = new CallExpressionSyntax(span, target?.Syntax, name.Text, name.Span, arguments.Items);
        return Accept(node, 1 + Math.Max(target?.Height ?? 0, arguments.Height), level, dot ?? open);
    }

    /// <summary>Items up to <paramref name="close"/>, separated by commas; the opening token is already read.</summary>
    private ParsedList? ParseList(int level, TokenKind close, bool allowEmpty, bool allowLambdas)
    {
        var items = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        var height = 0;
        if (allowEmpty && Current.Kind == close)
        {
            return new ParsedList(items.DrainToImmutable(), height, Advance());
        }

        while (true)
        {
            if ((allowLambdas ? ParseArgument(level) : ParseExpression(level)) is not { } item)
            {
                return null;
            }

            items.Add(item.Syntax);
            height = Math.Max(height, item.Height);
            if (Current.Kind == close)
            {
                return new ParsedList(items.DrainToImmutable(), height, Advance());
            }

            if (Expect(TokenKind.Comma, $"`,` or {TokenKindText.Describe(close)}") is null)
            {
                return null;
            }
        }
    }

    // h => body  |  (h) => body
    private Parsed? ParseArgument(int level)
    {
        var parenthesized = Current.Kind == TokenKind.OpenParen
            && Peek(1).Kind == TokenKind.Identifier
            && Peek(2).Kind == TokenKind.CloseParen
            && Peek(3).Kind == TokenKind.Arrow;
        if (!parenthesized && !(Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Arrow))
        {
            return ParseExpression(level);
        }

        if (!EnterLevel(level, Current))
        {
            return null;
        }

        var start = Current.Span.Start;
        if (parenthesized)
        {
            Advance();
        }

        var parameter = Advance();
        if (parenthesized)
        {
            Advance();
        }

        var arrow = Advance();
        if (ParseExpression(level + 1) is not { } body)
        {
            return null;
        }

        var span = TextSpan.FromBounds(start, body.Syntax.Span.End);
        var lambda = new LambdaExpressionSyntax(span, parameter.Text, parameter.Span, body.Syntax);
        return Accept(lambda, body.Height + 1, level, arrow);
    }

    /// <summary>The items of a list, the height of the tallest, and the closing token.</summary>
    private readonly record struct ParsedList(ImmutableArray<ExpressionSyntax> Items, int Height, SyntaxToken Close);
}

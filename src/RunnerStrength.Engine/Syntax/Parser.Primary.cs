using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

// Primary expressions and the postfix chain after them: literals, names, (…), a.b, a[i], f(x), a.b(x).
public sealed partial class Parser
{
    // The postfix chain is a loop: `a.b.c.…` is checked node by node and stops at the dot that makes it too tall.
    private Parsed? ParsePostfix(int level)
    {
        if (!EnterLevel(level, Current) || ParsePrimary(level) is not { } expression)
        {
            return null;
        }

        while (true)
        {
            Parsed? next;
            switch (Current.Kind)
            {
                case TokenKind.Dot:
                    var dot = Advance();
                    if (!Lexer.IsWord(Current))
                    {
                        ReportUnexpected("a member name");
                        return null;
                    }

                    var name = Advance();
                    if (Current.Kind == TokenKind.OpenParen)
                    {
                        next = ParseCall(level, expression, name, dot);
                        break;
                    }

                    var span = TextSpan.FromBounds(expression.Syntax.Span.Start, name.Span.End);
                    next = Accept(new MemberAccessExpressionSyntax(span, expression.Syntax, name.Text, name.Span), expression.Height + 1, level, dot);
                    break;

                case TokenKind.OpenBracket:
                    next = ParseIndex(level, expression);
                    break;

                default:
                    return expression;
            }

            if (next is not { } made)
            {
                return null;
            }

            expression = made;
        }
    }

    private Parsed? ParsePrimary(int level)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.IntegerLiteral or TokenKind.RealLiteral or TokenKind.StringLiteral
                or TokenKind.TrueKeyword or TokenKind.FalseKeyword or TokenKind.NullKeyword:
                Advance();
                return new Parsed(new LiteralExpressionSyntax(token.Span, token.Value), 1);

            case TokenKind.Identifier when string.Equals(token.Text, "new", StringComparison.OrdinalIgnoreCase)
                && Peek(1).Kind is TokenKind.OpenBracket or TokenKind.Identifier or TokenKind.OpenParen or TokenKind.OpenBrace:
                return ParseArray(level);

            case TokenKind.Identifier:
                Advance();
                return Current.Kind == TokenKind.OpenParen
                    ? ParseCall(level, null, token)
                    : new Parsed(new NameExpressionSyntax(token.Span, token.Text), 1);

            case TokenKind.OpenParen:
                return ParseParenthesized(level);

            default:
                ReportUnexpected("an expression");
                return null;
        }
    }

    // new [] { a, b, c } and new int[] { ... }: the one thing `new` can build. `new T(...)` and `new (...)` would make
    // objects, which the sandbox never allows; the binder checks that an array's element type is one of a few words.
    private Parsed? ParseArray(int level)
    {
        var newToken = Advance();
        var typeName = Current.Kind == TokenKind.Identifier ? Current : (SyntaxToken?)null;
        var offset = typeName is null ? 0 : 1;
        if (Peek(offset).Kind != TokenKind.OpenBracket || Peek(offset + 1).Kind != TokenKind.CloseBracket || Peek(offset + 2).Kind != TokenKind.OpenBrace)
        {
            Report(DiagnosticCatalog.NewNotAllowed, TextSpan.FromBounds(newToken.Span.Start, Current.Span.End), "no object can be created");
            return null;
        }

        _position += offset + 3;
        if (ParseList(level + 1, TokenKind.CloseBrace, allowEmpty: true, allowLambdas: false) is not { } items)
        {
            return null;
        }

        var span = TextSpan.FromBounds(newToken.Span.Start, items.Close.Span.End);
        var array = new ArrayExpressionSyntax(span, newToken.Span, items.Items) { ElementTypeName = typeName?.Text, ElementTypeSpan = typeName?.Span ?? default };
        return Accept(array, items.Height + 1, level, newToken);
    }

    private Parsed? ParseParenthesized(int level)
    {
        var open = Advance();
        if (ParseExpression(level + 1) is not { } inner || Expect(TokenKind.CloseParen, "`)`") is not { } close)
        {
            return null;
        }

        var span = TextSpan.FromBounds(open.Span.Start, close.Span.End);
        return Accept(new ParenthesizedExpressionSyntax(span, inner.Syntax), inner.Height + 1, level, open);
    }

    private Parsed? ParseIndex(int level, Parsed target)
    {
        var open = Advance();
        if (ParseList(level + 1, TokenKind.CloseBracket, allowEmpty: false, allowLambdas: false) is not { } arguments)
        {
            return null;
        }

        var span = TextSpan.FromBounds(target.Syntax.Span.Start, arguments.Close.Span.End);
        var node = new IndexExpressionSyntax(span, target.Syntax, arguments.Items);
        return Accept(node, 1 + Math.Max(target.Height, arguments.Height), level, open);
    }
}

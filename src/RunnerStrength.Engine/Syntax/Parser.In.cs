using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

// `in` and `not in`, between the logical operators and comparison, as in Dynamic LINQ.
public sealed partial class Parser
{
    // value in (a, b, c)  |  value in collection  |  value not in (...)  |  value not_in (...)
    private Parsed? ParseIn(int level)
    {
        if (ParseBinary(level, Precedence.Comparison) is not { } value)
        {
            return null;
        }

        while (Current.Kind is TokenKind.InKeyword or TokenKind.NotInKeyword
            || (Current.Kind == TokenKind.NotKeyword && Peek(1).Kind == TokenKind.InKeyword))
        {
            var isNegated = Current.Kind != TokenKind.InKeyword;
            if (Current.Kind == TokenKind.NotKeyword)
            {
                Advance();
            }

            var inToken = Advance();
            Parsed? made;
            if (Current.Kind == TokenKind.OpenParen)
            {
                Advance();
                if (ParseList(level + 1, TokenKind.CloseParen, allowEmpty: false, allowLambdas: false) is not { } list)
                {
                    return null;
                }

                var span = TextSpan.FromBounds(value.Syntax.Span.Start, list.Close.Span.End);
                var node = new InExpressionSyntax(span, value.Syntax, list.Items, IsList: true) { IsNegated = isNegated };
                made = Accept(node, 1 + Math.Max(value.Height, list.Height), level, inToken);
            }
            else
            {
                if (ParsePostfix(level + 1) is not { } collection)
                {
                    return null;
                }

                var span = TextSpan.FromBounds(value.Syntax.Span.Start, collection.Syntax.Span.End);
                var node = new InExpressionSyntax(span, value.Syntax, [collection.Syntax], IsList: false) { IsNegated = isNegated };
                made = Accept(node, 1 + Math.Max(value.Height, collection.Height), level, inToken);
            }

            if (made is not { } accepted)
            {
                return null;
            }

            value = accepted;
        }

        return value;
    }
}

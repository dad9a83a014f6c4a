using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

// `in`, between the logical operators and comparison, as in Dynamic LINQ.
public sealed partial class Parser
{
    // value in (a, b, c)  |  value in collection
    private Parsed? ParseIn(int level)
    {
        if (ParseBinary(level, Precedence.Comparison) is not { } value)
        {
            return null;
        }

        while (Current.Kind == TokenKind.InKeyword)
        {
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
                var node = new InExpressionSyntax(span, value.Syntax, list.Items, IsList: true);
                made = Accept(node, 1 + Math.Max(value.Height, list.Height), level, inToken);
            }
            else
            {
                if (ParsePostfix(level + 1) is not { } collection)
                {
                    return null;
                }

                var span = TextSpan.FromBounds(value.Syntax.Span.Start, collection.Syntax.Span.End);
                var node = new InExpressionSyntax(span, value.Syntax, [collection.Syntax], IsList: false);
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

using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

// Prefix operators: - + ! not.
public sealed partial class Parser
{
    // Prefix operators are counted in a loop and applied inside out, so `------x` costs no recursion; the k-th one
    // sits k levels down and is where RS2007 points when that is past the limit.
    private Parsed? ParseUnary(int level)
    {
        var first = _position;
        while (UnaryOperatorOf(Current.Kind) is not null)
        {
            if (!EnterLevel(level + (_position - first), Current))
            {
                return null;
            }

            Advance();
        }

        var count = _position - first;
        if (ParsePostfix(level + count) is not { } operand)
        {
            return null;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            var operatorToken = _tokens[first + i];
            var op = UnaryOperatorOf(operatorToken.Kind).GetValueOrDefault();
            var span = TextSpan.FromBounds(operatorToken.Span.Start, operand.Syntax.Span.End);
            var node = new UnaryExpressionSyntax(span, op, operatorToken.Span, operand.Syntax);
            if (Accept(node, operand.Height + 1, level + i, operatorToken) is not { } made)
            {
                return null;
            }

            operand = made;
        }

        return operand;
    }

    private static UnaryOperator? UnaryOperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.Minus => UnaryOperator.Negate,
        TokenKind.Plus => UnaryOperator.Plus,
        TokenKind.Bang or TokenKind.NotKeyword => UnaryOperator.Not,
        _ => null,
    };
}

using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

// Operators, lowest to highest precedence, in Dynamic LINQ's order:
// ?: (right) ; ?? (right) ; || or ; && and ; in ; == = != <> < <= > >= ; + - ; * / % ; unary - + ! not ; postfix.
public sealed partial class Parser
{
    private enum Precedence
    {
        Or,
        And,
        In,
        Comparison,
        Additive,
        Multiplicative,
    }

    private Parsed? ParseExpression(int level) => ParseConditional(level);

    private Parsed? ParseConditional(int level)
    {
        if (ParseCoalesce(level) is not { } condition)
        {
            return null;
        }

        if (Current.Kind != TokenKind.Question)
        {
            return condition;
        }

        var question = Advance();
        if (ParseConditional(level + 1) is not { } whenTrue || Expect(TokenKind.Colon, "`:`") is null)
        {
            return null;
        }

        if (ParseConditional(level + 1) is not { } whenFalse)
        {
            return null;
        }

        var span = TextSpan.FromBounds(condition.Syntax.Span.Start, whenFalse.Syntax.Span.End);
        var node = new ConditionalExpressionSyntax(span, condition.Syntax, whenTrue.Syntax, whenFalse.Syntax);
        return Accept(node, 1 + Math.Max(condition.Height, Math.Max(whenTrue.Height, whenFalse.Height)), level, question);
    }

    private Parsed? ParseCoalesce(int level)
    {
        if (ParseBinary(level, Precedence.Or) is not { } left)
        {
            return null;
        }

        if (Current.Kind != TokenKind.QuestionQuestion)
        {
            return left;
        }

        var operatorToken = Advance();
        return ParseCoalesce(level + 1) is { } right
            ? MakeBinary(BinaryOperator.Coalesce, operatorToken, left, right, level)
            : null;
    }

    // The left-associative levels are loops, not recursion; each node built is checked against the depth limit,
    // so `1+1+1+…` stops at the operator that makes the tree too tall.
    private Parsed? ParseBinary(int level, Precedence precedence)
    {
        if (precedence == Precedence.In)
        {
            return ParseIn(level);
        }

        if (ParseOperand(level, precedence) is not { } left)
        {
            return null;
        }

        while (BinaryOperatorOf(Current.Kind, precedence) is { } op)
        {
            var operatorToken = Advance();
            if (IsCompoundAssignment(operatorToken))
            {
                Report(DiagnosticCatalog.AssignmentNotAllowed, TextSpan.FromBounds(operatorToken.Span.Start, Current.Span.End));
                return null;
            }

            if (ParseOperand(level + 1, precedence) is not { } right)
            {
                return null;
            }

            if (MakeBinary(op, operatorToken, left, right, level) is not { } made)
            {
                return null;
            }

            left = made;
        }

        return left;
    }

    private Parsed? ParseOperand(int level, Precedence precedence) =>
        precedence == Precedence.Multiplicative ? ParseUnary(level) : ParseBinary(level, precedence + 1);

    private Parsed? MakeBinary(BinaryOperator op, SyntaxToken operatorToken, Parsed left, Parsed right, int level)
    {
        var span = TextSpan.FromBounds(left.Syntax.Span.Start, right.Syntax.Span.End);
        var node = new BinaryExpressionSyntax(span, op, operatorToken.Span, left.Syntax, right.Syntax);
        return Accept(node, 1 + Math.Max(left.Height, right.Height), level, operatorToken);
    }

    private static BinaryOperator? BinaryOperatorOf(TokenKind kind, Precedence precedence) => (precedence, kind) switch
    {
        (Precedence.Or, TokenKind.BarBar or TokenKind.OrKeyword) => BinaryOperator.Or,
        (Precedence.And, TokenKind.AmpersandAmpersand or TokenKind.AndKeyword) => BinaryOperator.And,
        (Precedence.Comparison, TokenKind.EqualsEquals) => BinaryOperator.Equal,
        (Precedence.Comparison, TokenKind.BangEquals) => BinaryOperator.NotEqual,
        (Precedence.Comparison, TokenKind.Less) => BinaryOperator.Less,
        (Precedence.Comparison, TokenKind.LessEquals) => BinaryOperator.LessOrEqual,
        (Precedence.Comparison, TokenKind.Greater) => BinaryOperator.Greater,
        (Precedence.Comparison, TokenKind.GreaterEquals) => BinaryOperator.GreaterOrEqual,
        (Precedence.Additive, TokenKind.Plus) => BinaryOperator.Add,
        (Precedence.Additive, TokenKind.Minus) => BinaryOperator.Subtract,
        (Precedence.Multiplicative, TokenKind.Star) => BinaryOperator.Multiply,
        (Precedence.Multiplicative, TokenKind.Slash) => BinaryOperator.Divide,
        (Precedence.Multiplicative, TokenKind.Percent) => BinaryOperator.Modulo,
        _ => null,
    };

    // `count += 1` is written by people who expect C#; `=` glued to an arithmetic operator can mean nothing else.
    private bool IsCompoundAssignment(SyntaxToken operatorToken) =>
        operatorToken.Kind is TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash or TokenKind.Percent
        && Current is { Kind: TokenKind.EqualsEquals, Text: "=" } equals
        && equals.Span.Start == operatorToken.Span.End;
}

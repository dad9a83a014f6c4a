using System.Globalization;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>Renders a tree as one canonical, fully parenthesised string, and measures its height without recursion.</summary>
internal static class SyntaxTreePrinter
{
    public static string Print(ExpressionSyntax node) => node switch
    {
        LiteralExpressionSyntax literal => PrintLiteral(literal.Value),
        NameExpressionSyntax name => name.Name,
        MemberAccessExpressionSyntax member => $"{Print(member.Target)}.{member.Name}",
        IndexExpressionSyntax index => $"{Print(index.Target)}[{PrintList(index.Arguments)}]",
        CallExpressionSyntax { Target: null } call => $"{call.Name}({PrintList(call.Arguments)})",
        CallExpressionSyntax call => $"{Print(call.Target!)}.{call.Name}({PrintList(call.Arguments)})",
        UnaryExpressionSyntax unary => $"({PrintOperator(unary.Operator)}{Print(unary.Operand)})",
        BinaryExpressionSyntax binary => $"({Print(binary.Left)} {PrintOperator(binary.Operator)} {Print(binary.Right)})",
        ConditionalExpressionSyntax conditional =>
            $"({Print(conditional.Condition)} ? {Print(conditional.WhenTrue)} : {Print(conditional.WhenFalse)})",
        InExpressionSyntax { IsList: true } @in => $"({Print(@in.Value)} {(@in.IsNegated ? "not in" : "in")} ({PrintList(@in.Items)}))",
        InExpressionSyntax @in => $"({Print(@in.Value)} {(@in.IsNegated ? "not in" : "in")} {Print(@in.Items.Single())})",
        ArrayExpressionSyntax array => array.ElementTypeName is null ? $"new [] {{{PrintList(array.Items)}}}" : $"new {array.ElementTypeName}[] {{{PrintList(array.Items)}}}",
        LambdaExpressionSyntax lambda => $"({lambda.Parameter} => {Print(lambda.Body)})",
        ParenthesizedExpressionSyntax parenthesized => $"({Print(parenthesized.Expression)})",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
    };

    /// <summary>The number of nodes on the longest path from the root to a leaf (a leaf alone is 1).</summary>
    public static int Height(ExpressionSyntax? root)
    {
        if (root is null)
        {
            return 0;
        }

        var height = 0;
        var pending = new Stack<(ExpressionSyntax Node, int Level)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, level) = pending.Pop();
            height = Math.Max(height, level);
            foreach (var child in Children(node))
            {
                pending.Push((child, level + 1));
            }
        }

        return height;
    }

    public static IEnumerable<ExpressionSyntax> Children(ExpressionSyntax node) => node switch
    {
        MemberAccessExpressionSyntax member => [member.Target],
        IndexExpressionSyntax index => [index.Target, .. index.Arguments],
        CallExpressionSyntax { Target: null } call => call.Arguments,
        CallExpressionSyntax call => [call.Target!, .. call.Arguments],
        UnaryExpressionSyntax unary => [unary.Operand],
        BinaryExpressionSyntax binary => [binary.Left, binary.Right],
        ConditionalExpressionSyntax conditional => [conditional.Condition, conditional.WhenTrue, conditional.WhenFalse],
        InExpressionSyntax @in => [@in.Value, .. @in.Items],
        ArrayExpressionSyntax array => array.Items,
        LambdaExpressionSyntax lambda => [lambda.Body],
        ParenthesizedExpressionSyntax parenthesized => [parenthesized.Expression],
        _ => [],
    };

    private static string PrintList(IEnumerable<ExpressionSyntax> items) => string.Join(", ", items.Select(Print));

    private static string PrintLiteral(object? value) => value switch
    {
        null => "null",
        true => "true",
        false => "false",
        string s => $"\"{s}\"",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name),
    };

    private static string PrintOperator(UnaryOperator op) => op switch
    {
        UnaryOperator.Negate => "-",
        UnaryOperator.Plus => "+",
        _ => "!",
    };

    private static string PrintOperator(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.Coalesce => "??",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op.ToString()),
    };
}

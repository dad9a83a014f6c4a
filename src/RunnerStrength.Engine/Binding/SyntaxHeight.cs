using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// Measures a syntax tree without recursion. The parser already refuses trees deeper than the limit; binding checks
/// again before it recurses, so no tree handed to it, however built, can exhaust the stack of the stages after it.
/// </summary>
internal static class SyntaxHeight
{
    /// <summary>The first node found deeper than <paramref name="maxDepth"/> (the root is at depth 1), or null.</summary>
    public static ExpressionSyntax? FindTooDeep(ExpressionSyntax root, int maxDepth)
    {
        var pending = new Stack<(ExpressionSyntax Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth)
            {
                return node;
            }

            foreach (var child in Children(node))
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }

    private static IEnumerable<ExpressionSyntax> Children(ExpressionSyntax node) => node switch
    {
        MemberAccessExpressionSyntax member => [member.Target],
        IndexExpressionSyntax index => [index.Target, .. index.Arguments],
        CallExpressionSyntax call => call.Target is null ? call.Arguments : [call.Target, .. call.Arguments],
        UnaryExpressionSyntax unary => [unary.Operand],
        BinaryExpressionSyntax binary => [binary.Left, binary.Right],
        ConditionalExpressionSyntax conditional => [conditional.Condition, conditional.WhenTrue, conditional.WhenFalse],
        InExpressionSyntax @in => [@in.Value, .. @in.Items],
        LambdaExpressionSyntax lambda => [lambda.Body],
        ParenthesizedExpressionSyntax parenthesized => [parenthesized.Expression],
        ArrayExpressionSyntax array => array.Items,
        _ => [],
    };
}

using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Syntax;

public sealed partial class Parser
{
    /// <summary>
    /// Checks, before recursing, that a node starting at <paramref name="at"/> may sit at <paramref name="level"/>.
    /// This bounds the recursion by the depth limit; the stack probe covers a host that sets an enormous limit.
    /// </summary>
    private bool EnterLevel(int level, SyntaxToken at)
    {
        if (level <= _maxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        ReportTooDeep(at);
        return false;
    }

    /// <summary>
    /// Accepts a node built at <paramref name="level"/> whose subtree is <paramref name="height"/> tall, or reports
    /// RS2007 at <paramref name="at"/> (the operator, dot or bracket that made the tree too tall) and returns null.
    /// </summary>
    private Parsed? Accept(ExpressionSyntax node, int height, int level, SyntaxToken at)
    {
        if ((long)level + height - 1 <= _maxDepth)
        {
            return new Parsed(node, height);
        }

        ReportTooDeep(at);
        return null;
    }

    private void ReportTooDeep(SyntaxToken at) => Report(DiagnosticCatalog.ExpressionTooDeep, at.Span, _maxDepth);
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Syntax;

/// <summary>The syntax tree of an expression, or the problems that kept it from being read.</summary>
public sealed record ParseResult(ExpressionSyntax? Root, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when there is a tree and no error.</summary>
    public bool Succeeded => Root is not null && !Diagnostics.Any(d => d.IsError);
}

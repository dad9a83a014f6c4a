using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Json;

/// <summary>The tree of a JSON text, or null after a syntax error, and the problems found (RS1001, RS1007).</summary>
public sealed record JsonParseResult(JsonNodeSyntax? Root, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when there is a tree and no error.</summary>
    public bool Succeeded => Root is not null && !Diagnostics.Any(d => d.IsError);
}

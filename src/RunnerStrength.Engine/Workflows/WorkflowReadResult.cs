using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Workflows;

/// <summary>The workflows read from one or more rule files, and every problem found while reading them.</summary>
public sealed record WorkflowReadResult(ImmutableArray<WorkflowDefinition> Workflows, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was found.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>A compiled rule set, or the diagnostics that kept it from loading (warnings may come with a set too).</summary>
public sealed record RuleSetLoadResult(CompiledRuleSet? RuleSet, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the rule set loaded (no errors).</summary>
    public bool Succeeded => RuleSet is not null;
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>A rule ready to evaluate: its predicate or children, its message, its actions.</summary>
internal sealed class CompiledRule(RuleDefinition definition)
{
    public RuleDefinition Definition { get; } = definition;

    public CompiledCode<bool>? Predicate { get; set; }

    public ImmutableArray<CompiledRule> Children { get; set; } = [];

    public ImmutableArray<CompiledMessagePart> ErrorMessage { get; set; } = [];

    public CompiledAction? OnSuccess { get; set; }

    public CompiledAction? OnFailure { get; set; }
}

/// <summary>A literal piece of an ErrorMessage, or a compiled <c>$(expr)</c> placeholder.</summary>
internal sealed record CompiledMessagePart(string? Literal, CompiledCode<object?>? Value);

/// <summary>An action ready to run.</summary>
internal sealed class CompiledAction(ActionDefinition definition)
{
    public ActionDefinition Definition { get; } = definition;

    public CompiledCode<object?>? Output { get; set; }

    /// <summary>For EvaluateRule: the target, resolved after every workflow is compiled.</summary>
    public CompiledWorkflow? TargetWorkflow { get; set; }

    public CompiledRule? TargetRule { get; set; }

    /// <summary>For EvaluateRule: for each input of the target workflow, its position among this workflow's inputs.</summary>
    public int[] InputMap { get; set; } = [];
}

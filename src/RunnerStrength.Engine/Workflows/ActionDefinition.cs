using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>What a rule's action does.</summary>
public enum ActionKind
{
    /// <summary><c>OutputExpression</c>: evaluates <c>Context.Expression</c> and hands the value to the caller.</summary>
    OutputExpression,

    /// <summary><c>EvaluateRule</c>: evaluates <c>Context.RuleName</c> of <c>Context.WorkflowName</c> with the same inputs.</summary>
    EvaluateRule,
}

/// <summary>An <c>OnSuccess</c> or <c>OnFailure</c> action.</summary>
public sealed record ActionDefinition
{
    /// <summary>The action's kind.</summary>
    public required ActionKind Kind { get; init; }

    /// <summary>Where the action is written.</summary>
    public required Location Location { get; init; }

    /// <summary><c>Context.Expression</c> for <see cref="ActionKind.OutputExpression"/>.</summary>
    public ExpressionText? Expression { get; init; }

    /// <summary><c>Context.WorkflowName</c> for <see cref="ActionKind.EvaluateRule"/>.</summary>
    public string? WorkflowName { get; init; }

    /// <summary><c>Context.RuleName</c> for <see cref="ActionKind.EvaluateRule"/>.</summary>
    public string? RuleName { get; init; }

    /// <summary>
    /// <c>Context.additionalInputs</c> for <see cref="ActionKind.EvaluateRule"/>: inputs computed in the calling rule and
    /// given to the evaluated rule by name, besides (or instead of) the caller's own inputs.
    /// </summary>
    public ImmutableArray<ParamDefinition> AdditionalInputs { get; init; } = [];

    /// <summary>
    /// <c>Context.inputFilter</c> for <see cref="ActionKind.EvaluateRule"/>: the names of the caller's inputs passed on;
    /// null passes them all.
    /// </summary>
    public ImmutableArray<string>? InputFilter { get; init; }
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>How a rule set is compiled: the inputs its workflows get, extra functions, and the safety limits.</summary>
public sealed record RuleSetOptions
{
    /// <summary>The inputs every workflow gets, unless <see cref="WorkflowInputs"/> names other ones for it.</summary>
    public ImmutableArray<InputDeclaration> Inputs { get; init; } = [];

    /// <summary>Inputs for particular workflows, by workflow name (case-insensitive).</summary>
    public ImmutableDictionary<string, ImmutableArray<InputDeclaration>> WorkflowInputs { get; init; } =
        ImmutableDictionary.Create<string, ImmutableArray<InputDeclaration>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Functions the host adds to the language.</summary>
    public FunctionRegistry Functions { get; init; } = FunctionRegistry.Empty;

    /// <summary>Expression length and nesting limits.</summary>
    public ExpressionLimits Limits { get; init; } = ExpressionLimits.Default;

    /// <summary>The most rules (nested ones included) a rule set may hold.</summary>
    public int MaxRules { get; init; } = 10_000;

    /// <summary>The most lambda calls one rule may make in one evaluation before it is stopped (so no rule can hang).</summary>
    public int MaxEvaluationSteps { get; init; } = 1_000_000;

    /// <summary>The largest rule file, in bytes, that is read (RS9006 past it); 16 MiB by default.</summary>
    public long MaxFileBytes { get; init; } = InputFile.DefaultMaxBytes;

    /// <summary>The inputs <paramref name="workflowName"/> gets.</summary>
    public ImmutableArray<InputDeclaration> InputsFor(string workflowName) =>
        WorkflowInputs.TryGetValue(workflowName, out var inputs) ? inputs : Inputs;

    /// <summary>A copy with <paramref name="inputs"/> for every workflow.</summary>
    public RuleSetOptions WithInputs(params InputDeclaration[] inputs) => this with { Inputs = [.. inputs] };

    /// <summary>A copy with <paramref name="inputs"/> for the workflow <paramref name="workflowName"/>.</summary>
    public RuleSetOptions WithWorkflowInputs(string workflowName, params InputDeclaration[] inputs) =>
        this with { WorkflowInputs = WorkflowInputs.SetItem(workflowName, [.. inputs]) };
}

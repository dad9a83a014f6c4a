using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>How a rule set is compiled: the inputs its workflows get, extra functions, and the safety limits.</summary>
public sealed record RuleSetOptions
{
    private readonly int _maxEvaluationSteps = 1_000_000;
    private readonly long _maxEvaluationBytes = 64L * 1024 * 1024;

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

    /// <summary>
    /// The most steps one rule may take in one evaluation before it fails with RS3129 (so no rule can hang): a step is a
    /// lambda call or a list item a list method touches (Distinct, Contains, Count(), Max()...).
    /// </summary>
    public int MaxEvaluationSteps
    {
        get => _maxEvaluationSteps;
        init => _maxEvaluationSteps = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the step budget must be at least 1");
    }

    /// <summary>
    /// The most bytes of text and lists one rule may build in one evaluation before it fails with RS3130, checked before
    /// each is built, so no rule can take the process's memory; 64 MiB by default. Text whose size can be proven at load
    /// to outgrow it is refused then (RS3131).
    /// </summary>
    public long MaxEvaluationBytes
    {
        get => _maxEvaluationBytes;
        init => _maxEvaluationBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the memory budget must be at least 1 byte");
    }

    /// <summary>The largest rule file, in bytes, that is read (RS9006 past it); 16 MiB by default.</summary>
    public long MaxFileBytes { get; init; } = InputFile.DefaultMaxBytes;

    /// <summary>
    /// Off by default: a rule the engine refuses (an expression that does not compile, or that reaches what the sandbox
    /// refuses) keeps the whole rule set from loading. On, as RulesEngine does with a rule that does not compile, such a
    /// top-level rule is loaded anyway and fails whenever it is evaluated, its first error as its ExceptionMessage, while
    /// the other rules run; the errors are still reported, with an RS4020 warning per refused rule. Errors outside rules
    /// (JSON, schema, structure, global params) still keep the set from loading.
    /// </summary>
    public bool LoadRefusedRules { get; init; }

    /// <summary>The inputs <paramref name="workflowName"/> gets.</summary>
    public ImmutableArray<InputDeclaration> InputsFor(string workflowName) =>
        WorkflowInputs.TryGetValue(workflowName, out var inputs) ? inputs : Inputs;

    /// <summary>A copy with <paramref name="inputs"/> for every workflow.</summary>
    public RuleSetOptions WithInputs(params InputDeclaration[] inputs) => this with { Inputs = [.. inputs] };

    /// <summary>A copy with <paramref name="inputs"/> for the workflow <paramref name="workflowName"/>.</summary>
    public RuleSetOptions WithWorkflowInputs(string workflowName, params InputDeclaration[] inputs) =>
        this with { WorkflowInputs = WorkflowInputs.SetItem(workflowName, [.. inputs]) };
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
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

    /// <summary>Why the rule was refused at load, when the host loads refused rules: it fails with this whenever evaluated.</summary>
    public Diagnostic? Refusal { get; private set; }

    /// <summary>Makes this a rule that fails with <paramref name="refusal"/> whenever it is evaluated.</summary>
    public void Refuse(Diagnostic refusal)
    {
        Refusal = refusal;
        Predicate = null;
        Children = [];
        ErrorMessage = [];
        OnSuccess = null;
        OnFailure = null;
    }

    // One result per outcome that carries nothing computed (see CompiledWorkflow.EvaluateRule): RuleResult is immutable,
    // so evaluations share it instead of allocating one per rule per call.
    private RuleResult? _sharedSuccess;
    private RuleResult? _sharedFailure;

    /// <summary>The shared result for <paramref name="success"/>, once one has been made.</summary>
    public RuleResult? SharedResult(bool success) => success ? Volatile.Read(ref _sharedSuccess) : Volatile.Read(ref _sharedFailure);

    /// <summary>Keeps <paramref name="result"/> as the shared result of its outcome; the first one kept wins.</summary>
    public RuleResult Share(RuleResult result) =>
        Interlocked.CompareExchange(ref result.IsSuccess ? ref _sharedSuccess : ref _sharedFailure, result, null) ?? result;

    /// <summary>True when the ErrorMessage has no placeholders, so it is the same text on every evaluation.</summary>
    public bool HasConstantErrorMessage
    {
        get
        {
            foreach (var part in ErrorMessage)
            {
                if (part.Value is not null)
                {
                    return false;
                }
            }

            return true;
        }
    }
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

    /// <summary>
    /// For EvaluateRule: for each input of the target workflow, its position among this workflow's inputs, or, when
    /// negative, -1 - its position among <see cref="AdditionalInputs"/>.
    /// </summary>
    public int[] InputMap { get; set; } = [];

    /// <summary>For EvaluateRule: the compiled <c>additionalInputs</c>, with the types their expressions have (null where one did not compile).</summary>
    public (string Name, Type Type, CompiledCode<object?>? Value)[] AdditionalInputs { get; set; } = [];
}

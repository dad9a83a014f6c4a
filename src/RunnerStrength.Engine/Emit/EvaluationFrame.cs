using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// What compiled code reads while one workflow is evaluated: the inputs, the global params, the step budget
/// and the optional trace. One frame per evaluation, so a compiled rule set is safe to share between threads.
/// </summary>
internal sealed class EvaluationFrame
{
    /// <summary>The inputs in declaration order (read by emitted code).</summary>
    public readonly object?[] Inputs;

    /// <summary>The global params' values (read by emitted code through <see cref="ReadGlobal"/>).</summary>
    public readonly object?[] Globals;

    /// <summary>The rule a fused chunk is evaluating (written by fused code; read when it throws).</summary>
    public int RuleIndex;

    private readonly Exception?[] _globalErrors;
    private readonly string[] _globalNames;
    private readonly int _maxSteps;
    private int _steps;

    public EvaluationFrame(object?[] inputs, string[] globalNames, int maxSteps, TraceRecorder? trace)
    {
        Inputs = inputs;
        _globalNames = globalNames;
        Globals = globalNames.Length == 0 ? [] : new object?[globalNames.Length];
        _globalErrors = globalNames.Length == 0 ? [] : new Exception?[globalNames.Length];
        _maxSteps = maxSteps;
        Trace = trace;
    }

    /// <summary>The trace being recorded, when tracing was asked for.</summary>
    public TraceRecorder? Trace { get; }

    /// <summary>Starts the step budget of one rule afresh.</summary>
    public void ResetSteps() => _steps = 0;

    /// <summary>Counts one lambda call; stops an expression that would run for too long.</summary>
    public void Step()
    {
        if (++_steps > _maxSteps)
        {
            throw new RuleEvaluationException($"the expression did more than {_maxSteps:N0} steps of list work and was stopped");
        }
    }

    public void SetGlobal(int index, object? value) => Globals[index] = value;

    public void FailGlobal(int index, Exception error) => _globalErrors[index] = error;

    /// <summary>The value of a global param; rethrows its failure so only the rules that read it fail.</summary>
    public object? ReadGlobal(int index)
    {
        var error = _globalErrors[index];
        if (error is not null)
        {
            throw new RuleEvaluationException($"global param '{_globalNames[index]}' could not be computed: {RuleEvaluationException.Describe(error)}");
        }

        return Globals[index];
    }
}

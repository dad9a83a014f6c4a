using System.Globalization;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// What compiled code reads while one workflow is evaluated: the inputs, the global params, the step and memory
/// budgets and the optional trace. One frame per evaluation, so a compiled rule set is safe to share between threads.
/// </summary>
/// <remarks>
/// The memory budget counts what a rule builds, as the engine can know it before it builds it: the characters of
/// every text it makes (joining, case changes, messages) and a fixed <see cref="BytesPerBufferedItem"/> for every item a
/// list method holds at once (Distinct, OrderBy, a list kept as a param or an output). Everything else a rule can
/// allocate is a fixed amount per step, so the step budget bounds it.
/// </remarks>
internal sealed class EvaluationFrame
{
    /// <summary>The inputs in declaration order (read by emitted code).</summary>
    public readonly object?[] Inputs;

    /// <summary>The global params' values (read by emitted code through <see cref="ReadGlobal"/>).</summary>
    public readonly object?[] Globals;

    private readonly Exception?[] _globalErrors;
    private readonly string[] _globalNames;
    private readonly int _maxSteps;
    private readonly long _maxBytes;
    private int _steps;
    private long _bytes;

    public EvaluationFrame(object?[] inputs, string[] globalNames, EvaluationBudget budget, TraceRecorder? trace)
    {
        Inputs = inputs;
        _globalNames = globalNames;
        Globals = globalNames.Length == 0 ? [] : new object?[globalNames.Length];
        _globalErrors = globalNames.Length == 0 ? [] : new Exception?[globalNames.Length];
        _maxSteps = budget.MaxSteps;
        _maxBytes = budget.MaxBytes;
        Trace = trace;
    }

    /// <summary>The trace being recorded, when tracing was asked for.</summary>
    public TraceRecorder? Trace { get; }

    /// <summary>What one item a list method holds at once is counted as (a reference, its hash or sort key, and the slot).</summary>
    public const int BytesPerBufferedItem = 32;

    /// <summary>Starts the step and memory budgets of one rule afresh.</summary>
    public void ResetSteps()
    {
        _steps = 0;
        _bytes = 0;
    }

    /// <summary>Counts one lambda call or one item a list method touches; stops an expression that would run for too long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Step()
    {
        if (++_steps > _maxSteps)
        {
            StepBudgetExceeded();
        }
    }

    // Out of line, so that Step, called per item, stays small enough to inline into compiled code.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StepBudgetExceeded() =>
        throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.StepBudgetExceeded, Location.None, _maxSteps.ToString("N0", CultureInfo.InvariantCulture)));

    /// <summary>Counts <paramref name="count"/> items touched at once (a list method over a list whose length is known).</summary>
    public void Steps(int count)
    {
        if (count > _maxSteps - _steps)
        {
            _steps = _maxSteps;
            StepBudgetExceeded();
        }

        _steps += count;
    }

    /// <summary>
    /// Counts <paramref name="bytes"/> the rule is about to build, before it builds them: over the budget, the rule
    /// stops here, so the allocation never happens.
    /// </summary>
    public void Reserve(long bytes)
    {
        if (bytes > _maxBytes - _bytes)
        {
            throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.MemoryBudgetExceeded, Location.None, RuntimeSupport.Size(_maxBytes)));
        }

        _bytes += bytes;
    }

    /// <summary>Counts an array literal of <paramref name="count"/> items about to be built: a step and a held item each.</summary>
    public void ReserveItems(int count)
    {
        Steps(count);
        Reserve(24 + ((long)count * BytesPerBufferedItem));
    }

    /// <summary>Counts text of <paramref name="length"/> characters about to be built.</summary>
    public void ReserveText(long length) => Reserve(24 + (2 * length));

    public void SetGlobal(int index, object? value) => Globals[index] = value;

    public void FailGlobal(int index, Exception error) => _globalErrors[index] = error;

    /// <summary>The value of a global param; rethrows its failure so only the rules that read it fail.</summary>
    public object? ReadGlobal(int index)
    {
        var error = _globalErrors[index];
        if (error is not null)
        {
            throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.GlobalParamFailed, Location.None, _globalNames[index], RuleEvaluationException.Describe(error)));
        }

        return Globals[index];
    }
}

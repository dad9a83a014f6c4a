using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>
/// One expression compiled to a delegate, with what it was compiled from kept so a traced variant can be built
/// on first use. Built once at load; evaluation calls only the delegate.
/// </summary>
internal sealed class CompiledCode<T> : ICompiledCode
{
    private readonly BoundLocal[] _locals;
    private readonly BoundExpression _body;
    private readonly ExpressionText _text;
    private readonly Lazy<Func<EvaluationFrame, T>> _traced;

    private readonly TieredDelegate<Func<EvaluationFrame, T>> _run;
    private readonly IReadOnlySet<object> _lambdas;

    private CompiledCode(BoundLocal[] locals, BoundExpression body, ExpressionText text, TieredDelegate<Func<EvaluationFrame, T>> run, IReadOnlySet<object> lambdas, FunctionRegistry functions)
    {
        _lambdas = lambdas;
        _locals = locals;
        _body = body;
        _text = text;
        _run = run;
        // PublicationOnly: two threads may both compile on first use (harmless), and a failure is not cached for good.
        _traced = new Lazy<Func<EvaluationFrame, T>>(CompileTraced, LazyThreadSafetyMode.PublicationOnly);
        Functions = functions;
    }

    /// <summary>
    /// <paramref name="error"/> as a failure with an RS code, placed at this whole expression when it has no place of
    /// its own (an exhausted budget, a null read or an empty list is noticed in code that knows no position).
    /// </summary>
    public RuleEvaluationException Locate(Exception error) => new(RuleEvaluationException.Diagnose(error, _text.Location));

    /// <summary>
    /// The delegate to call: interpreted for its first few calls (loading compiles no IL), then the IL-compiled one,
    /// built from the same verified tree on the thread pool.
    /// </summary>
    public Func<EvaluationFrame, T> Run => _run.Current;

    /// <summary>The tiered delegate behind <see cref="Run"/>, with the verified tree it comes from.</summary>
    public TieredDelegate<Func<EvaluationFrame, T>> Tiered => _run;

    /// <summary>True once <see cref="Run"/> and its lambda arguments are IL-compiled.</summary>
    public bool IsCompiled => _run.IsCompiled && LambdasCompiled;

    /// <summary>True once every lambda argument of this code (nested ones included) is IL-compiled.</summary>
    public bool LambdasCompiled => _lambdas.All(l => ((ITieredDelegate)l).IsCompiled);

    /// <summary>How many lambda arguments this code holds, nested ones included.</summary>
    public int LambdaCount => _lambdas.Count;

    /// <summary>Swaps in the IL-compiled delegates (the code's and its lambda arguments') now rather than after a few calls.</summary>
    public void CompileNow()
    {
        _run.CompileNow();
        CompileLambdasNow();
    }

    /// <summary>
    /// Swaps in the IL-compiled delegates of the lambda arguments alone: for code a fused workflow inlines, which calls
    /// its lambdas but never its own delegate.
    /// </summary>
    public void CompileLambdasNow()
    {
        foreach (var lambda in _lambdas)
        {
            ((ITieredDelegate)lambda).CompileNow();
        }
    }

    /// <summary>The same code, recording sub-expression values into the frame's trace.</summary>
    public Func<EvaluationFrame, T> Traced => _traced.Value;

    private FunctionRegistry Functions { get; }

    /// <summary>
    /// Emits, proves safe and compiles; returns null with the safety findings when there are any, or with
    /// <paramref name="tooDeep"/> set when the tree nests too deep for the stack left to these stages.
    /// </summary>
    public static CompiledCode<T>? Create(BoundLocal[] locals, BoundExpression body, ExpressionText text, FunctionRegistry functions, out IReadOnlyList<string> violations, out bool tooDeep)
    {
        tooDeep = false;
        try
        {
            var emitted = Emitter.Lambda<T>(locals, body, text, functions, trace: false);
            violations = [.. emitted.Violations, .. SafetyVerifier.Verify(emitted.Lambda, functions, emitted.Lambdas)];
            return violations.Count > 0 ? null : new CompiledCode<T>(locals, body, text, new TieredDelegate<Func<EvaluationFrame, T>>(emitted.Lambda), emitted.Lambdas, functions);
        }
        catch (InsufficientExecutionStackException)
        {
            violations = [];
            tooDeep = true;
            return null;
        }
    }

    // Built on the first traced evaluation, and proved safe like the untraced code before it is compiled.
    private Func<EvaluationFrame, T> CompileTraced()
    {
        var emitted = Emitter.Lambda<T>(_locals, _body, _text, Functions, trace: true);
        IReadOnlyList<string> violations = [.. emitted.Violations, .. SafetyVerifier.Verify(emitted.Lambda, Functions, emitted.Lambdas)];
        return violations.Count == 0
            ? emitted.Lambda.Compile()
            : throw new InvalidOperationException("the traced code reaches " + string.Join(", ", violations));
    }

    public override string ToString() => $"{_text} ({Functions.Functions.Count()} host functions)";
}

/// <summary>A <see cref="CompiledCode{T}"/> of any result type.</summary>
internal interface ICompiledCode
{
    /// <summary>True once the code's delegate and its lambda arguments are IL-compiled.</summary>
    bool IsCompiled { get; }

    /// <summary>True once every lambda argument of the code is IL-compiled.</summary>
    bool LambdasCompiled { get; }

    /// <summary>How many lambda arguments the code holds, nested ones included.</summary>
    int LambdaCount { get; }

    /// <summary>Swaps in the IL-compiled delegates (the code's and its lambda arguments') now.</summary>
    void CompileNow();

    /// <summary>Swaps in the IL-compiled delegates of the lambda arguments alone.</summary>
    void CompileLambdasNow();
}

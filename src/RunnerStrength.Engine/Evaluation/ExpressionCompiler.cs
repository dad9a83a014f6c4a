using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>Compiles one expression on its own, outside any rule file (for tools and quick checks).</summary>
public static class ExpressionCompiler
{
    /// <summary>Parses, type-checks, verifies and compiles <paramref name="text"/> against <paramref name="inputs"/>, with the default budgets.</summary>
    public static ExpressionCompileResult Compile(ExpressionText text, ImmutableArray<InputDeclaration> inputs, FunctionRegistry? functions = null, ExpressionLimits? limits = null) =>
        Compile(text, inputs, new RuleSetOptions { Functions = functions ?? FunctionRegistry.Empty, Limits = limits ?? ExpressionLimits.Default });

    /// <summary>
    /// Parses, type-checks, verifies and compiles <paramref name="text"/> against <paramref name="inputs"/>, with the host
    /// functions, expression limits and step and memory budgets of <paramref name="options"/> (its inputs are not used).
    /// </summary>
    public static ExpressionCompileResult Compile(ExpressionText text, ImmutableArray<InputDeclaration> inputs, RuleSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var functions = options.Functions;
        var limits = options.Limits;
        var diagnostics = new DiagnosticBag();
        var bound = ExpressionBinding.Bind(text, BindingScope.ForInputs(inputs, functions), limits, diagnostics);
        ExpressionBinding.CheckTextSize(bound, text, "the expression", options.MaxEvaluationBytes, _ => null, diagnostics);
        if (bound is BoundError || diagnostics.HasErrors)
        {
            return new ExpressionCompileResult(null, diagnostics.ToSortedImmutable());
        }

        var code = CompiledCode<object?>.Create([], bound, text, functions, out var violations, out var tooDeep);
        foreach (var violation in violations.Distinct())
        {
            diagnostics.Report(DiagnosticCatalog.UnsafeExpression, text.Location, violation);
        }

        if (tooDeep)
        {
            diagnostics.Report(DiagnosticCatalog.ExpressionTooDeep, text.Location, limits.MaxDepth);
        }

        var resultType = bound.Type == typeof(NullLiteral) ? typeof(object) : bound.Type;
        return code is null
            ? new ExpressionCompileResult(null, diagnostics.ToSortedImmutable())
            : new ExpressionCompileResult(new CompiledExpression(code, inputs, resultType, EvaluationBudget.From(options)), diagnostics.ToSortedImmutable());
    }
}

/// <summary>A compiled expression, or the diagnostics that kept it from compiling.</summary>
public sealed record ExpressionCompileResult(CompiledExpression? Expression, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the expression compiled.</summary>
    public bool Succeeded => Expression is not null;
}

/// <summary>One compiled expression; immutable and safe to evaluate from many threads.</summary>
public sealed class CompiledExpression
{
    private readonly CompiledCode<object?> _code;
    private readonly EvaluationBudget _budget;

    internal CompiledExpression(CompiledCode<object?> code, ImmutableArray<InputDeclaration> inputs, Type resultType, EvaluationBudget budget)
    {
        _code = code;
        _budget = budget;
        Inputs = inputs;
        ResultType = resultType;
    }

    /// <summary>The inputs, in the order <see cref="Evaluate"/> expects them.</summary>
    public ImmutableArray<InputDeclaration> Inputs { get; }

    /// <summary>The type of the value it computes.</summary>
    public Type ResultType { get; }

    /// <summary>Swaps in the IL-compiled code now (tests run each expression interpreted and compiled).</summary>
    internal void CompileNow() => _code.CompileNow();

    /// <summary>Evaluates with inputs in declaration order; a failure (null read, division by zero) comes back as a message.</summary>
    public ExpressionValue Evaluate(params object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length != Inputs.Length)
        {
            throw new ArgumentException($"the expression takes {Inputs.Length} inputs, not {inputs.Length}", nameof(inputs));
        }

        try
        {
            var frame = new EvaluationFrame(inputs, [], _budget, null);
            return new ExpressionValue(_code.Run(frame), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var error = _code.Locate(ex);
            return new ExpressionValue(null, RuleEvaluationException.Describe(error)) { Diagnostic = error.Diagnostic };
        }
    }
}

/// <summary>The value an expression computed, or why it could not.</summary>
public sealed record ExpressionValue(object? Value, string? Error)
{
    /// <summary>True when there is a value (which may be null).</summary>
    public bool Succeeded => Error is null;

    /// <summary>The failure with its RS code and its place in the expression (the whole expression when nothing narrower is known).</summary>
    public Diagnostic? Diagnostic { get; init; }
}

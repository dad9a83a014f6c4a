using System.Linq.Expressions;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Tests.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// Pieces for trees built by hand, and the safety walk over them: what the verifier finds in a tree no binder made.
/// </summary>
internal static class HandBuiltTrees
{
    /// <summary>The frame parameter every emitted rule takes.</summary>
    public static readonly ParameterExpression Frame = Expression.Parameter(typeof(EvaluationFrame), "frame");

    /// <summary><c>(Athlete)frame.Inputs[0]</c>, the way emitted code reads an input.</summary>
    public static readonly Expression AthleteInput =
        Expression.Convert(Expression.ArrayIndex(Expression.Field(Frame, nameof(EvaluationFrame.Inputs)), Expression.Constant(0)), typeof(Athlete));

    /// <summary><c>athlete.history</c>.</summary>
    public static readonly Expression History = Expression.Property(AthleteInput, nameof(Evaluation.Athlete.History));

    /// <summary>A diagnostic, as emitted code carries one for the failure a runtime helper reports.</summary>
    public static readonly Diagnostic Failure = new(DiagnosticCatalog.UnsafeExpression, Location.None, "a test");

    /// <summary>
    /// What the safety walk finds in <c>frame =&gt; (object)body</c>. A void body is followed by <c>null</c>, so every
    /// kind of node can be the body.
    /// </summary>
    public static IReadOnlyList<string> Verify(Expression body, FunctionRegistry? functions = null, IReadOnlySet<object>? lambdas = null)
    {
        var result = body.Type == typeof(void)
            ? Expression.Block(typeof(object), body, Expression.Constant(null))
            : body.Type == typeof(object) ? body : Expression.Convert(body, typeof(object));
        var lambda = Expression.Lambda<Func<EvaluationFrame, object?>>(result, Frame);
        return SafetyVerifier.Verify(lambda, functions ?? FunctionRegistry.Empty, lambdas);
    }

    /// <summary>A value of <paramref name="type"/> that the walk accepts: <c>default(T)</c>, for arguments whose value does not matter.</summary>
    public static Expression Any(Type type) => Expression.Default(type);

    /// <summary>A value of <typeparamref name="T"/> that the walk accepts.</summary>
    public static Expression Any<T>() => Expression.Default(typeof(T));

    /// <summary>A call of <paramref name="method"/> with <c>default</c> arguments (the instance too, for an instance method).</summary>
    public static Expression CallWithDefaults(System.Reflection.MethodInfo method) =>
        Expression.Call(method.IsStatic ? null : Any(method.DeclaringType!), method, method.GetParameters().Select(p => Any(p.ParameterType)));
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Compiles and runs one expression with <c>athlete</c> bound, for table tests.</summary>
internal static class ExpressionHarness
{
    public static readonly ImmutableArray<InputDeclaration> Inputs = [InputDeclaration.Of<Athlete>("athlete")];

    public static ExpressionCompileResult Compile(string expression, FunctionRegistry? functions = null, ExpressionLimits? limits = null) =>
        ExpressionCompiler.Compile(ExpressionText.FromString(expression, "<expr>"), Inputs, functions, limits);

    /// <summary>Compiles (which must succeed) and evaluates (which must produce a value).</summary>
    public static object? Evaluate(string expression, Athlete? athlete = null, FunctionRegistry? functions = null)
    {
        var value = Run(expression, athlete, functions);
        value.Error.ShouldBeNull($"'{expression}' failed at evaluation");
        return value.Value;
    }

    /// <summary>Compiles (which must succeed) and evaluates, returning the value or the evaluation error.</summary>
    public static ExpressionValue Run(string expression, Athlete? athlete = null, FunctionRegistry? functions = null)
    {
        var compiled = Compile(expression, functions);
        compiled.Diagnostics.Where(d => d.IsError).ShouldBeEmpty($"'{expression}' did not compile:\n" + string.Join("\n", compiled.Diagnostics));
        // Each expression runs interpreted (its first calls) and IL-compiled (later ones): both must agree. Host
        // functions may count their calls, so with them it runs once.
        var interpreted = compiled.Expression!.Evaluate(athlete ?? Athlete.Sample);
        if (functions is not null)
        {
            return interpreted;
        }

        compiled.Expression.CompileNow();
        var ilCompiled = compiled.Expression.Evaluate(athlete ?? Athlete.Sample);
        ilCompiled.Error.ShouldBe(interpreted.Error, $"'{expression}' fails differently interpreted and compiled");
        ilCompiled.Value.ShouldBe(interpreted.Value, $"'{expression}' computes another value interpreted and compiled");
        return ilCompiled;
    }

    /// <summary>The diagnostics of an expression that must not compile.</summary>
    public static ImmutableArray<Diagnostic> Errors(string expression, FunctionRegistry? functions = null, ExpressionLimits? limits = null)
    {
        var compiled = Compile(expression, functions, limits);
        compiled.Succeeded.ShouldBeFalse($"'{expression}' compiled but should not have");
        compiled.Diagnostics.ShouldContain(d => d.IsError);
        return compiled.Diagnostics;
    }

    public static Diagnostic SingleError(string expression, FunctionRegistry? functions = null)
    {
        var errors = Errors(expression, functions).Where(d => d.IsError).ToList();
        errors.Count.ShouldBe(1, string.Join("\n", errors));
        return errors[0];
    }
}

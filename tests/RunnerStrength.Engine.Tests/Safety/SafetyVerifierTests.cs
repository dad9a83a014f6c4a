using System.Linq.Expressions;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>The safety walk on its own: hand-built trees with forbidden nodes are caught, whatever the binder does.</summary>
public sealed class SafetyVerifierTests
{
    private static readonly ParameterExpression Frame = Expression.Parameter(typeof(EvaluationFrame), "frame");

    private static readonly Expression Athlete =
        Expression.Convert(Expression.ArrayIndex(Expression.Field(Frame, nameof(EvaluationFrame.Inputs)), Expression.Constant(0)), typeof(Athlete));

    public static TheoryData<string, Expression> Forbidden => new()
    {
        { "the method Object.GetType", Expression.Call(Athlete, typeof(object).GetMethod(nameof(GetType))!) },
        { "the method Type.GetType", Expression.Call(typeof(Type).GetMethod(nameof(Type.GetType), [typeof(string)])!, Expression.Constant("System.IO.File")) },
        { "the method File.ReadAllText", Expression.Call(typeof(File).GetMethod(nameof(File.ReadAllText), [typeof(string)])!, Expression.Constant("/etc/passwd")) },
        { "the method String.Format", Expression.Call(typeof(string).GetMethod(nameof(string.Format), [typeof(string), typeof(object)])!, Expression.Constant("{0}"), Athlete) },
        { "the method Athlete.ToString", Expression.Call(Athlete, typeof(Athlete).GetMethod(nameof(ToString), Type.EmptyTypes)!) },
        { "the method Enumerable.ToList", Expression.Call(typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!.MakeGenericMethod(typeof(Entry)), Expression.Property(Athlete, nameof(Evaluation.Athlete.History))) },
        { "a constructor", Expression.New(typeof(object)) },
        { "an array creation", Expression.NewArrayBounds(typeof(int), Expression.Constant(1_000_000_000)) },
        { "an object initializer", Expression.MemberInit(Expression.New(typeof(Readiness)), Expression.Bind(typeof(Readiness).GetProperty(nameof(Readiness.Soreness))!, Expression.Constant(1, typeof(int?)))) },
        { "an assignment", Expression.Assign(Expression.Field(Expression.Convert(Athlete, typeof(object)).ConvertTo<System.Runtime.CompilerServices.StrongBox<int>>(), "Value"), Expression.Constant(0)) },
        { "an indexer node", Expression.Assign(Expression.ArrayAccess(Expression.Field(Frame, nameof(EvaluationFrame.Inputs)), Expression.Constant(0)), Expression.Constant(null)) },
        { "an assignment", Expression.Assign(Expression.Property(Athlete, nameof(Evaluation.Athlete.SessionMinutes)), Expression.Constant(0)) },
        { "the member String.Empty", Expression.Field(null, typeof(string).GetField(nameof(string.Empty))!) },
        { "the member Math.PI", Expression.Field(null, typeof(Math).GetField(nameof(Math.PI))!) },
        { "the member EvaluationFrame.Globals", Expression.Field(Frame, nameof(EvaluationFrame.Globals)) },
        { "a constant of type RuntimeType", Expression.Constant(typeof(File), typeof(object)) },
        { "a constant of type Athlete", Expression.Constant(Evaluation.Athlete.Sample, typeof(object)) },
        { "a delegate that is not a registered function", Expression.Invoke(Expression.Constant((Func<int>)(() => Environment.ProcessId))) },
        { "a type test", Expression.TypeIs(Athlete, typeof(string)) },
        { "a loop", Expression.Loop(Expression.Empty(), Expression.Label(typeof(int))) },
        { "a try block", Expression.TryCatch(Expression.Constant(1), Expression.Catch(typeof(Exception), Expression.Constant(2))) },
        { "the operation Quote", Expression.Quote(Expression.Lambda<Func<int>>(Expression.Constant(1))) },
        { "the operation TypeAs", Expression.TypeAs(Athlete, typeof(object)) },
        { "the operation PreIncrementAssign", Expression.PreIncrementAssign(Expression.Variable(typeof(int), "x")) },
        { "the ToString of Athlete", Expression.Call(typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Concat))!, Frame, Expression.Convert(Expression.Constant(""), typeof(object)), Expression.Convert(Athlete, typeof(object))) },
        { "the Equals of Entry", Expression.Call(typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Distinct) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(Entry)), Expression.Property(Athlete, nameof(Evaluation.Athlete.History))) },
        { "the Equals of Entry", Expression.Call(typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(Entry)), Expression.Property(Athlete, nameof(Evaluation.Athlete.History)), Expression.Constant(null, typeof(Entry))) },
        { "the Equals of Race", Expression.Call(typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Union) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(Race)), Expression.Constant(null, typeof(IEnumerable<Race>)), Expression.Constant(null, typeof(IEnumerable<Race>))) },
        { "the Equals of Entry", Expression.Call(typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Lookup))!.MakeGenericMethod(typeof(Entry), typeof(int)), Expression.Constant(null, typeof(IReadOnlyDictionary<Entry, int>)), Expression.Constant(null, typeof(Entry))) },
        { "the Equals of Entry", Expression.Call(Expression.Constant(null, typeof(IReadOnlyDictionary<Entry, int>)), typeof(IReadOnlyDictionary<Entry, int>).GetProperty("Item")!.GetMethod!, Expression.Constant(null, typeof(Entry))) },
        { "the ToString of IReadOnlyList`1", Expression.Call(typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Concat))!, Frame, Expression.Convert(Expression.Property(Athlete, nameof(Evaluation.Athlete.History)), typeof(object)), Expression.Convert(Expression.Constant(1), typeof(object))) },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_forbidden_node_is_reported(string violation, Expression body)
    {
        var lambda = Expression.Lambda<Func<EvaluationFrame, object?>>(Expression.Convert(body, typeof(object)), Frame);
        SafetyVerifier.Verify(lambda, FunctionRegistry.Empty).ShouldContain(violation);
    }

    [Fact]
    public void A_forbidden_call_inside_a_nested_lambda_is_reported()
    {
        var h = Expression.Parameter(typeof(Entry), "h");
        var select = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2)
            .MakeGenericMethod(typeof(Entry), typeof(Type));
        var body = Expression.Call(select, Expression.Property(Athlete, nameof(Evaluation.Athlete.History)), Expression.Lambda<Func<Entry, Type>>(Expression.Call(h, typeof(object).GetMethod(nameof(GetType))!), h));
        var lambda = Expression.Lambda<Func<EvaluationFrame, object?>>(body, Frame);
        SafetyVerifier.Verify(lambda, FunctionRegistry.Empty).ShouldBe(["the method Object.GetType"]);
    }

    [Fact]
    public void An_assignment_to_a_variable_the_tree_does_not_declare_is_reported()
    {
        var outside = Expression.Variable(typeof(int), "outside");
        var lambda = Expression.Lambda<Func<EvaluationFrame, object?>>(Expression.Convert(Expression.Assign(outside, Expression.Constant(1)), typeof(object)), Frame);
        SafetyVerifier.Verify(lambda, FunctionRegistry.Empty).ShouldContain("an assignment");
    }

    [Fact]
    public void Emitted_code_for_every_kind_of_node_passes_the_walk()
    {
        // Compiling runs the verifier; a finding would be an RS3116 error.
        var functions = FunctionRegistry.Empty.Add("twice", (int x) => x * 2);
        var compiled = ExpressionHarness.Compile(
            "iif(athlete.race != null, athlete.race.date.year, 0) > 0 && athlete.level >= \"beginner\" && \"x\" + athlete.level != \"\"" +
            " && athlete.history.Where(h => h.reps > 1).Select(h => h.exercise).Contains(\"push-up\") && athlete.scores[\"squat\"] > 1" +
            " && athlete.name[0] < \"z\" && athlete.weeklyKm[0] > 0 && twice(athlete.readiness.soreness ?? 1) > 1 && Math.Round(athlete.bodyWeightKg) > 1" +
            " && athlete.sessionMinutes in (35, 40) && \"bands\" in athlete.equipment && !string.IsNullOrEmpty(athlete.name.Trim().ToLower())",
            functions);
        compiled.Diagnostics.ShouldBeEmpty();
        compiled.Expression!.Evaluate(Evaluation.Athlete.Sample).Value.ShouldBe(true);
    }
}

/// <summary>Tree-building shorthand for the table above.</summary>
internal static class ExpressionBuilding
{
    public static Expression ConvertTo<T>(this Expression expression) => Expression.Convert(expression, typeof(T));
}

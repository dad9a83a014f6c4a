using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using RunnerStrength.Engine.Text;
using static RunnerStrength.Engine.Tests.Safety.HandBuiltTrees;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The values a tree may hold as constants: those of the language and of the engine's own plumbing. Any other object
/// is code or state the tree could reach through it.
/// </summary>
public sealed class SafetyVerifierConstantTests
{
    public static TheoryData<object> AllowedValues =>
    [
        "text", true, 1.5m, new DateOnly(2027, 3, 14), new DateTime(2027, 3, 14, 10, 30, 0),
        1, 2L, (short)3, (byte)4, (sbyte)5, (ushort)6, 7u, 8ul, 'c', 9.5, 10.5f,
        Level.Advanced, StringComparison.Ordinal, MidpointRounding.AwayFromZero,
        new TraceSite("athlete.level", Location.None), Failure,
    ];

    [Theory]
    [MemberData(nameof(AllowedValues))]
    public void A_constant_of_the_language_or_the_engine_passes(object value)
    {
        Verify(Expression.Constant(value)).ShouldBeEmpty();
        Verify(Expression.Constant(value, typeof(object))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(typeof(object))]
    [InlineData(typeof(Type))]
    [InlineData(typeof(Athlete))]
    [InlineData(typeof(Func<int>))]
    [InlineData(typeof(Level?))]
    public void Null_of_any_type_passes(Type type) => Verify(Expression.Constant(null, type)).ShouldBeEmpty();

    public static TheoryData<string, object> RefusedValues => new()
    {
        { "IntPtr", (nint)1 },
        { "UIntPtr", (nuint)1 },
        { "DateTimeOffset", DateTimeOffset.UnixEpoch },
        { "TimeSpan", TimeSpan.FromMinutes(1) },
        { "Guid", Guid.Empty },
        { "Object", new object() },
        { "RuntimeType", typeof(File) },
        { "Int32[]", new[] { 1, 2 } },
        { "Athlete", Athlete.Sample },
        { "StrongBox`1", new StrongBox<int>(1) },
        { "FunctionRegistry", FunctionRegistry.Empty },
        { "Func`1", (Func<int>)(() => Environment.ProcessId) },
    };

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void A_constant_of_any_other_type_is_refused(string type, object value)
    {
        Verify(Expression.Constant(value)).ShouldBe([$"a constant of type {type}"]);
        Verify(Expression.Constant(value, typeof(object))).ShouldBe([$"a constant of type {type}"]);
    }

    [Fact]
    public void A_delegate_passes_only_when_it_is_a_function_of_the_registry_in_use()
    {
        Func<int, int> twice = x => x * 2;
        var functions = FunctionRegistry.Empty.Add("twice", twice);
        Verify(Expression.Constant(twice), functions).ShouldBeEmpty();
        Verify(Expression.Invoke(Expression.Constant(twice), Expression.Constant(2)), functions).ShouldBeEmpty();

        Verify(Expression.Constant(twice)).ShouldBe(["a constant of type Func`2"]);
        Func<int, int> lookalike = x => x * 2;
        Verify(Expression.Invoke(Expression.Constant(lookalike), Expression.Constant(2)), functions)
            .ShouldBe(["a delegate that is not a registered function", "a constant of type Func`2"]);
    }

    [Fact]
    public void A_delegate_invoked_from_anywhere_but_a_constant_is_refused()
    {
        Func<int, int> twice = x => x * 2;
        var functions = FunctionRegistry.Empty.Add("twice", twice);
        var held = Expression.Convert(Expression.Convert(Expression.Constant(twice), typeof(object)), typeof(Func<int, int>));
        Verify(Expression.Invoke(held, Expression.Constant(2)), functions).ShouldBe(["a delegate that is not a registered function"]);
    }

    [Fact]
    public void A_compiled_lambda_passes_only_when_it_was_handed_over_as_already_verified()
    {
        var item = Expression.Parameter(typeof(int), "item");
        var env = Expression.Parameter(typeof(object[]), "env");
        var frame = Expression.Parameter(typeof(EvaluationFrame), "frame");
        var lambda = new TieredDelegate<LambdaBody<int, bool>>(
            Expression.Lambda<LambdaBody<int, bool>>(Expression.GreaterThan(item, Expression.Constant(0)), frame, env, item));
        var other = new TieredDelegate<LambdaBody<int, bool>>(
            Expression.Lambda<LambdaBody<int, bool>>(Expression.LessThan(item, Expression.Constant(0)), frame, env, item));

        Verify(Expression.Constant(lambda), lambdas: new HashSet<object> { lambda }).ShouldBeEmpty();
        Verify(Expression.Constant(lambda), lambdas: new HashSet<object> { other }).ShouldBe(["a constant of type TieredDelegate`1"]);
        Verify(Expression.Constant(lambda)).ShouldBe(["a constant of type TieredDelegate`1"]);
    }
}

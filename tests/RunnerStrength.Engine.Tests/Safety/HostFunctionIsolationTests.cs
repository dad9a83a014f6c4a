using System.Linq.Expressions;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>A host function belongs to its registry: code compiled with another registry cannot reach it.</summary>
public sealed class HostFunctionIsolationTests
{
    private static readonly Func<string, string> ReadSecret = name => "secret of " + name;

    [Fact]
    public void A_function_of_another_registry_is_unknown_to_the_binder()
    {
        var mine = FunctionRegistry.Empty.Add("secret", ReadSecret);
        var theirs = FunctionRegistry.Empty.Add("other", (int x) => x);

        ExpressionHarness.Evaluate("secret(athlete.name)", functions: mine).ShouldBe("secret of Ana");
        ExpressionHarness.SingleError("secret(athlete.name)", theirs).Code.ShouldBe("RS3105");

        var options = RuleFiles.Options with { Functions = theirs };
        RuleFiles.Load(RuleFiles.Workflow(("r", "secret(athlete.name) == \"\"")), options).Diagnostics.Select(d => d.Code).ShouldBe(["RS3105"]);
    }

    [Fact]
    public void A_delegate_of_another_registry_fails_the_safety_walk_even_under_the_same_name()
    {
        var mine = FunctionRegistry.Empty.Add("secret", ReadSecret);
        var theirs = FunctionRegistry.Empty.Add("secret", (string name) => name);
        mine.TryGet("secret", out var function).ShouldBeTrue();

        var frame = Expression.Parameter(typeof(EvaluationFrame), "frame");
        var call = Expression.Invoke(Expression.Constant(function.Implementation), Expression.Constant("x"));
        var lambda = Expression.Lambda<Func<EvaluationFrame, object?>>(call, frame);

        SafetyVerifier.Verify(lambda, mine).ShouldBeEmpty();
        SafetyVerifier.Verify(lambda, theirs).ShouldContain("a delegate that is not a registered function");
        SafetyVerifier.Verify(lambda, FunctionRegistry.Empty).ShouldContain("a delegate that is not a registered function");
    }

    [Fact]
    public void Registries_are_immutable_so_adding_a_function_later_changes_no_compiled_set()
    {
        var before = FunctionRegistry.Empty;
        var after = before.Add("late", () => 1);
        before.TryGet("late", out _).ShouldBeFalse();
        after.TryGet("LATE", out _).ShouldBeTrue();
        Should.Throw<ArgumentException>(() => before.Add("not a name", () => 1));
        Should.Throw<ArgumentException>(() => before.Add("", () => 1));
    }
}

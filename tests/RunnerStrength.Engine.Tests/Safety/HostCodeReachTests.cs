using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// Members that would run code the host handed over (a Lazy's factory) or read past an enum's name to its number are
/// unreachable: binding refuses them, so nothing runs.
/// </summary>
public sealed class HostCodeReachTests
{
    private static int _factoryRuns;

    public enum Shade
    {
        Light = 1,
        Dark = 2,
    }

    public sealed class Probe
    {
        public Lazy<int> Later { get; } = new(() => Interlocked.Increment(ref _factoryRuns));

#pragma warning disable CA1051 // A public field on purpose: fields are read like properties.
        public Lazy<int> LaterField = new(() => Interlocked.Increment(ref _factoryRuns));
#pragma warning restore CA1051

        public WeakReference<string> Weak { get; } = new("x");

        public RuntimeTypeHandle Handle { get; } = typeof(string).TypeHandle;

        public Shade Shade { get; } = Shade.Dark;

        public IReadOnlyList<Lazy<int>> Laters { get; } = [new(() => Interlocked.Increment(ref _factoryRuns))];

        public int Minutes { get; } = 30;
    }

    private static readonly ImmutableArray<InputDeclaration> Inputs = [InputDeclaration.Of<Probe>("probe")];

    [Theory]
    [InlineData("probe.later.Value > 0", "later")]
    [InlineData("probe.later.IsValueCreated", "later")]
    [InlineData("probe.laterField.Value > 0", "laterField")]
    [InlineData("probe.weak != null", "weak")]
    [InlineData("probe.handle != null", "handle")]
    [InlineData("probe.laters.Any(l => l.Value > 0)", "laters")]
    public void Members_that_run_host_code_or_reach_runtime_handles_are_not_readable(string expression, string member)
    {
        var before = Volatile.Read(ref _factoryRuns);
        var result = ExpressionCompiler.Compile(ExpressionText.FromString(expression, "<expr>"), Inputs);

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.IsError && d.Message.Contains($"'{member}'", StringComparison.Ordinal), string.Join("\n", result.Diagnostics));
        Volatile.Read(ref _factoryRuns).ShouldBe(before);
    }

    [Fact]
    public void An_enums_number_field_is_not_readable_and_its_name_still_is()
    {
        var refused = ExpressionCompiler.Compile(ExpressionText.FromString("probe.shade.value__ == 2", "<expr>"), Inputs);
        refused.Succeeded.ShouldBeFalse();
        refused.Diagnostics.ShouldContain(d => d.Message.Contains("'value__'", StringComparison.Ordinal), string.Join("\n", refused.Diagnostics));

        var named = ExpressionCompiler.Compile(ExpressionText.FromString("probe.shade == \"dark\"", "<expr>"), Inputs);
        named.Expression.ShouldNotBeNull().Evaluate(new Probe()).Value.ShouldBe(true);
    }

    [Fact]
    public void Plain_members_beside_them_stay_readable()
    {
        var compiled = ExpressionCompiler.Compile(ExpressionText.FromString("probe.minutes + 1", "<expr>"), Inputs);
        compiled.Expression.ShouldNotBeNull().Evaluate(new Probe()).Value.ShouldBe(31);
    }
}

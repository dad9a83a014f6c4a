using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Binding;

/// <summary>Host types the language cannot use are refused with diagnostics, never with an exception at load.</summary>
public sealed class HostTypeTests
{
    public sealed class Odd
    {
        private readonly string _letters = "abc";

        public ReadOnlySpan<char> Letters => _letters;

        public int[,] Grid { get; } = new int[2, 2];

        public object Anything { get; } = new();

        public Type Kind { get; } = typeof(string);

        public Action Callback { get; } = () => { };

        public int Plain { get; } = 7;

        public static int Shared { get; } = 1;

        public int this[int i] => i;

        private int Hidden { get; } = 2;

        public int ShowHidden() => Hidden;
    }

    private static readonly ImmutableArray<InputDeclaration> Inputs = [InputDeclaration.Of<Odd>("odd"), InputDeclaration.Of<int[,]>("grid")];

    [Theory]
    [InlineData("odd.letters", "RS3101")]
    [InlineData("odd.grid", "RS3101")]
    [InlineData("odd.anything", "RS3101")]
    [InlineData("odd.kind", "RS3101")]
    [InlineData("odd.callback", "RS3101")]
    [InlineData("odd.shared", "RS3101")]
    [InlineData("odd.hidden", "RS3101")]
    [InlineData("odd[0]", "RS3113")]
    [InlineData("odd.ShowHidden()", "RS3112")]
    [InlineData("grid[0]", "RS3113")]
    [InlineData("grid.Any()", "RS3105")]
    [InlineData("grid.Rank[0]", "RS3113")]
    public void A_member_the_policy_does_not_allow_is_a_diagnostic(string expression, string code)
    {
        var result = ExpressionCompiler.Compile(ExpressionText.FromString(expression), Inputs);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe([code]);
    }

    [Fact]
    public void The_allowed_members_of_the_same_type_still_read()
    {
        var result = ExpressionCompiler.Compile(ExpressionText.FromString("odd.plain * 2 + grid.Length"), Inputs);
        result.Expression.ShouldNotBeNull().Evaluate(new Odd(), new int[2, 3]).Value.ShouldBe(20);
    }
}

using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>
/// Whatever the input, no tree is taller than <see cref="ExpressionLimits.MaxDepth"/> and nothing overflows the stack:
/// the binder and the emitter walk the tree recursively and rely on it.
/// </summary>
public sealed class ParserDepthLimitTests
{
    private const int Huge = 20_000;

    /// <summary>
    /// A shape that nests: <see cref="Build"/> gives the text with <c>n</c> repetitions, whose tree is <c>n + 1</c> tall;
    /// <see cref="ErrorColumn"/> is where RS2007 is reported for a limit once the tree would pass it.
    /// </summary>
    public sealed record Shape(string Name, Func<int, string> Build, Func<int, int> ErrorColumn)
    {
        public override string ToString() => Name;
    }

    private static readonly Shape[] Shapes =
    [
        // Recursive shapes: reported at the first token whose node would sit below the limit.
        new("parentheses", n => Repeat("(", n) + "x" + Repeat(")", n), max => max + 1),
        new("negations", n => Repeat("-", n) + "x", max => max + 1),
        new("bangs", n => Repeat("!", n) + "x", max => max + 1),
        new("not keywords", n => Repeat("NOT ", n) + "x", max => (4 * max) + 1),
        new("calls", n => Repeat("f(", n) + "x" + Repeat(")", n), max => (2 * max) + 1),
        new("indexers", n => Repeat("a[", n) + "0" + Repeat("]", n), max => (2 * max) + 1),
        new("iif", n => Repeat("iif(a, ", n) + "b" + Repeat(", c)", n), max => (7 * max) - 2),
        new("conditionals", n => Repeat("a ? b : ", n) + "c", max => (8 * (max - 1)) + 5),
        new("coalescing", n => Repeat("a ?? ", n) + "b", max => (5 * max) + 1),
        new("in lists", n => Repeat("x in (", n) + "1" + Repeat(")", n), max => (6 * max) + 1),
        // Chains built in a loop: reported at the operator, dot or bracket that makes the tree too tall.
        new("member chain", n => "a" + Repeat(".b", n), max => 2 * max),
        new("index chain", n => "a" + Repeat("[0]", n), max => (3 * max) - 1),
        new("call chain", n => "a" + Repeat(".f()", n), max => (4 * max) - 2),
        new("sum", n => "1" + Repeat("+1", n), max => 2 * max),
        new("product", n => "a" + Repeat(" * a", n), max => (4 * max) - 1),
        new("or chain", n => "a" + Repeat(" || a", n), max => (5 * max) - 2),
        new("comparison chain", n => "a" + Repeat(" < a", n), max => (4 * max) - 1),
        new("in chain", n => "a" + Repeat(" in b", n), max => (5 * max) - 2),
    ];

    public static TheoryData<Shape, int> ShapesAndLimits()
    {
        var data = new TheoryData<Shape, int>();
        foreach (var shape in Shapes)
        {
            foreach (var limit in new[] { ExpressionLimits.Default.MaxDepth, 2, 5, 17 })
            {
                data.Add(shape, limit);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShapesAndLimits))]
    public void A_tree_exactly_as_tall_as_the_limit_is_accepted(Shape shape, int maxDepth)
    {
        var result = SyntaxTestText.Parse(shape.Build(maxDepth - 1), Limits(maxDepth));

        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        SyntaxTreePrinter.Height(result.Root).ShouldBe(maxDepth);
    }

    [Theory]
    [MemberData(nameof(ShapesAndLimits))]
    public void One_level_more_is_RS2007_where_the_limit_was_crossed(Shape shape, int maxDepth)
    {
        var result = SyntaxTestText.Parse(shape.Build(maxDepth), Limits(maxDepth));

        var diagnostic = result.ShouldHaveSingleDiagnostic("RS2007", 1, shape.ErrorColumn(maxDepth));
        diagnostic.Message.ShouldBe($"the expression nests deeper than {maxDepth} levels");
        result.Root.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(ShapesAndLimits))]
    public void Thousands_of_levels_are_RS2007_at_the_same_place_without_exhausting_the_stack(Shape shape, int maxDepth)
    {
        var text = shape.Build(Huge);
        var limits = new ExpressionLimits { MaxDepth = maxDepth, MaxLength = text.Length };

        var result = SyntaxTestText.Parse(text, limits);

        result.ShouldHaveDiagnostics(("RS2007", 1, shape.ErrorColumn(maxDepth)));
        result.Root.ShouldBeNull();
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1_000)]
    public void Default_limits_reject_every_shape_past_the_default_depth(int repetitions)
    {
        foreach (var shape in Shapes)
        {
            var text = shape.Build(repetitions);
            var result = SyntaxTestText.Parse(text.Length <= ExpressionLimits.Default.MaxLength ? text : text[..ExpressionLimits.Default.MaxLength]);

            SyntaxTreePrinter.Height(result.Root).ShouldBeLessThanOrEqualTo(ExpressionLimits.Default.MaxDepth, shape.Name);
            result.Diagnostics.ShouldNotBeEmpty(shape.Name);
        }
    }

    [Fact]
    public void Lambdas_count_as_a_level()
    {
        // f(x => x) is a call, a lambda and a name: three levels.
        SyntaxTestText.Parse("f(x => x)", Limits(3)).Diagnostics.ShouldBeEmpty();
        SyntaxTestText.Parse("f(x => x)", Limits(2)).ShouldHaveDiagnostics(("RS2007", 1, 8));
        SyntaxTestText.Parse("f(g(x => x))", Limits(3)).ShouldHaveDiagnostics(("RS2007", 1, 10));
    }

    [Fact]
    public void Mixed_nesting_counts_every_node()
    {
        // - ( + [] c( d( e : seven levels. The sum's left side was read before the `+` was seen, so the sum is
        // where the tree turns out too tall.
        var text = "-(a.b[c(d(e))] + 1)";

        SyntaxTreePrinter.Height(SyntaxTestText.Parse(text, Limits(7)).Root).ShouldBe(7);
        SyntaxTestText.Parse(text, Limits(6)).ShouldHaveDiagnostics(("RS2007", 1, 16));
    }

    [Fact]
    public void A_huge_limit_still_stops_before_the_stack_runs_out()
    {
        var text = Repeat("(", 200_000) + "x" + Repeat(")", 200_000);

        var result = SyntaxTestText.Parse(text, new ExpressionLimits { MaxDepth = int.MaxValue, MaxLength = int.MaxValue });

        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("RS2007");
        result.Root.ShouldBeNull();
    }

    [Fact]
    public void A_huge_limit_admits_deep_trees_the_stack_can_hold()
    {
        var result = SyntaxTestText.Parse(Repeat("(", 100) + "x" + Repeat(")", 100), new ExpressionLimits { MaxDepth = int.MaxValue });

        result.Diagnostics.ShouldBeEmpty();
        SyntaxTreePrinter.Height(result.Root).ShouldBe(101);
    }

    [Fact]
    public void A_limit_of_zero_rejects_everything_without_throwing()
    {
        SyntaxTestText.Parse("x", Limits(0)).ShouldHaveDiagnostics(("RS2007", 1, 1));
        SyntaxTestText.Parse("x", Limits(-5)).ShouldHaveDiagnostics(("RS2007", 1, 1));
    }

    private static ExpressionLimits Limits(int maxDepth) => new() { MaxDepth = maxDepth };

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}

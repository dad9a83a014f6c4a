using System.Numerics;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// The checked int and long operations compiled rules call: each gives what C#'s checked operator gives, and where
/// that throws, fails the rule with the diagnostic it was given. Edges and random pairs against <c>checked(...)</c>.
/// </summary>
public sealed class CheckedArithmeticTests
{
    private static readonly Diagnostic Failure = new(DiagnosticCatalog.IntegerOverflow, Location.None, "x", "32-bit integer");

    private static readonly int[] IntEdges = [int.MinValue, int.MinValue + 1, -65536, -46341, -46340, -2, -1, 0, 1, 2, 46340, 46341, 65536, int.MaxValue - 1, int.MaxValue];

    private static readonly long[] LongEdges =
        [long.MinValue, long.MinValue + 1, -4294967296, -3037000500, -3037000499, -2, -1, 0, 1, 2, 3037000499, 3037000500, 4294967296, long.MaxValue - 1, long.MaxValue];

    [Fact]
    public void Int_operations_match_checked_CSharp_on_the_edges_and_on_random_pairs()
    {
        var random = new Random(7);
        var pairs = IntEdges.SelectMany(a => IntEdges.Select(b => (a, b)))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue))))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.Next(-70_000, 70_000), random.Next(-70_000, 70_000))));

        MatchCheckedCSharp(pairs, RuntimeSupport.Add, RuntimeSupport.Subtract, RuntimeSupport.Multiply, RuntimeSupport.Negate);
    }

    [Fact]
    public void Long_operations_match_checked_CSharp_on_the_edges_and_on_random_pairs()
    {
        var random = new Random(11);
        var pairs = LongEdges.SelectMany(a => LongEdges.Select(b => (a, b)))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.NextInt64(long.MinValue, long.MaxValue), random.NextInt64(long.MinValue, long.MaxValue))))
            .Concat(Enumerable.Range(0, 20_000).Select(_ => (random.NextInt64(-5_000_000_000, 5_000_000_000), random.NextInt64(-5_000_000_000, 5_000_000_000))));

        MatchCheckedCSharp(pairs, RuntimeSupport.Add, RuntimeSupport.Subtract, RuntimeSupport.Multiply, RuntimeSupport.Negate);
    }

    private static void MatchCheckedCSharp<T>(
        IEnumerable<(T A, T B)> pairs,
        Func<T, T, Diagnostic, T> add,
        Func<T, T, Diagnostic, T> subtract,
        Func<T, T, Diagnostic, T> multiply,
        Func<T, Diagnostic, T> negate)
        where T : IBinaryInteger<T>
    {
        var overflows = 0;
        foreach (var (a, b) in pairs)
        {
            overflows += Same(() => checked(a + b), () => add(a, b, Failure));
            overflows += Same(() => checked(a - b), () => subtract(a, b, Failure));
            overflows += Same(() => checked(a * b), () => multiply(a, b, Failure));
            overflows += Same(() => checked(-a), () => negate(a, Failure));
        }

        overflows.ShouldBeGreaterThan(10_000, "the pairs must reach the overflows as well as the results");
    }

    // 1 when both overflow (the engine's with the given diagnostic), 0 when both give the same value.
    private static int Same<T>(Func<T> csharp, Func<T> engine)
    {
        T expected;
        try
        {
            expected = csharp();
        }
        catch (OverflowException)
        {
            Should.Throw<RuleEvaluationException>(() => engine()).Diagnostic.ShouldBeSameAs(Failure);
            return 1;
        }

        engine().ShouldBe(expected);
        return 0;
    }
}

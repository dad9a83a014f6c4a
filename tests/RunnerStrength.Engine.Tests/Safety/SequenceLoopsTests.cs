using System.Collections;
using System.Linq.Expressions;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The loops emitted code calls, on their own with a frame of a known budget: what each returns, and the steps and
/// bytes each charges for a list whose length is known and for a lazy one.
/// </summary>
public sealed class SequenceLoopsTests
{
    private static EvaluationFrame Frame(int maxSteps = 1_000, long maxBytes = 1_000) =>
        new([], [], new EvaluationBudget(maxSteps, maxBytes), trace: null);

    private static string Stopped(Action action) => Should.Throw<RuleEvaluationException>(action).Message;

    private static string StoppedReading(IEnumerable<int> items) => Should.Throw<RuleEvaluationException>(() => items.ToList()).Message;

    private static TieredDelegate<LambdaBody<int, TResult>> Lambda<TResult>(Expression<Func<int, TResult>> body)
    {
        var frame = Expression.Parameter(typeof(EvaluationFrame), "frame");
        var env = Expression.Parameter(typeof(object[]), "env");
        var item = body.Parameters[0];
        return new TieredDelegate<LambdaBody<int, TResult>>(Expression.Lambda<LambdaBody<int, TResult>>(body.Body, frame, env, item));
    }

    private static readonly int[] OneToTen = [.. Enumerable.Range(1, 10)];

    private static IEnumerable<int> LazyOneToTen() => OneToTen.Select(i => i);

    [Fact]
    public void Sum_of_ints_that_overflows_fails_as_Enumerable_Sum_does()
    {
        int[] big = [int.MaxValue, 1];
        Should.Throw<OverflowException>(() => SequenceLoops.Sum(big, Frame(), null, Lambda(i => i)));
        SequenceLoops.Sum(big, Frame(), null, Lambda(i => (long)i)).ShouldBe(int.MaxValue + 1L);
    }

    [Fact]
    public void The_loops_give_Enumerables_results_at_a_step_per_lambda_call()
    {
        SequenceLoops.Count(OneToTen, Frame(maxSteps: 10), null, Lambda(i => i % 2 == 0)).ShouldBe(5);
        SequenceLoops.Sum(OneToTen, Frame(maxSteps: 10), null, Lambda(i => i)).ShouldBe(55);
        SequenceLoops.All(OneToTen, Frame(maxSteps: 10), null, Lambda(i => i > 0)).ShouldBeTrue();
        SequenceLoops.Any(OneToTen, Frame(maxSteps: 10), null, Lambda(i => i > 10)).ShouldBeFalse();
        SequenceLoops.Bind(Frame(maxSteps: 10), null, Lambda(i => i * 2))(4).ShouldBe(8);

        Stopped(() => SequenceLoops.Count(OneToTen, Frame(maxSteps: 9), null, Lambda(i => i % 2 == 0))).ShouldContain("RS3129");
        Stopped(() => SequenceLoops.Sum(OneToTen, Frame(maxSteps: 9), null, Lambda(i => i))).ShouldContain("RS3129");
    }

    [Fact]
    public void Any_and_All_stop_at_the_first_item_that_decides()
    {
        // The third item decides: three steps are enough.
        SequenceLoops.Any(OneToTen, Frame(maxSteps: 3), null, Lambda(i => i == 3)).ShouldBeTrue();
        SequenceLoops.All(OneToTen, Frame(maxSteps: 3), null, Lambda(i => i < 3)).ShouldBeFalse();
    }

    [Fact]
    public void A_known_length_list_read_for_few_items_costs_one_step_and_no_bytes()
    {
        var frame = Frame(maxSteps: 1, maxBytes: 1);
        SequenceLoops.Touch(OneToTen, frame, SequenceReach.Few).ShouldBeSameAs(OneToTen);
        Stopped(frame.Step).ShouldContain("RS3129");
    }

    [Fact]
    public void A_known_length_list_read_whole_costs_a_step_per_item_and_no_bytes()
    {
        var frame = Frame(maxSteps: 10, maxBytes: 1);
        SequenceLoops.Touch(OneToTen, frame, SequenceReach.All).ShouldBeSameAs(OneToTen);
        Stopped(frame.Step).ShouldContain("RS3129");
        Stopped(() => SequenceLoops.Touch(OneToTen, Frame(maxSteps: 9), SequenceReach.All)).ShouldContain("RS3129");
    }

    [Fact]
    public void A_known_length_list_held_whole_costs_a_step_and_32_bytes_per_item()
    {
        SequenceLoops.Touch(OneToTen, Frame(maxSteps: 10, maxBytes: 320), SequenceReach.Buffered).ShouldBeSameAs(OneToTen);
        Stopped(() => SequenceLoops.Touch(OneToTen, Frame(maxSteps: 10, maxBytes: 319), SequenceReach.Buffered)).ShouldContain("RS3130");
    }

    [Fact]
    public void A_collection_that_is_not_a_list_costs_every_item_even_for_few()
    {
        // A set knows its length but has no index: First() walks it.
        var set = new HashSet<int>(OneToTen);
        Stopped(() => SequenceLoops.Touch(set, Frame(maxSteps: 9), SequenceReach.Few)).ShouldContain("RS3129");
        SequenceLoops.Touch(set, Frame(maxSteps: 10), SequenceReach.Few).ShouldBeSameAs(set);

        var readOnly = new ReadOnlyOnly(OneToTen);
        Stopped(() => SequenceLoops.Touch(readOnly, Frame(maxSteps: 9), SequenceReach.All)).ShouldContain("RS3129");
        SequenceLoops.Touch(readOnly, Frame(maxSteps: 10), SequenceReach.All).ShouldBeSameAs(readOnly);
    }

    [Theory]
    [InlineData(nameof(SequenceReach.Few))]
    [InlineData(nameof(SequenceReach.All))]
    public void A_lazy_list_costs_a_step_per_item_pulled_and_no_bytes(string reachName)
    {
        var reach = Enum.Parse<SequenceReach>(reachName);
        SequenceLoops.Touch(LazyOneToTen(), Frame(maxSteps: 10, maxBytes: 1), reach).ShouldBe(OneToTen);
        SequenceLoops.Touch(LazyOneToTen(), Frame(maxSteps: 3, maxBytes: 1), reach).Take(3).ShouldBe([1, 2, 3]);
        StoppedReading(SequenceLoops.Touch(LazyOneToTen(), Frame(maxSteps: 9, maxBytes: 1), reach)).ShouldContain("RS3129");
    }

    [Fact]
    public void A_lazy_list_held_whole_costs_a_step_and_32_bytes_per_item_pulled()
    {
        SequenceLoops.Touch(LazyOneToTen(), Frame(maxSteps: 10, maxBytes: 320), SequenceReach.Buffered).ShouldBe(OneToTen);
        StoppedReading(SequenceLoops.Touch(LazyOneToTen(), Frame(maxSteps: 10, maxBytes: 319), SequenceReach.Buffered)).ShouldContain("RS3130");
    }

    [Fact]
    public void A_list_that_is_only_a_read_only_list_read_for_few_items_costs_one_step()
    {
        // Neither an array nor an IList<T>: a read-only list alone is enough to read a few items by index.
        var list = new ReadOnlyListOnly([.. OneToTen]);
        var frame = Frame(maxSteps: 1, maxBytes: 1);
        SequenceLoops.Touch(list, frame, SequenceReach.Few).ShouldBeSameAs(list);
        Stopped(frame.Step).ShouldContain("RS3129");
    }

    /// <summary>A list that is an <see cref="IReadOnlyList{T}"/> and not an <see cref="IList{T}"/>.</summary>
    private sealed class ReadOnlyListOnly(int[] items) : IReadOnlyList<int>
    {
        public int Count => items.Length;

        public int this[int index] => items[index];

        public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A collection that knows its length only as an <see cref="IReadOnlyCollection{T}"/>.</summary>
    private sealed class ReadOnlyOnly(int[] items) : IReadOnlyCollection<int>
    {
        public int Count => items.Length;

        public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

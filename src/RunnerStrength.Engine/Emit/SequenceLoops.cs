using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// The sequence methods that take a lambda, over a lambda compiled once on its own (a <see cref="LambdaBody{T, TResult}"/>, tiered)
/// instead of a nested lambda, which the expression compiler would build afresh, closure and all, on every evaluation.
/// Each loop counts a step per item, as the nested lambda did, and keeps Enumerable's result and errors.
/// </summary>
internal static class SequenceLoops
{
    /// <summary>Like <see cref="Enumerable.Any{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/>.</summary>
    public static bool Any<T>(IEnumerable<T> source, EvaluationFrame frame, object?[]? env, TieredDelegate<LambdaBody<T, bool>> lambda)
    {
        var predicate = lambda.Current;
        if (TryGetSpan(source, out var items))
        {
            foreach (var item in items)
            {
                frame.Step();
                if (predicate(frame, env, item))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var item in source)
        {
            frame.Step();
            if (predicate(frame, env, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Like <see cref="Enumerable.All{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/>.</summary>
    public static bool All<T>(IEnumerable<T> source, EvaluationFrame frame, object?[]? env, TieredDelegate<LambdaBody<T, bool>> lambda)
    {
        var predicate = lambda.Current;
        if (TryGetSpan(source, out var items))
        {
            foreach (var item in items)
            {
                frame.Step();
                if (!predicate(frame, env, item))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var item in source)
        {
            frame.Step();
            if (!predicate(frame, env, item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Like <see cref="Enumerable.Count{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/>.</summary>
    public static int Count<T>(IEnumerable<T> source, EvaluationFrame frame, object?[]? env, TieredDelegate<LambdaBody<T, bool>> lambda)
    {
        var count = 0;
        var predicate = lambda.Current;
        foreach (var item in source)
        {
            frame.Step();
            if (predicate(frame, env, item))
            {
                checked
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Like Enumerable.Sum with an int, long, double or decimal selector: checked, so an int or long sum that
    /// overflows fails as it does there. (float and nullable sums go through <see cref="Bind"/> and Enumerable.)
    /// </summary>
    public static TNumber Sum<T, TNumber>(IEnumerable<T> source, EvaluationFrame frame, object?[]? env, TieredDelegate<LambdaBody<T, TNumber>> lambda)
        where TNumber : struct, INumber<TNumber>
    {
        var selector = lambda.Current;
        var sum = TNumber.Zero;
        if (TryGetSpan(source, out var items))
        {
            foreach (var item in items)
            {
                frame.Step();
                checked
                {
                    sum += selector(frame, env, item);
                }
            }

            return sum;
        }

        foreach (var item in source)
        {
            frame.Step();
            checked
            {
                sum += selector(frame, env, item);
            }
        }

        return sum;
    }

    /// <summary>
    /// The source of a list method, counted against the budgets by how much of it the method reads: a step per item
    /// (and, for <see cref="SequenceReach.Buffered"/>, a held item's bytes). A list whose length is known is counted at
    /// once and passed on as it is; a lazy one is counted item by item as the method pulls them.
    /// </summary>
    public static IEnumerable<T> Touch<T>(IEnumerable<T> source, EvaluationFrame frame, SequenceReach reach)
    {
        int? known = source switch
        {
            T[] array => array.Length,
            List<T> list => list.Count,
            ICollection<T> collection => collection.Count,
            IReadOnlyCollection<T> collection => collection.Count,
            _ => null,
        };
        if (known is not { } count)
        {
            return Metered(source, frame, reach == SequenceReach.Buffered);
        }

        if (reach == SequenceReach.Few && source is IList<T> or IReadOnlyList<T>)
        {
            frame.Step();
            return source;
        }

        frame.Steps(count);
        if (reach == SequenceReach.Buffered)
        {
            frame.Reserve((long)count * EvaluationFrame.BytesPerBufferedItem);
        }

        return source;
    }

    private static IEnumerable<T> Metered<T>(IEnumerable<T> source, EvaluationFrame frame, bool buffered)
    {
        foreach (var item in source)
        {
            frame.Step();
            if (buffered)
            {
                frame.Reserve(EvaluationFrame.BytesPerBufferedItem);
            }

            yield return item;
        }
    }

    // Arrays and lists, the usual shapes of a model's lists, are walked without an enumerator: the same items in the
    // same order, without two interface calls per item (Enumerable does the same).
    private static bool TryGetSpan<T>(IEnumerable<T> source, out ReadOnlySpan<T> items)
    {
        if (source.GetType() == typeof(T[]))
        {
            items = Unsafe.As<T[]>(source);
            return true;
        }

        if (source.GetType() == typeof(List<T>))
        {
            items = CollectionsMarshal.AsSpan(Unsafe.As<List<T>>(source));
            return true;
        }

        items = default;
        return false;
    }

    /// <summary>
    /// The lambda as the <see cref="Func{T, TResult}"/> an Enumerable method takes, counting a step per call:
    /// for the methods without a loop of their own here (Where, Select, First, OrderBy, Min, Average...).
    /// </summary>
    public static Func<T, TResult> Bind<T, TResult>(EvaluationFrame frame, object?[]? env, TieredDelegate<LambdaBody<T, TResult>> lambda)
    {
        var body = lambda.Current;
        return item =>
        {
            frame.Step();
            return body(frame, env, item);
        };
    }
}

/// <summary>How much of its source a list method without a lambda reads, for the step and memory budgets.</summary>
internal enum SequenceReach
{
    /// <summary>One item, or none, when the source is a list (Any(), First(), Count(), Last()); every item otherwise.</summary>
    Few,

    /// <summary>Every item (Contains, Min(), Max(), Sum(), Average(), 'in' a list).</summary>
    All,

    /// <summary>Every item, holding them all at once (Distinct, OrderBy).</summary>
    Buffered,
}

/// <summary>
/// A lambda argument compiled on its own: the frame, the outer values it reads (outer lambda parameters and locals,
/// boxed in the order the emitter numbered them; null when it reads none), and the item.
/// </summary>
internal delegate TResult LambdaBody<in T, out TResult>(EvaluationFrame frame, object?[]? env, T item);

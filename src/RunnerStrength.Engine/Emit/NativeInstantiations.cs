using System.Diagnostics.CodeAnalysis;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// The generic code the emitter closes over the types of a rule (<c>MakeGenericMethod</c>), written out for value types.
/// Native AOT compiles a generic method over a value type only when it sees that instantiation in the program: over a
/// class one shared body serves every class, but <c>Record&lt;int&gt;</c> or <c>Where&lt;Weekday&gt;</c> must be named
/// somewhere, or a rule that needs it fails with "missing native code". Each method here names them for its type
/// arguments, in code that is compiled but never run. <c>object</c> stands for every class.
/// </summary>
[SuppressMessage("Performance", "CA1806:Do not ignore method results", Justification = "Named for the native compiler, never run.")]
internal static class NativeInstantiations
{
    // Never set, and not readonly: the calls below are compiled (the native compiler cannot tell this is false) and
    // never made.
#pragma warning disable CS0649
    private static bool _run;
#pragma warning restore CS0649

    private static readonly object Lock = new();
    private static bool _engineTypesIncluded;

    private static bool Run => Volatile.Read(ref _run);

    /// <summary>The value types of the expression language itself: true/false, numbers, dates.</summary>
    public static void IncludeEngineTypes()
    {
        lock (Lock)
        {
            if (_engineTypesIncluded)
            {
                return;
            }

            _engineTypesIncluded = true;
        }

        Value<bool>();
        Value<int>();
        Value<long>();
        Value<double>();
        Value<decimal>();
        Value<DateOnly>();
        Value<DateTime>();
        Numbers();
    }

    /// <summary>A value type a rule can see (a member's type, a list's items): every helper over it and over pairs with it.</summary>
    public static void Value<T>()
        where T : struct
    {
        One<T>();
        One<T?>();
        Pair<T, object>();
        Pair<object, T>();
        Pair<T?, object>();
        Pair<object, T?>();
        Pair<T, T>();
        Pair<T, T?>();
        WithEngineTypes<T>();
        WithEngineTypes<T?>();
    }

    /// <summary>An enum a rule can see: its text table besides everything <see cref="Value{T}"/> names.</summary>
    public static void Enum<T>()
        where T : struct, Enum
    {
        Value<T>();
        if (Run)
        {
            EnumText<T>.Get(default);
        }
    }

    // Pairs of an item type with each language type as a result or key (Select, OrderBy, Sum, a dictionary's values).
    private static void WithEngineTypes<T>()
    {
        Pair<T, bool>();
        Pair<T, bool?>();
        Pair<T, int>();
        Pair<T, int?>();
        Pair<T, long>();
        Pair<T, long?>();
        Pair<T, double>();
        Pair<T, double?>();
        Pair<T, decimal>();
        Pair<T, decimal?>();
        Pair<T, DateOnly>();
        Pair<T, DateOnly?>();
        Pair<T, DateTime>();
        Pair<T, DateTime?>();
        Pair<T, string>();
    }

    private static void One<T>()
    {
        if (!Run)
        {
            return;
        }

        IEnumerable<T> source = [];
        EvaluationFrame frame = null!;
        Diagnostic diagnostic = null!;
        RuntimeSupport.NullValue<T>(string.Empty, string.Empty);
        RuntimeSupport.Materialize(source, frame);
        RuntimeSupport.Record(frame, null!, default(T)!);
        _ = NestedSequence<T>.Materialize;
        NestedSequence<IEnumerable<T>>.MaterializeItem<T>(source, frame);
        ShapedReads.Read<T>(null!, string.Empty, optional: false, diagnostic);
        SequenceLoops.Touch(source, frame, SequenceReach.All);
        SequenceLoops.Any<T>(source, frame, null, null!);
        SequenceLoops.All<T>(source, frame, null, null!);
        SequenceLoops.Count<T>(source, frame, null, null!);
        SequenceLoops.Sum<T, int>(source, frame, null, null!);
        SequenceLoops.Sum<T, long>(source, frame, null, null!);
        SequenceLoops.Sum<T, double>(source, frame, null, null!);
        SequenceLoops.Sum<T, decimal>(source, frame, null, null!);
        Func<T, bool> predicate = null!;
        source.Any();
        source.Any(predicate);
        source.All(predicate);
        source.Count();
        source.Count(predicate);
        source.Where(predicate);
        source.First();
        source.First(predicate);
        source.FirstOrDefault();
        source.FirstOrDefault(predicate);
        source.Last();
        source.Last(predicate);
        source.LastOrDefault();
        source.LastOrDefault(predicate);
        source.Contains(default!);
        source.Distinct();
        source.Take(1);
        source.Skip(1);
        source.Min();
        source.Max();
        source.Sum((Func<T, int>)null!);
        source.Sum((Func<T, int?>)null!);
        source.Sum((Func<T, long>)null!);
        source.Sum((Func<T, long?>)null!);
        source.Sum((Func<T, double>)null!);
        source.Sum((Func<T, double?>)null!);
        source.Sum((Func<T, decimal>)null!);
        source.Sum((Func<T, decimal?>)null!);
        source.Average((Func<T, int>)null!);
        source.Average((Func<T, int?>)null!);
        source.Average((Func<T, long>)null!);
        source.Average((Func<T, long?>)null!);
        source.Average((Func<T, double>)null!);
        source.Average((Func<T, double?>)null!);
        source.Average((Func<T, decimal>)null!);
        source.Average((Func<T, decimal?>)null!);
        source.Min((Func<T, int>)null!);
        source.Min((Func<T, long>)null!);
        source.Min((Func<T, double>)null!);
        source.Min((Func<T, decimal>)null!);
        source.Max((Func<T, int>)null!);
        source.Max((Func<T, long>)null!);
        source.Max((Func<T, double>)null!);
        source.Max((Func<T, decimal>)null!);
    }

    private static void Pair<T, TResult>()
    {
        if (!Run)
        {
            return;
        }

        IEnumerable<T> source = [];
        EvaluationFrame frame = null!;
        Func<T, TResult> selector = SequenceLoops.Bind<T, TResult>(frame, null, null!);
        LambdaBody<T, TResult> body = null!;
        body(frame, null, default!);
        _ = new TieredDelegate<LambdaBody<T, TResult>>(null!).Current;
        selector(default!);
        source.Select(selector);
        source.OrderBy(selector);
        source.OrderByDescending(selector);
        source.Min(selector);
        source.Max(selector);
        RuntimeSupport.Lookup<T, TResult>(null!, default!);
    }

    private static void Numbers()
    {
        if (!Run)
        {
            return;
        }

        Diagnostic diagnostic = null!;
        RuntimeSupport.Divide(1, 1, remainder: false, diagnostic, diagnostic);
        RuntimeSupport.Divide(1L, 1L, remainder: false, diagnostic, diagnostic);
        RuntimeSupport.ParseNumber<int>(null, diagnostic);
        RuntimeSupport.ParseNumber<long>(null, diagnostic);
        RuntimeSupport.ParseNumber<double>(null, diagnostic);
        RuntimeSupport.ParseNumber<decimal>(null, diagnostic);
        ConvertFrom<int>(diagnostic);
        ConvertFrom<long>(diagnostic);
        ConvertFrom<double>(diagnostic);
        ConvertFrom<decimal>(diagnostic);
    }

    private static void ConvertFrom<TFrom>(Diagnostic diagnostic)
        where TFrom : System.Numerics.INumberBase<TFrom>
    {
        RuntimeSupport.ConvertNumber<TFrom, int>(TFrom.Zero, diagnostic);
        RuntimeSupport.ConvertNumber<TFrom, long>(TFrom.Zero, diagnostic);
        RuntimeSupport.ConvertNumber<TFrom, double>(TFrom.Zero, diagnostic);
        RuntimeSupport.ConvertNumber<TFrom, decimal>(TFrom.Zero, diagnostic);
    }
}

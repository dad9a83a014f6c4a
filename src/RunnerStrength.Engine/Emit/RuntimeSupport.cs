using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Emit;

/// <summary>The few helpers emitted code may call besides the allow-listed methods.</summary>
internal static class RuntimeSupport
{
    /// <summary>
    /// Fails the rule for reading through a null value. A call, not a throw node: a throw nested inside an operand
    /// makes the expression compiler spill the stack, which it cannot do under a member read of a struct.
    /// </summary>
    public static T NullValue<T>(string what, string reading) =>
        throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.NullValue, Location.None, $"'{what}' is null, so '{reading}' cannot be read"));

    /// <summary>
    /// Stores a rule's result in its slot and returns it. Fused code only calls it with the index of one of its own
    /// rules, below the length the workflow made the array with, so neither bounds nor covariance need checking
    /// (<see cref="RuleResult"/> is sealed).
    /// </summary>
    public static RuleResult StoreResult(RuleResult[] results, int index, RuleResult result)
    {
        Debug.Assert((uint)index < (uint)results.Length, "fused code stores only in its own rules' slots");
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(results), index) = result;
        return result;
    }

    /// <summary>
    /// <c>list.Contains(text)</c> and <c>text in list</c> over a list of text: what Enumerable.Contains answers (ordinal
    /// equality, null equal to null) with the list counted against the step budget as <see cref="SequenceLoops.Touch"/>
    /// counts it, but a <see cref="List{T}"/> or an array, the usual shapes, read without Enumerable's interface and
    /// comparer calls.
    /// </summary>
    public static bool ContainsText(IEnumerable<string?> source, EvaluationFrame frame, string? value)
    {
        ReadOnlySpan<string?> items;
        if (source.GetType() == typeof(List<string?>))
        {
            items = CollectionsMarshal.AsSpan(Unsafe.As<List<string?>>(source));
        }
        else if (source.GetType() == typeof(string[]))
        {
            items = Unsafe.As<string?[]>(source);
        }
        else
        {
            return SequenceLoops.Touch(source, frame, SequenceReach.All).Contains(value);
        }

        frame.Steps(items.Length);
        foreach (var item in items)
        {
            if (string.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    // Checked + - * and unary - of int and long: an overflow fails the rule with the failure the emitter gives, which
    // knows the place. Written as overflow tests rather than a checked operation inside try/catch, so the JIT inlines
    // them into compiled rules; and one method per type rather than a generic one, so no code is made at run time.

    /// <summary>Checked <c>+</c> of int.</summary>
    public static int Add(int left, int right, Diagnostic failure)
    {
        var sum = unchecked(left + right);
        if (((left ^ sum) & (right ^ sum)) < 0)
        {
            Overflowed(failure);
        }

        return sum;
    }

    /// <summary>Checked <c>+</c> of long.</summary>
    public static long Add(long left, long right, Diagnostic failure)
    {
        var sum = unchecked(left + right);
        if (((left ^ sum) & (right ^ sum)) < 0)
        {
            Overflowed(failure);
        }

        return sum;
    }

    /// <summary>Checked <c>-</c> of int.</summary>
    public static int Subtract(int left, int right, Diagnostic failure)
    {
        var difference = unchecked(left - right);
        if (((left ^ right) & (left ^ difference)) < 0)
        {
            Overflowed(failure);
        }

        return difference;
    }

    /// <summary>Checked <c>-</c> of long.</summary>
    public static long Subtract(long left, long right, Diagnostic failure)
    {
        var difference = unchecked(left - right);
        if (((left ^ right) & (left ^ difference)) < 0)
        {
            Overflowed(failure);
        }

        return difference;
    }

    /// <summary>Checked <c>*</c> of int.</summary>
    public static int Multiply(int left, int right, Diagnostic failure)
    {
        var product = (long)left * right;
        if (product != (int)product)
        {
            Overflowed(failure);
        }

        return (int)product;
    }

    /// <summary>Checked <c>*</c> of long.</summary>
    public static long Multiply(long left, long right, Diagnostic failure)
    {
        var high = Math.BigMul(left, right, out var low);
        if (high != (low >> 63))
        {
            Overflowed(failure);
        }

        return low;
    }

    /// <summary>Checked unary <c>-</c> of int (<c>-int.MinValue</c> does not fit).</summary>
    public static int Negate(int value, Diagnostic failure)
    {
        if (value == int.MinValue)
        {
            Overflowed(failure);
        }

        return -value;
    }

    /// <summary>Checked unary <c>-</c> of long (<c>-long.MinValue</c> does not fit).</summary>
    public static long Negate(long value, Diagnostic failure)
    {
        if (value == long.MinValue)
        {
            Overflowed(failure);
        }

        return -value;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Overflowed(Diagnostic failure) => throw new RuleEvaluationException(failure);

    /// <summary>
    /// <c>/</c> or <c>%</c> of int or long: a zero divisor fails with <paramref name="byZero"/>, and
    /// <c>MinValue / -1</c>, whose result does not fit, with <paramref name="overflow"/>.
    /// </summary>
    public static T Divide<T>(T left, T right, bool remainder, Diagnostic byZero, Diagnostic overflow)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (T.IsZero(right))
        {
            throw new RuleEvaluationException(byZero);
        }

        if (right == -T.One && left == T.MinValue)
        {
            // MinValue % -1 is 0 mathematically, but the CLR throws for it too.
            return remainder ? T.Zero : throw new RuleEvaluationException(overflow);
        }

        return remainder ? left % right : left / right;
    }

    /// <summary>
    /// int(x), long(x), double(x), decimal(x) of a number: a fraction is cut toward zero, and a value that does not fit
    /// (or NaN) fails the rule with <paramref name="overflow"/>, where Dynamic LINQ throws an OverflowException.
    /// </summary>
    public static TTo ConvertNumber<TFrom, TTo>(TFrom value, Diagnostic overflow)
        where TFrom : INumberBase<TFrom>
        where TTo : INumberBase<TTo>
    {
        try
        {
            return TTo.CreateChecked(value);
        }
        catch (OverflowException)
        {
            throw new RuleEvaluationException(overflow);
        }
    }

    /// <summary>
    /// int(text) and the like: the text read as a number (whole for int and long) in the invariant culture; text that
    /// is not one, or null, fails the rule with <paramref name="failure"/>'s place and a message that shows the text.
    /// </summary>
    public static T ParseNumber<T>(string? text, Diagnostic failure)
        where T : INumberBase<T>
    {
        var whole = typeof(T) == typeof(int) || typeof(T) == typeof(long);
        var styles = whole ? NumberStyles.Integer : NumberStyles.Float | NumberStyles.AllowThousands;
        if (text is not null && T.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && T.IsFinite(value))
        {
            return value;
        }

        var source = failure.Arguments.Length > 0 ? failure.Arguments[0] : "the text";
        var what = whole ? $"a whole number that fits a {(typeof(T) == typeof(int) ? 32 : 64)}-bit integer" : "a number";
        var message = text is null ? $"'{source}' is null, not {what}" : $"'{source}' is '{Shorten(text)}', which is not {what}";
        throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.TextNotANumber, failure.Location, message));
    }

    /// <summary>A double computed by arithmetic, passed on only when it is a finite number (not infinity, not NaN).</summary>
    public static double Finite(double value, Diagnostic failure) =>
        double.IsFinite(value) ? value : throw new RuleEvaluationException(failure);

    /// <summary>A decimal <c>/</c> or <c>%</c>: a zero divisor fails with <paramref name="byZero"/>, an overflow with <paramref name="overflow"/>.</summary>
    public static decimal DivideDecimal(decimal left, decimal right, bool remainder, Diagnostic byZero, Diagnostic overflow)
    {
        if (right == 0m)
        {
            throw new RuleEvaluationException(byZero);
        }

        try
        {
            return remainder ? left % right : left / right;
        }
        catch (OverflowException)
        {
            throw new RuleEvaluationException(overflow);
        }
    }

    /// <summary>An argument that must not be null, passed on; null fails the rule with <paramref name="failure"/>.</summary>
    public static T NotNullArgument<T>(T? value, Diagnostic failure)
        where T : class =>
        value ?? throw new RuleEvaluationException(failure);

    /// <summary>
    /// Joins text the way messages show values: invariant numbers, dates as YYYY-MM-DD, null as nothing. The joined
    /// text is counted against the rule's memory budget before it is built.
    /// </summary>
    public static string Concat(EvaluationFrame frame, object? left, object? right)
    {
        var first = Format(left, frame);
        var second = Format(right, frame);
        frame.ReserveText((long)first.Length + second.Length);
        return string.Concat(first, second);
    }

    /// <summary>
    /// Shows a value as text in messages and concatenation: only the kinds the engine writes itself. Anything else is
    /// shown as its type's name in angle brackets (<c>&lt;AthleteProfile&gt;</c>) without calling any of its members,
    /// so a host type's ToString or formatting never runs from a message.
    /// </summary>
    public static string Format(object? value) => Format(value, frame: null);

    /// <summary>
    /// <see cref="Format(object?)"/>, counting the text of a list against <paramref name="frame"/>'s memory budget as
    /// it grows, so a message or a joined value can never build more than the budget.
    /// </summary>
    public static string Format(object? value, EvaluationFrame? frame) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString(null, CultureInfo.InvariantCulture),
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        int or long or decimal or float or short or byte or sbyte or ushort or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Enum e => EnumText.Name(e.GetType(), e),
        IEnumerable items when IsEngineList(value.GetType()) => FormatList(items, frame),
        _ => Placeholder(value.GetType()),
    };

    /// <summary>A byte count in the largest binary unit it fills (64 MiB, 512 KiB, 100 bytes).</summary>
    public static string Size(long bytes) =>
        bytes >= 1L << 30 && bytes % (1L << 30) == 0 ? $"{bytes >> 30} GiB"
        : bytes >= 1L << 20 && bytes % (1L << 20) == 0 ? $"{bytes >> 20} MiB"
        : bytes >= 1L << 10 && bytes % (1L << 10) == 0 ? $"{bytes >> 10} KiB"
        : bytes == 1 ? "1 byte" : $"{bytes} bytes";

    private static string FormatList(IEnumerable items, EvaluationFrame? frame)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            var shown = Format(item, frame);
            var separator = text.Length == 0 ? 0 : 2;
            frame?.Step();
            frame?.ReserveText(separator + shown.Length);
            text.Append(separator == 0 ? string.Empty : ", ").Append(shown);
        }

        frame?.ReserveText(text.Length);
        return text.ToString();
    }

    // A list is read the way list methods read it, item by item: the engine already enumerates every list a rule
    // touches, so this runs nothing a rule could not run anyway.
    private static bool IsEngineList(Type type) => TypeFacts.ElementType(type) is not null;

    private static string Placeholder(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"<{(tick < 0 ? name : name[..tick])}>";
    }

    /// <summary>
    /// The items of a lazy sequence, computed now (null stays null), each counted as a step and as a held item against
    /// the rule's budgets; items that are lazy sequences themselves are computed too, so nothing a rule returns runs
    /// later, outside its budgets and its error handling.
    /// </summary>
    public static T[]? Materialize<T>(IEnumerable<T>? items, EvaluationFrame frame)
    {
        if (items is null)
        {
            return null;
        }

        var inner = NestedSequence<T>.Materialize;
        var list = new List<T>();
        foreach (var item in items)
        {
            frame.Step();
            frame.Reserve(EvaluationFrame.BytesPerBufferedItem);
            list.Add(inner is null ? item : inner(item, frame));
        }

        return [.. list];
    }

    /// <summary>One character of a string, as a string.</summary>
    public static string CharAt(string text, int index) =>
        (uint)index < (uint)text.Length ? text[index].ToString() : throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.IndexOutOfRange, Location.None, "the index is outside the text"));

    /// <summary>The value of <paramref name="key"/>; a missing key fails the rule with a message naming it.</summary>
    public static TValue Lookup<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) =>
        key is not null && dictionary.TryGetValue(key, out var value)
            ? value
            : throw new RuleEvaluationException(new Diagnostic(DiagnosticCatalog.MissingKey, Location.None, key is null ? "the key is null" : $"the key '{Shorten(Format(key))}' is not in the dictionary"));

    // A key shown in a message: a text key can be as long as an input, the message stays short.
    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>Records a sub-expression's value in the trace and passes it on.</summary>
    public static T Record<T>(EvaluationFrame frame, TraceSite site, T value)
    {
        frame.Trace?.Record(site, value);
        return value;
    }
}

/// <summary>
/// For an item type that is itself a lazy sequence (<c>IEnumerable&lt;U&gt;</c>, as <c>Select(a =&gt; list.Where(...))</c>
/// makes), the function that computes one item into an array; null for every other item type. Built once per type.
/// </summary>
internal static class NestedSequence<T>
{
    public static readonly Func<T, EvaluationFrame, T>? Materialize = Build();

    private static Func<T, EvaluationFrame, T>? Build()
    {
        var type = typeof(T);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IEnumerable<>))
        {
            return null;
        }

        var method = typeof(NestedSequence<T>).GetMethod(nameof(MaterializeItem), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.GetGenericArguments()[0]);
        return method.CreateDelegate<Func<T, EvaluationFrame, T>>();
    }

    internal static T MaterializeItem<TItem>(T value, EvaluationFrame frame) =>
        (T)(object?)RuntimeSupport.Materialize((IEnumerable<TItem>?)(object?)value, frame)!;
}

using System.Linq.Expressions;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// A verified tree's delegate, interpreted at first and swapped for the IL-compiled one after a few calls: loading
/// pays for no IL compilation, and only code that is called again pays for it (on the thread pool, not the caller's
/// thread). Both delegates come from the same verified tree. Safe to call from many threads during the swap.
/// </summary>
internal sealed class TieredDelegate<TDelegate> : ITieredDelegate
    where TDelegate : Delegate
{
    /// <summary>Calls of the interpreted delegate before the compiled one is built.</summary>
    internal const int CallsBeforeCompiling = 4;

    private Expression<TDelegate>? _tree;
    private volatile TDelegate _current;
    private int _held;
    private int _calls;
    private int _queued;

    public TieredDelegate(Expression<TDelegate> tree)
    {
        Tree = tree;
        _tree = tree;
        _current = tree.Compile(preferInterpretation: true);
    }

    /// <summary>The verified tree both delegates come from (a fused workflow inlines it).</summary>
    public Expression<TDelegate> Tree { get; }

    /// <summary>The delegate to call now: the interpreted one until the compiled one is ready.</summary>
    public TDelegate Current
    {
        get
        {
            if (Volatile.Read(ref _tree) is not null)
            {
                CountCall();
            }

            return _current;
        }
    }

    /// <summary>True once the IL-compiled delegate is in use.</summary>
    public bool IsCompiled => Volatile.Read(ref _tree) is null;

    LambdaExpression ITieredDelegate.Tree => Tree;

    /// <summary>Builds and swaps in the compiled delegate now (what the thread pool does after a few calls).</summary>
    public void CompileNow()
    {
        var tree = Volatile.Read(ref _tree);
        if (tree is null)
        {
            return;
        }

        _current = tree.Compile();
        Volatile.Write(ref _tree, null);
    }

    /// <summary>
    /// Stops calls from queueing the compilation while code that inlines this tree is being compiled: the calls made
    /// meanwhile would otherwise compile the same code twice.
    /// </summary>
    public void Hold() => Interlocked.Increment(ref _held);

    /// <summary>Ends a <see cref="Hold"/>: calls count afresh towards compiling this delegate on its own.</summary>
    public void Release()
    {
        _calls = 0;
        Interlocked.Decrement(ref _held);
    }

    // Racy on purpose: the count only decides when to queue, and the flag makes sure that happens once.
    private void CountCall()
    {
        if (++_calls >= CallsBeforeCompiling && Volatile.Read(ref _held) == 0 && Interlocked.Exchange(ref _queued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static tiered => tiered.CompileInBackground(), this, preferLocal: false);
        }
    }

    private void CompileInBackground()
    {
        try
        {
            CompileNow();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The interpreted delegate computes the same values; keep it rather than take the process down.
            System.Diagnostics.Debug.WriteLine($"compiling a rule failed; it stays interpreted: {ex}");
        }
    }
}

/// <summary>A <see cref="TieredDelegate{TDelegate}"/> of any delegate type.</summary>
internal interface ITieredDelegate
{
    /// <summary>True once the IL-compiled delegate is in use.</summary>
    bool IsCompiled { get; }

    /// <summary>The verified tree both delegates come from.</summary>
    LambdaExpression Tree { get; }

    /// <summary>Builds and swaps in the compiled delegate now.</summary>
    void CompileNow();
}

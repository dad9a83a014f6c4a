using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>
/// Keeps a rule set current while its files change: recompiles after a change settles, swaps the new set in
/// atomically, and keeps the last good set (reporting the errors) when the new files do not compile.
/// </summary>
public sealed class RuleSetWatcher : IDisposable
{
    private readonly string _directory;
    private readonly RuleSetOptions _options;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly TimeSpan _delay;
    private readonly Lock _reloadLock = new();
    private CompiledRuleSet _current;
    private bool _disposed;

    private RuleSetWatcher(string directory, RuleSetOptions options, CompiledRuleSet initial, TimeSpan delay)
    {
        _directory = directory;
        _options = options;
        _current = initial;
        _delay = delay;
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(directory, "*.json")
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised after every reload attempt, with its diagnostics; <see cref="RuleSetReloadedEventArgs.Succeeded"/> tells whether the set was swapped.</summary>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>The current rule set: the newest one that compiled.</summary>
    public CompiledRuleSet Current => Volatile.Read(ref _current);

    /// <summary>
    /// Loads <paramref name="directory"/> and starts watching it. Returns the load diagnostics and no watcher when the
    /// first load fails (there is no good set to keep).
    /// </summary>
    public static (RuleSetWatcher? Watcher, ImmutableArray<Diagnostic> Diagnostics) Start(string directory, RuleSetOptions options, TimeSpan? debounce = null)
    {
        var first = RuleSetLoader.LoadDirectory(directory, options);
        return first.RuleSet is null
            ? (null, first.Diagnostics)
            : (new RuleSetWatcher(directory, options, first.RuleSet, debounce ?? TimeSpan.FromMilliseconds(250)), first.Diagnostics);
    }

    /// <summary>Recompiles now; swaps in the new set when it compiles, else keeps the current one.</summary>
    public RuleSetLoadResult Reload()
    {
        RuleSetLoadResult result;
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return new RuleSetLoadResult(Current, []);
            }

            result = RuleSetLoader.LoadDirectory(_directory, _options);
            if (result.RuleSet is not null)
            {
                Volatile.Write(ref _current, result.RuleSet);
            }
        }

        Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(result.Succeeded, result.Diagnostics));
        return result;
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        lock (_reloadLock)
        {
            _disposed = true;
        }

        _watcher.Dispose();
        _debounce.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        try
        {
            _debounce.Change(_delay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // A change reported while the watcher was being disposed: there is nothing left to reload.
        }
    }
}

/// <summary>What a reload found.</summary>
public sealed class RuleSetReloadedEventArgs(bool succeeded, ImmutableArray<Diagnostic> diagnostics) : EventArgs
{
    /// <summary>True when the new files compiled and are now current.</summary>
    public bool Succeeded { get; } = succeeded;

    /// <summary>The diagnostics of the reload (errors when it failed).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}

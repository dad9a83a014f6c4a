using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>
/// Keeps a rule set current while its files change: recompiles after a change settles, swaps the new set in
/// atomically, and keeps the last good set (reporting the errors) when the new files do not compile.
/// </summary>
/// <remarks>
/// A file that disappears (an editor or a deploy deleting and recreating it) never takes its workflows out of the
/// set at once: until it has been gone for the removal settle period, reloads compile its last good text in its
/// place, and the reload event names it in <see cref="RuleSetReloadedEventArgs.KeptFiles"/>. Gone for longer, the
/// next reload leaves it out and names it in <see cref="RuleSetReloadedEventArgs.RemovedFiles"/>.
/// </remarks>
public sealed class RuleSetWatcher : IDisposable
{
    private readonly string _directory;
    private readonly RuleSetOptions _options;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly TimeSpan _delay;
    private readonly TimeSpan _removalSettle;
    private readonly TimeProvider _clock;
    private readonly Lock _reloadLock = new();
    private readonly Dictionary<string, DateTimeOffset> _missingSince = new(StringComparer.Ordinal);
    private CompiledRuleSet _current;

    // The text of every file in the set now in use, by the path messages show: what stands in for a file while it is gone.
    private ImmutableDictionary<string, SourceText> _goodTexts;
    private bool _disposed;

    private RuleSetWatcher(string directory, RuleSetOptions options, CompiledRuleSet initial, ImmutableDictionary<string, SourceText> texts, TimeSpan delay, TimeSpan removalSettle, TimeProvider clock)
    {
        _directory = directory;
        _options = options;
        _current = initial;
        _goodTexts = texts;
        _delay = delay;
        _removalSettle = removalSettle;
        _clock = clock;
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
    /// <param name="directory">The folder of rule files.</param>
    /// <param name="options">How the files are compiled.</param>
    /// <param name="debounce">How long changes must be quiet before a reload (250 ms by default).</param>
    /// <param name="removalSettle">How long a file must stay gone before its workflows leave the set (5 s by default).</param>
    /// <param name="clock">The clock the settle period is measured on (the system's by default).</param>
    public static (RuleSetWatcher? Watcher, ImmutableArray<Diagnostic> Diagnostics) Start(string directory, RuleSetOptions options, TimeSpan? debounce = null, TimeSpan? removalSettle = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        var texts = ReadTexts(directory, options, out var readDiagnostics);
        var first = Compile(texts.Values, readDiagnostics, directory, options);
        return first.RuleSet is null
            ? (null, first.Diagnostics)
            : (new RuleSetWatcher(directory, options, first.RuleSet, texts, debounce ?? TimeSpan.FromMilliseconds(250), removalSettle ?? TimeSpan.FromSeconds(5), clock ?? TimeProvider.System), first.Diagnostics);
    }

    /// <summary>
    /// Recompiles now; swaps in the new set when it compiles, else keeps the current one. A file gone for less than the
    /// removal settle period is compiled from its last good text.
    /// </summary>
    public RuleSetLoadResult Reload()
    {
        RuleSetLoadResult result;
        ImmutableArray<string> kept = [];
        ImmutableArray<string> removed = [];
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return new RuleSetLoadResult(Current, []);
            }

            var texts = ReadTexts(_directory, _options, out var readDiagnostics);
            var now = _clock.GetUtcNow();
            var missing = Missing(texts, readDiagnostics, now);
            var settled = missing.Where(path => now - _missingSince[path] >= _removalSettle).ToImmutableArray();
            var waiting = missing.RemoveRange(settled);

            // Without the missing files first: enough when every workflow they held is defined elsewhere now (a file renamed).
            var used = texts;
            result = Compile(texts.Values, readDiagnostics, _directory, _options);
            if (!waiting.IsEmpty && !(result.RuleSet is { } alone && KeepsWorkflows(alone, waiting)))
            {
                used = texts.AddRange(waiting.Select(path => KeyValuePair.Create(path, _goodTexts[path])));
                result = Compile(used.Values, readDiagnostics, _directory, _options);
                kept = waiting;
            }

            if (result.RuleSet is not null)
            {
                Volatile.Write(ref _current, result.RuleSet);
                _goodTexts = used;
                removed = missing.RemoveRange(kept);
                foreach (var path in removed)
                {
                    _missingSince.Remove(path);
                }
            }

            if (!kept.IsEmpty)
            {
                // Look again once the earliest of them has been gone for the whole settle period.
                var due = kept.Min(path => _missingSince[path]) + _removalSettle - now;
                Schedule(due > _delay ? due : _delay);
            }
        }

        Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(result.Succeeded, result.Diagnostics) { KeptFiles = kept, RemovedFiles = removed });
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

    // The files of the folder now, by the path messages show; a file that cannot be read is left out here and its
    // diagnostic kept, so the reload fails and the set in use stays.
    private static ImmutableDictionary<string, SourceText> ReadTexts(string directory, RuleSetOptions options, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var texts = ImmutableDictionary.CreateBuilder<string, SourceText>(StringComparer.Ordinal);
        foreach (var (path, display) in RuleFileText.ListJsonFiles(directory, RuleFileText.Display(directory), diagnostics) ?? [])
        {
            if (RuleFileText.Load(path, display, options.MaxFileBytes, diagnostics) is { } text)
            {
                texts[display] = text;
            }
            else if (!File.Exists(path))
            {
                // Listed, then gone before it was read: treated as missing, not as broken.
                diagnostics = WithoutPath(diagnostics, display);
            }
        }

        return texts.ToImmutable();
    }

    private static DiagnosticBag WithoutPath(DiagnosticBag diagnostics, string display)
    {
        var kept = new DiagnosticBag();
        kept.AddRange(diagnostics.ToSortedImmutable().Where(d => d.Location.Path != display));
        return kept;
    }

    private static RuleSetLoadResult Compile(IEnumerable<SourceText> texts, DiagnosticBag readDiagnostics, string directory, RuleSetOptions options)
    {
        var read = RuleSetLoader.Load(texts.OrderBy(t => t.Path, StringComparer.Ordinal), options);
        var diagnostics = readDiagnostics.ToSortedImmutable().AddRange(read.Diagnostics);
        if (read.RuleSet is null && read.Diagnostics.Any(d => d.Code == DiagnosticCatalog.EmptyRuleSet.Code))
        {
            diagnostics = [.. readDiagnostics.ToSortedImmutable(), .. read.Diagnostics.Where(d => d.Code != DiagnosticCatalog.EmptyRuleSet.Code),
                new Diagnostic(DiagnosticCatalog.EmptyRuleSet, Location.None, RuleFileText.Display(directory))];
        }

        return readDiagnostics.HasErrors ? new RuleSetLoadResult(null, diagnostics) : new RuleSetLoadResult(read.RuleSet, diagnostics);
    }

    /// <summary>
    /// The files of the set in use that are no longer in the folder (not merely unreadable: those fail the reload),
    /// noting since when each has been gone; a file that is back is forgotten.
    /// </summary>
    private ImmutableArray<string> Missing(ImmutableDictionary<string, SourceText> texts, DiagnosticBag diagnostics, DateTimeOffset now)
    {
        foreach (var returned in _missingSince.Keys.Where(texts.ContainsKey).ToList())
        {
            _missingSince.Remove(returned);
        }

        var unreadable = diagnostics.ToSortedImmutable().Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        var missing = _goodTexts.Keys.Where(path => !texts.ContainsKey(path) && !unreadable.Contains(path)).Order(StringComparer.Ordinal).ToImmutableArray();
        foreach (var path in missing)
        {
            _missingSince.TryAdd(path, now);
        }

        return missing;
    }

    // True when the set compiled from the folder alone still has every workflow the missing files held.
    private bool KeepsWorkflows(CompiledRuleSet set, ImmutableArray<string> missing) =>
        missing.All(path => Current.Workflows.Where(w => w.Definition.Location.Path == path).All(w => set.TryGetWorkflow(w.Name, out _)));

    private void Schedule(TimeSpan due)
    {
        try
        {
            _debounce.Change(due, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed meanwhile: nothing left to reload.
        }
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

    /// <summary>
    /// Files that have disappeared for less than the removal settle period: their last good workflows were compiled in
    /// their place, so no workflow went missing (as shown in messages, such as <c>rules/taper.json</c>).
    /// </summary>
    public ImmutableArray<string> KeptFiles { get; init; } = [];

    /// <summary>Files gone for the whole settle period, whose workflows this reload took out of the set.</summary>
    public ImmutableArray<string> RemovedFiles { get; init; } = [];
}

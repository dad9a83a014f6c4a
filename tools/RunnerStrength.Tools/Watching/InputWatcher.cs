namespace RunnerStrength.Tools.Watching;

/// <summary>
/// Watches a <see cref="WatchScope"/> for changes to JSON files and signals once they settle: a save that writes a
/// temporary file and renames it, or several files saved together, is one change. Changes that come while the command
/// runs are kept for the next wait, so none is missed.
/// </summary>
/// <remarks>
/// The engine's <c>RuleSetWatcher</c> keeps the compiled workflows of one folder current, and would read a rules folder's
/// catalog and <c>ruleset.json</c> as workflows. A command reads more than that (the manifest and the folders it extends,
/// the catalog, athletes, scenarios) and loads it all itself, so this only tells when to run it again, with the same
/// settle time.
/// </remarks>
internal sealed class InputWatcher : IDisposable
{
    /// <summary>How long the files must be quiet before a run, as the engine's RuleSetWatcher waits.</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(250);

    private readonly TimeSpan _quiet;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _settled = new(0, 1);
    private readonly Timer _debounce;
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private List<FileSystemWatcher> _watchers = [];
    private WatchScope? _scope;
    private bool _disposed;

    public InputWatcher(TimeSpan? quiet = null)
    {
        _quiet = quiet ?? DefaultQuiet;
        _debounce = new Timer(_ => Settle(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Watches <paramref name="scope"/> from now on (nothing changes when it is the scope already watched).</summary>
    public void Watch(WatchScope scope)
    {
        lock (_lock)
        {
            if (_disposed || _scope?.Key == scope.Key)
            {
                return;
            }

            var old = _watchers;
            _scope = scope;
            _watchers = [.. scope.Folders.Select(f => Create(f, "*.json", recursive: true)).Concat(scope.Files.Select(f => Create(Path.GetDirectoryName(f)!, Path.GetFileName(f), recursive: false))).OfType<FileSystemWatcher>()];
            foreach (var watcher in old)
            {
                watcher.Dispose();
            }
        }
    }

    /// <summary>Waits until changes have settled (at once when some settled while the command ran); throws when <paramref name="stop"/> is cancelled.</summary>
    public async Task WaitAsync(CancellationToken stop) => await _settled.WaitAsync(stop).ConfigureAwait(false);

    /// <summary>The files that changed since the last call, as full paths.</summary>
    public IReadOnlyList<string> TakeChanged()
    {
        lock (_lock)
        {
            var changed = _changed.ToList();
            _changed.Clear();
            return changed;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers = [];
        }

        _debounce.Dispose();
        _settled.Dispose();
    }

    private FileSystemWatcher? Create(string folder, string filter, bool recursive)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder, filter)
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = recursive,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, _) => Changed(folder);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // A folder that went away, or one past the system's watch limit: the next run reports what it cannot read.
            return null;
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // A save through a temporary file is a rename onto the JSON file: the JSON name is the one that changed.
        var path = e is RenamedEventArgs { OldFullPath: { } old } && !IsJson(e.FullPath) ? old : e.FullPath;
        if (!(_scope?.IsIgnored(path) ?? false))
        {
            Changed(path);
        }
    }

    private static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private void Changed(string path)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _changed.Add(path);
            _debounce.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Settle()
    {
        lock (_lock)
        {
            // One signal stands for any number of changes; the count never passes one.
            if (!_disposed && _settled.CurrentCount == 0)
            {
                _settled.Release();
            }
        }
    }
}

using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Tools.Watching;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// Keeps the served rule set current: loads it, reloads it when its files change (after they settle, as the CLI's
/// <c>--watch</c> does) or when the studio saves one, and swaps each new <see cref="StudioSnapshot"/> in atomically. A
/// load that fails keeps the last good rule set serving, with the errors in the snapshot for the page to show.
/// </summary>
/// <remarks>
/// The engine's <c>RuleSetWatcher</c> keeps one folder's compiled workflows current, and would read the catalog and
/// <c>ruleset.json</c> as workflows; the designer needs the whole coaching rule set (catalog, manifest, the folders it
/// extends) loaded as <see cref="CoachingRules.Load"/> does, so the tool's own watcher says when, and this loads.
/// </remarks>
internal sealed class StudioRules : IDisposable
{
    private readonly string _folder;
    private readonly Lock _reloading = new();
    private readonly CancellationTokenSource _stop = new();
    private InputWatcher? _watcher;
    private StudioSnapshot _current;
    private int _disposed;

    public StudioRules(string folder)
    {
        _folder = folder;
        var loaded = CoachingRules.Load(folder);
        _current = new StudioSnapshot(loaded.Rules, loaded.Diagnostics, 1);
    }

    /// <summary>The rule set to use for a request: read once per request.</summary>
    public StudioSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Loads the files again and swaps the result in; returns the snapshot now current.</summary>
    public StudioSnapshot Reload()
    {
        lock (_reloading)
        {
            var before = Current;
            var loaded = CoachingRules.Load(_folder);
            var next = new StudioSnapshot(loaded.Rules ?? before.Rules, loaded.Diagnostics, before.Version + 1);
            Volatile.Write(ref _current, next);
            return next;
        }
    }

    /// <summary>Reloads whenever a file of the rule set (or of a folder it extends) changes, until disposed.</summary>
    public void Watch()
    {
        var watcher = new InputWatcher();
        watcher.Watch(new WatchScope.Builder().RuleSet(_folder).Build());
        _watcher = watcher;
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await watcher.WaitAsync(_stop.Token).ConfigureAwait(false);
                    _ = watcher.TakeChanged();
                    Reload();
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped with the server.
            }
            catch (ObjectDisposedException)
            {
                // Stopped with the server.
            }
        });
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        _watcher?.Dispose();
        _stop.Dispose();
    }
}

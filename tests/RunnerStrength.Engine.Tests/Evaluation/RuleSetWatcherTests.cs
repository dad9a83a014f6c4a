using System.Collections.Concurrent;
using System.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using static RunnerStrength.Engine.Tests.Evaluation.RuleFiles;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>A watched folder: edits are picked up, swapped in atomically, and a broken edit keeps the last good set.</summary>
public sealed class RuleSetWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("rs-watch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A workflow "w" whose every rule succeeds with the event <paramref name="version"/>.</summary>
    private static string Version(string version, int rules = 3) =>
        "{ \"WorkflowName\": \"w\", \"Rules\": ["
        + string.Join(", ", Enumerable.Range(0, rules).Select(i => $"{{ \"RuleName\": \"r{i}\", \"Expression\": \"athlete.sessionMinutes >= {i}\", \"SuccessEvent\": \"{version}\" }}"))
        + "] }";

    private const string Broken = "{ \"WorkflowName\": \"w\", \"Rules\": [ { \"RuleName\": \"r0\", \"Expression\": \"athlete.levle == 1\", \"SuccessEvent\": \"broken\" } ] }";

    private string RulePath => Path.Combine(_folder, "rules.json");

    // Written beside and renamed over, so a reader never sees half a file.
    private void Write(string json)
    {
        var temporary = RulePath + ".tmp";
        File.WriteAllText(temporary, json);
        File.Move(temporary, RulePath, overwrite: true);
    }

    private static string VersionOf(CompiledRuleSet set) =>
        set.Evaluate("w", new RuleInput("athlete", Athlete.Sample)).Results.Select(r => r.SuccessEvent).Distinct().Single()!;

    [Fact]
    public void An_edited_file_is_reloaded_and_a_broken_edit_keeps_the_last_good_set()
    {
        Write(Version("v1"));
        var (watcher, diagnostics) = RuleSetWatcher.Start(_folder, Options, TimeSpan.FromMilliseconds(50));
        diagnostics.ShouldBeEmpty();
        using var _ = watcher.ShouldNotBeNull();
        var reloads = new BlockingCollection<RuleSetReloadedEventArgs>();
        watcher.Reloaded += (_, e) => reloads.Add(e);
        VersionOf(watcher.Current).ShouldBe("v1");

        var first = watcher.Current;
        Write(Version("v2"));
        var good = WaitFor(reloads, e => e.Succeeded);
        good.Diagnostics.ShouldBeEmpty();
        watcher.Current.ShouldNotBeSameAs(first);
        VersionOf(watcher.Current).ShouldBe("v2");

        Write(Broken);
        var bad = WaitFor(reloads, e => !e.Succeeded);
        bad.Diagnostics.Select(d => d.Code).ShouldBe(["RS3101"]);
        bad.Diagnostics[0].Location.Path.ShouldEndWith("rules.json");
        VersionOf(watcher.Current).ShouldBe("v2");

        // With the broken file in place every reload fails, so the set in use stays the very same object.
        var kept = watcher.Current;
        watcher.Reload().Succeeded.ShouldBeFalse();
        watcher.Current.ShouldBeSameAs(kept);

        Write(Version("v3"));
        WaitFor(reloads, e => e.Succeeded);
        VersionOf(watcher.Current).ShouldBe("v3");
    }

    [Fact]
    public void A_folder_that_does_not_load_at_first_gives_diagnostics_and_no_watcher()
    {
        Write(Broken);
        var (watcher, diagnostics) = RuleSetWatcher.Start(_folder, Options);
        watcher.ShouldBeNull();
        diagnostics.Select(d => d.Code).ShouldBe(["RS3101"]);
    }

    [Fact]
    public void Reload_after_dispose_keeps_the_current_set_and_raises_nothing()
    {
        Write(Version("v1"));
        var watcher = RuleSetWatcher.Start(_folder, Options).Watcher.ShouldNotBeNull();
        var raised = 0;
        watcher.Reloaded += (_, _) => raised++;
        watcher.Dispose();
        Write(Version("v2"));
        watcher.Reload().RuleSet.ShouldBeSameAs(watcher.Current);
        VersionOf(watcher.Current).ShouldBe("v1");
        raised.ShouldBe(0);
    }

    [Fact]
    public async Task Evaluations_during_reloads_always_see_one_whole_version_and_never_the_broken_one()
    {
        Write(Version("v1", rules: 20));
        using var watcher = RuleSetWatcher.Start(_folder, Options, TimeSpan.FromMilliseconds(5)).Watcher.ShouldNotBeNull();
        var failedReloads = 0;
        watcher.Reloaded += (_, e) =>
        {
            if (!e.Succeeded)
            {
                Interlocked.Increment(ref failedReloads);
            }
        };

        using var stop = new CancellationTokenSource();
        var problems = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, int>();
        // Dedicated threads: on a busy machine pool threads may not start before the reloads are over.
        var evaluators = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var set = watcher.Current;
                var results = set.Evaluate("w", new RuleInput("athlete", Athlete.Sample)).Results;
                var versions = results.Select(r => r.SuccessEvent).Distinct().ToList();
                if (results.Count != 20 || versions.Count != 1 || versions[0] is not ("v1" or "v2"))
                {
                    problems.Enqueue($"{results.Count} results from versions {string.Join(", ", versions)}");
                }
                else
                {
                    seen.AddOrUpdate(versions[0]!, 1, (_, n) => n + 1);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        var reloader = Task.Run(() =>
        {
            string[] cycle = [Version("v2", rules: 20), Broken, Version("v1", rules: 20)];
            for (var i = 0; i < 45; i++)
            {
                Write(cycle[i % 3]);
                var version = i % 3 == 0 ? "v2" : "v1";
                var before = seen.GetValueOrDefault(version);
                var result = watcher.Reload();
                if ((i % 3 == 1) == result.Succeeded)
                {
                    problems.Enqueue($"reload {i} succeeded: {result.Succeeded}");
                }

                // Let the evaluators run against what is current now (after a failed reload: still the last good version).
                var current = i % 3 == 1 ? "v2" : version;
                before = i % 3 == 1 ? seen.GetValueOrDefault(current) : before;
                var waited = Stopwatch.StartNew();
                while (seen.GetValueOrDefault(current) <= before && waited.Elapsed < TimeSpan.FromSeconds(10))
                {
                    Thread.Sleep(1);
                }
            }
        });

        await reloader.WaitAsync(TimeSpan.FromMinutes(2));
        await stop.CancelAsync();
        await Task.WhenAll(evaluators).WaitAsync(TimeSpan.FromMinutes(1));

        problems.ShouldBeEmpty(string.Join("\n", problems.Take(10)));
        seen.Keys.Order().ShouldBe(["v1", "v2"]);
        failedReloads.ShouldBeGreaterThanOrEqualTo(15);
        VersionOf(watcher.Current).ShouldBe("v1");
    }

    private static RuleSetReloadedEventArgs WaitFor(BlockingCollection<RuleSetReloadedEventArgs> reloads, Func<RuleSetReloadedEventArgs, bool> wanted)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (reloads.TryTake(out var reload, TimeSpan.FromMilliseconds(100)) && wanted(reload))
            {
                return reload;
            }
        }

        throw new TimeoutException($"no matching reload within {Patience.TotalSeconds} s");
    }
}

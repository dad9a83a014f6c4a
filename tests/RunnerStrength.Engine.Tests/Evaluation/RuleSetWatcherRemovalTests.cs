using System.Collections.Concurrent;
using System.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using static RunnerStrength.Engine.Tests.Evaluation.RuleFiles;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// A file that disappears from a watched folder keeps its workflows in the set until it has been gone for the removal
/// settle period, so a delete-and-recreate never serves a set without them.
/// </summary>
public sealed class RuleSetWatcherRemovalTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private readonly string _folder = Directory.CreateTempSubdirectory("rs-removal-").FullName;
    private readonly ManualClock _clock = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Workflow(string name, string version = "v1") =>
        $"{{ \"WorkflowName\": \"{name}\", \"Rules\": [ {{ \"RuleName\": \"r\", \"Expression\": \"athlete.sessionMinutes > 0\", \"SuccessEvent\": \"{version}\" }} ] }}";

    private const string Broken = "{ \"WorkflowName\": \"b\", \"Rules\": [ { \"RuleName\": \"r\", \"Expression\": \"athlete.levle == 1\" } ] }";

    private string PathOf(string file) => Path.Combine(_folder, file);

    private string Shown(string file) => PathOf(file).Replace('\\', '/');

    private void Write(string file, string json)
    {
        File.WriteAllText(PathOf(file) + ".tmp", json);
        File.Move(PathOf(file) + ".tmp", PathOf(file), overwrite: true);
    }

    private RuleSetWatcher Start()
    {
        Write("a.json", Workflow("a"));
        Write("b.json", Workflow("b"));

        // A long debounce: these tests reload by hand, on the manual clock, and the watcher's own reloads stay out of the way.
        var (watcher, diagnostics) = RuleSetWatcher.Start(_folder, Options, debounce: TimeSpan.FromHours(1), removalSettle: Settle, clock: _clock);
        diagnostics.ShouldBeEmpty();
        return watcher.ShouldNotBeNull();
    }

    [Fact]
    public void A_deleted_file_keeps_its_workflows_until_it_has_been_gone_for_the_settle_period()
    {
        using var watcher = Start();
        File.Delete(PathOf("a.json"));

        var kept = Reload(watcher);
        kept.Succeeded.ShouldBeTrue();
        kept.KeptFiles.ShouldBe([Shown("a.json")]);
        kept.RemovedFiles.ShouldBeEmpty();
        watcher.Current.WorkflowNames.Order().ShouldBe(["a", "b"]);

        _clock.Advance(Settle - TimeSpan.FromMilliseconds(1));
        Reload(watcher).KeptFiles.ShouldBe([Shown("a.json")]);
        watcher.Current.TryGetWorkflow("a", out _).ShouldBeTrue();

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var removed = Reload(watcher);
        removed.Succeeded.ShouldBeTrue();
        removed.KeptFiles.ShouldBeEmpty();
        removed.RemovedFiles.ShouldBe([Shown("a.json")]);
        watcher.Current.WorkflowNames.ShouldBe(["b"]);
    }

    [Fact]
    public void A_file_that_comes_back_within_the_settle_period_is_read_afresh_and_forgotten_as_missing()
    {
        using var watcher = Start();
        File.Delete(PathOf("a.json"));
        Reload(watcher).KeptFiles.ShouldNotBeEmpty();

        _clock.Advance(TimeSpan.FromSeconds(3));
        Write("a.json", Workflow("a", "v2"));
        var back = Reload(watcher);
        back.KeptFiles.ShouldBeEmpty();
        back.RemovedFiles.ShouldBeEmpty();
        Version(watcher, "a").ShouldBe("v2");

        // Deleted again later: the settle period starts over rather than from the first deletion.
        _clock.Advance(TimeSpan.FromSeconds(3));
        File.Delete(PathOf("a.json"));
        Reload(watcher).KeptFiles.ShouldBe([Shown("a.json")]);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Reload(watcher).KeptFiles.ShouldBe([Shown("a.json")]);
        Version(watcher, "a").ShouldBe("v2");
    }

    [Fact]
    public void A_deleted_file_while_another_is_broken_leaves_the_last_good_set_whole()
    {
        using var watcher = Start();
        var before = watcher.Current;
        File.Delete(PathOf("a.json"));
        Write("b.json", Broken);

        var failed = Reload(watcher);
        failed.Succeeded.ShouldBeFalse();
        failed.Diagnostics.Select(d => d.Code).ShouldBe(["RS3101"]);
        watcher.Current.ShouldBeSameAs(before);

        // Long after, the broken file still holds the set: nothing is removed while nothing compiles.
        _clock.Advance(Settle * 10);
        Reload(watcher).Succeeded.ShouldBeFalse();
        watcher.Current.ShouldBeSameAs(before);

        Write("b.json", Workflow("b", "v2"));
        var fixedSet = Reload(watcher);
        fixedSet.Succeeded.ShouldBeTrue();
        fixedSet.RemovedFiles.ShouldBe([Shown("a.json")]);
        watcher.Current.WorkflowNames.ShouldBe(["b"]);
    }

    [Fact]
    public void A_renamed_file_moves_its_workflows_at_once()
    {
        using var watcher = Start();
        File.Move(PathOf("a.json"), PathOf("c.json"));

        var renamed = Reload(watcher);
        renamed.Succeeded.ShouldBeTrue();
        renamed.KeptFiles.ShouldBeEmpty();
        renamed.RemovedFiles.ShouldBe([Shown("a.json")]);
        watcher.Current["a"].Definition.Location.Path.ShouldBe(Shown("c.json"));
    }

    [Fact]
    public void The_watcher_reloads_by_itself_when_the_settle_period_is_over()
    {
        Write("a.json", Workflow("a"));
        Write("b.json", Workflow("b"));
        using var watcher = RuleSetWatcher.Start(_folder, Options, debounce: TimeSpan.FromMilliseconds(20), removalSettle: TimeSpan.FromMilliseconds(300)).Watcher.ShouldNotBeNull();
        var reloads = new BlockingCollection<RuleSetReloadedEventArgs>();
        watcher.Reloaded += (_, e) => reloads.Add(e);

        File.Delete(PathOf("a.json"));
        var clock = Stopwatch.StartNew();
        RuleSetReloadedEventArgs? removed = null;
        while (removed is null && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (reloads.TryTake(out var reload, TimeSpan.FromMilliseconds(100)) && !reload.RemovedFiles.IsEmpty)
            {
                removed = reload;
            }
        }

        removed.ShouldNotBeNull("no reload removed the deleted file").RemovedFiles.ShouldBe([Shown("a.json")]);
        watcher.Current.WorkflowNames.ShouldBe(["b"]);
    }

    [Fact]
    public async Task Evaluations_never_miss_a_workflow_while_its_file_is_deleted_and_recreated_and_others_break()
    {
        using var watcher = Start();
        using var stop = new CancellationTokenSource();
        var problems = new ConcurrentQueue<string>();
        var evaluations = 0L;
        var evaluators = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var set = watcher.Current;
                foreach (var name in (string[])["a", "b"])
                {
                    if (!set.TryGetWorkflow(name, out var workflow))
                    {
                        problems.Enqueue($"workflow '{name}' was missing");
                        continue;
                    }

                    if (!workflow.Evaluate([Athlete.Sample]).Results.Single().IsSuccess)
                    {
                        problems.Enqueue($"workflow '{name}' failed");
                    }
                }

                Interlocked.Increment(ref evaluations);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        for (var i = 0; i < 30; i++)
        {
            File.Delete(PathOf("a.json"));
            watcher.Reload().Succeeded.ShouldBeTrue();
            Write("b.json", Broken);
            watcher.Reload().Succeeded.ShouldBeFalse();
            Write("a.json", Workflow("a", $"v{i}"));
            watcher.Reload().Succeeded.ShouldBeFalse();
            Write("b.json", Workflow("b", $"v{i}"));
            watcher.Reload().Succeeded.ShouldBeTrue();
            Thread.Sleep(2);
        }

        await stop.CancelAsync();
        await Task.WhenAll(evaluators).WaitAsync(TimeSpan.FromMinutes(1));

        problems.ShouldBeEmpty(string.Join("\n", problems.Take(10)));
        Interlocked.Read(ref evaluations).ShouldBeGreaterThan(0);
        Version(watcher, "a").ShouldBe("v29");
    }

    private static RuleSetReloadedEventArgs Reload(RuleSetWatcher watcher)
    {
        RuleSetReloadedEventArgs? raised = null;
        void Capture(object? sender, RuleSetReloadedEventArgs e) => raised = e;
        watcher.Reloaded += Capture;
        try
        {
            watcher.Reload();
            return raised.ShouldNotBeNull();
        }
        finally
        {
            watcher.Reloaded -= Capture;
        }
    }

    private static string Version(RuleSetWatcher watcher, string workflow) =>
        watcher.Current[workflow].Evaluate([Athlete.Sample]).Results.Single().SuccessEvent!;

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RulesEngine.Models;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// Benchmark 4, <c>--first-result</c>: in a fresh process, load the 30-rule workflow from its file and evaluate it once,
/// then print how long after the process started the result was there. The athlete is built in code, as a host holding it in
/// memory would have it, so reading JSON athletes is not part of the figure.
/// </summary>
internal static class FirstResult
{
    public static int Run()
    {
        var inMain = DateTime.Now;
        var clock = Stopwatch.StartNew();
        var athlete = Athlete();
        var built = clock.Elapsed;
        var loadResult = RuleSetLoader.LoadFiles([RuleSetText.File30], CoachingWorkflow.Options);
        var workflow = loadResult.RuleSet?[RuleSetText.WorkflowName]
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, loadResult.Diagnostics));
        var loaded = clock.Elapsed;
        var result = workflow.Evaluate([athlete]);
        var evaluated = clock.Elapsed;
        var done = DateTime.Now;

        // Process.StartTime comes from /proc on Linux in clock ticks (10 ms); measure externally for finer figures.
        var started = Process.GetCurrentProcess().StartTime;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"first result {(done - started).TotalMilliseconds:F0} ms after process start " +
            $"(runtime to Main {(inMain - started).TotalMilliseconds:F0} ms, athlete {built.TotalMilliseconds:F1} ms, " +
            $"load {(loaded - built).TotalMilliseconds:F1} ms, first evaluation {(evaluated - loaded).TotalMilliseconds:F1} ms); " +
            $"{result.Results.Count(r => r.IsSuccess)} of {result.Results.Count} rules passed"));
        RuleSetText.VerifyFile30();
        return 0;
    }

    /// <summary>
    /// The same for Microsoft RulesEngine: read the RulesEngine version of the 30 rules from its file (System.Text.Json
    /// into RulesEngine's <see cref="Workflow"/>), build a RulesEngine and execute the workflow once.
    /// </summary>
    public static int RunRulesEngine()
    {
        var inMain = DateTime.Now;
        var clock = Stopwatch.StartNew();
        var athlete = Athlete();
        var built = clock.Elapsed;
        var workflow = JsonSerializer.Deserialize<Workflow>(File.ReadAllText(RuleSetText.RulesEngineFile30))
            ?? throw new InvalidOperationException($"{RuleSetText.RulesEngineFile30} holds no workflow");
        var engine = new RulesEngine.RulesEngine([workflow], RulesEnginePolicy.Settings());
        var loaded = clock.Elapsed;
        var pending = engine.ExecuteAllRulesAsync(workflow.WorkflowName, new RuleParameter("athlete", athlete));
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var evaluated = clock.Elapsed;
        var done = DateTime.Now;

        var started = Process.GetCurrentProcess().StartTime;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"RulesEngine: first result {(done - started).TotalMilliseconds:F0} ms after process start " +
            $"(runtime to Main {(inMain - started).TotalMilliseconds:F0} ms, athlete {built.TotalMilliseconds:F1} ms, " +
            $"read and construct {(loaded - built).TotalMilliseconds:F1} ms, first execution {(evaluated - loaded).TotalMilliseconds:F1} ms); " +
            $"{results.Count(r => r.IsSuccess)} of {results.Count} rules passed"));
        RuleSetText.VerifyFile30();
        return 0;
    }

    /// <summary>The benchmarked sample athlete, rules/examples/athletes/advanced-gym-marathon.json, written in C#.</summary>
    private static AthleteProfile Athlete() => new()
    {
        Name = "Tomasz",
        Level = AthleteLevel.Advanced,
        Week = new RunningWeek
        {
            Monday = RunKind.Easy,
            Tuesday = RunKind.Intervals,
            Wednesday = RunKind.Easy,
            Thursday = RunKind.Tempo,
            Friday = RunKind.Recovery,
            Saturday = RunKind.Rest,
            Sunday = RunKind.Long,
        },
        Race = new RaceInfo { Date = new DateOnly(2027, 4, 11), Distance = RaceDistance.Marathon },
        Equipment = ["barbell", "dumbbells", "kettlebell", "bench", "box", "step", "pull-up-bar", "cable-machine", "leg-press", "leg-extension", "sled", "bands", "foam-roller"],
        SessionMinutes = 60,
        StrengthDays = 3,
        Readiness = new Readiness { Soreness = 3, SleepHours = 7.5, RestingHrDelta = 0, Mood = 4 },
        History =
        [
            new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "back-squat", Sets = 4, Reps = 6, Rpe = 8, Load = "100 kg" },
            new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "romanian-deadlift", Sets = 3, Reps = 8, Rpe = 7.5, Load = "2 x 24 kg" },
            new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "pull-up", Sets = 3, Reps = 6, Rpe = 8 },
            new HistoryEntry { Date = new DateOnly(2026, 11, 19), Exercise = "dumbbell-rear-foot-elevated-split-squat", Sets = 3, Reps = 8, Rpe = 8, Load = "2 x 16 kg" },
            new HistoryEntry { Date = new DateOnly(2026, 11, 19), Exercise = "barbell-hip-thrust", Sets = 4, Reps = 8, Rpe = 7, Load = "90 kg" },
            new HistoryEntry { Date = new DateOnly(2026, 11, 19), Exercise = "side-plank", Sets = 3, Seconds = 45, Rpe = 6 },
        ],
    };
}

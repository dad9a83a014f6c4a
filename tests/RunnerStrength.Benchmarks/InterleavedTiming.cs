using System.Diagnostics;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// <c>--interleaved</c>: the engine and the hand-written C# timed in alternating short windows, reporting the fastest
/// window of each. On a shared machine a busy moment stretches some windows of both sides; the fastest window of each
/// is the one nothing interrupted, so their ratio holds where BenchmarkDotNet's means (one benchmark after the other)
/// drift with the load. It checks agreement first, as the benchmarks do.
/// </summary>
public static class InterleavedTiming
{
    public static int Run()
    {
        var athlete = BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked);
        object?[] inputs = [athlete];
        Console.WriteLine("| rules | hand-written C# (bool[]), fastest window | engine, Evaluate(object?[]), fastest window | ratio |");
        Console.WriteLine("| ---: | ---: | ---: | ---: |");
        foreach (var (count, handWritten, calls, windows) in new (int, Func<AthleteProfile, bool[]>, int, int)[]
        {
            (HandWrittenPolicy.RuleCount, HandWrittenPolicy.Evaluate, 1_000, 1_500),
            (1_000, GeneratedPolicy.Create(1_000).Evaluate, 20, 300),
        })
        {
            var ruleSet = CoachingWorkflow.Load(RuleSetText.Source(count)).RuleSet!;
            ruleSet.CompileAll();
            var workflow = ruleSet[RuleSetText.WorkflowName];
            CoachingWorkflow.VerifyAgreement(workflow, handWritten);
            // Long enough for tiered compilation to reach its optimised code on both sides, even on a busy machine.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(3))
            {
                Window(() => handWritten(athlete), calls);
                Window(() => workflow.Evaluate(inputs), calls);
            }

            double hand = double.MaxValue, engine = double.MaxValue;
            for (var window = 0; window < windows; window++)
            {
                hand = Math.Min(hand, Window(() => handWritten(athlete), calls));
                engine = Math.Min(engine, Window(() => workflow.Evaluate(inputs), calls));
            }

            Console.WriteLine($"| {count:N0} | {hand:N1} ns | {engine:N1} ns | {engine / hand:F2} |");
        }

        return 0;
    }

    // Nanoseconds per call over one window of calls, after a few calls to warm the window up.
    private static double Window(Action call, int calls)
    {
        for (var i = 0; i < 10; i++)
        {
            call();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return watch.Elapsed.TotalNanoseconds / calls;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using Xunit.Abstractions;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// A hundred thousand seeded random and mutated expressions: each one compiles to a value (or an evaluation error)
/// or is refused with diagnostics. Nothing throws out of Compile or Evaluate, and nothing hangs.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Cases = 100_000;
    private const int Seed = 20_261_121;

    private static readonly Athlete[] Athletes =
    [
        Athlete.Sample,
        Athlete.Sparse,
        Athlete.Sample with { Equipment = [], History = [], WeeklyKm = [], Readiness = new Readiness(), Race = new Race(default, null!) },
        Athlete.Sample with { History = [new Entry { Exercise = "x", Sets = 0 }], Scores = new Dictionary<string, int> { ["bench"] = 0 } },
    ];

    [Fact]
    public void Random_and_mutated_expressions_compile_or_are_refused_and_never_throw_or_hang()
    {
        // Compiling is deterministic, so a text the generator repeats is compiled once; every case is still evaluated.
        var compiled = new ConcurrentDictionary<string, ExpressionCompileResult>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var outcomes = new int[3];
        var slowest = TimeSpan.Zero;
        var slowestText = string.Empty;
        var gate = new Lock();
        var clock = Stopwatch.StartNew();

        Parallel.For(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            // One seed per case: any failure is reproduced by its index, whatever the scheduling.
            var random = new Random(Seed + i);
            var text = new ExpressionFuzzer(random).Next();
            var started = Stopwatch.GetTimestamp();
            try
            {
                var outcome = Run(text, compiled.GetOrAdd(text, static t => ExpressionHarness.Compile(t)), Athletes[random.Next(Athletes.Length)]);
                Interlocked.Increment(ref outcomes[outcome]);
            }
            catch (Exception exception)
            {
                failures.Enqueue($"case {i}: {Show(text)}\n  {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > slowest)
            {
                lock (gate)
                {
                    if (elapsed > slowest)
                    {
                        (slowest, slowestText) = (elapsed, text);
                    }
                }
            }
        });

        output.WriteLine($"{Cases:N0} cases ({compiled.Count:N0} distinct) in {clock.Elapsed.TotalSeconds:F1}s: {outcomes[0]:N0} refused, {outcomes[1]:N0} values, {outcomes[2]:N0} evaluation errors");
        output.WriteLine($"slowest case {slowest.TotalMilliseconds:F0} ms: {Show(slowestText)}");

        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(10)));
        slowest.ShouldBeLessThan(TimeSpan.FromSeconds(5), Show(slowestText));

        // The generator must reach every outcome, or the test proves little.
        outcomes[0].ShouldBeGreaterThan(Cases / 10);
        outcomes[1].ShouldBeGreaterThan(Cases / 5);
        outcomes[2].ShouldBeGreaterThan(Cases / 100);
    }

    /// <summary>0: refused with diagnostics; 1: a value; 2: an evaluation error message.</summary>
    private static int Run(string text, ExpressionCompileResult compiled, Athlete athlete)
    {
        if (compiled.Expression is null)
        {
            compiled.Diagnostics.ShouldContain(d => d.IsError, text);
            return 0;
        }

        compiled.Diagnostics.ShouldNotContain(d => d.IsError, text);
        var value = compiled.Expression.Evaluate(athlete);
        if (value.Succeeded)
        {
            RuntimeSupportFormat(value.Value);
            return 1;
        }

        value.Error.ShouldNotBeNullOrWhiteSpace(text);
        return 2;
    }

    // A value must also be showable, as messages and traces show it.
    private static void RuntimeSupportFormat(object? value) => _ = new TraceEntry(new TraceSite("x", Text.Location.None), value).ToString();

    private static string Show(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

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

    [Fact]
    public void Random_expressions_in_every_place_of_a_rule_file_load_or_are_refused_and_evaluate_without_throwing()
    {
        const int FileCases = 1_000;
        var failures = new ConcurrentQueue<string>();
        var loaded = 0;
        Parallel.For(0, FileCases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(Seed - i);
            var fuzzer = new ExpressionFuzzer(random);

            // Mostly known-good expressions, so that most files load and their evaluation is exercised too.
            string Pick(string[] good) => random.Next(5) == 0 ? fuzzer.Next() : good[random.Next(good.Length)];
            string Next() => RuleFiles.Quote(Pick(GoodConditions));
            string NextValue() => RuleFiles.Quote(Pick(GoodValues));
            var json = $$"""
                {
                  "WorkflowName": "w",
                  "GlobalParams": [ { "Name": "g", "Expression": {{NextValue()}} } ],
                  "Rules": [
                    { "RuleName": "r", "Expression": {{Next()}},
                      "LocalParams": [ { "Name": "l", "Expression": {{NextValue()}} } ],
                      "ErrorMessage": {{RuleFiles.Quote("got $(" + Pick(GoodValues) + ") and $(l) and $(g)")}},
                      "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": {{NextValue()}} } } } },
                    { "RuleName": "p", "Operator": "OrElse", "LocalParams": [ { "Name": "m", "Expression": {{NextValue()}} } ],
                      "Rules": [ { "RuleName": "c", "Expression": {{Next()}} }, { "RuleName": "d", "Expression": "m == m" } ] }
                  ]
                }
                """;
            try
            {
                var result = RuleFiles.Load(json);
                if (result.RuleSet is null)
                {
                    result.Diagnostics.ShouldContain(d => d.IsError);
                    return;
                }

                Interlocked.Increment(ref loaded);
                var options = random.Next(2) == 0 ? EvaluationOptions.Traced : EvaluationOptions.Default;
                var evaluated = result.RuleSet.Evaluate("w", [new RuleInput("athlete", Athletes[random.Next(Athletes.Length)])], options);
                evaluated.Results.Count.ShouldBe(2);
                _ = evaluated.Results.SelectMany(r => r.Trace).Select(t => t.ToString()).ToList();

                // Every failure, of a rule, a child rule or an action, is an RS diagnostic placed in the file.
                var failures = evaluated.Results.Concat(evaluated.Results.SelectMany(r => r.ChildResults))
                    .SelectMany(r => new[] { r.ExceptionMessage, r.ActionResult?.ExceptionMessage })
                    .OfType<string>();
                failures.ShouldAllBe(message => PlacedFailure.IsMatch(message));
            }
            catch (Exception exception)
            {
                failures.Enqueue($"file case {i}:\n{json}\n  {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
            }
        });

        output.WriteLine($"{FileCases:N0} rule files, {loaded:N0} loaded");
        failures.ShouldBeEmpty(string.Join("\n\n", failures.Take(5)));
        loaded.ShouldBeGreaterThan(0);
    }

    private static readonly System.Text.RegularExpressions.Regex PlacedFailure = new(@"^rules\.json\(\d+,\d+\): error RS31\d\d: \S", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] GoodConditions =
    [
        "athlete.sessionMinutes > 30", "athlete.race.distance == \"marathon\"", "athlete.history.Any(reps >= 15)", "athlete.level >= \"intermediate\"",
        "athlete.readiness.soreness > 2 || athlete.injured", "athlete.history.Where(h => h.reps.Value > 1).Count() > 0", "\"bands\" in athlete.equipment",
        "athlete.scores[\"bench\"] > 1", "athlete.week.tuesday in (\"tempo\", \"long\")", "athlete.weeklyKm[2] / athlete.sessionMinutes > 0",
    ];

    private static readonly string[] GoodValues =
    [
        "athlete.sessionMinutes * 2", "athlete.race.distance", "athlete.level", "athlete.history.Where(h => h.sets > 1)", "athlete.readiness.sleepHours",
        "athlete.history.Select(h => h.exercise).First()", "athlete.goalLevel ?? \"beginner\"", "athlete.equipment", "athlete.history[2].reps", "null ?? athlete.name",
    ];

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

        // Every failure is an RS diagnostic placed in the expression, nothing else.
        var diagnostic = value.Diagnostic.ShouldNotBeNull(text);
        diagnostic.Code.ShouldStartWith("RS31", Case.Sensitive, text);
        diagnostic.Location.Path.ShouldBe("<expr>", text);
        value.Error.ShouldBe(diagnostic.ToString(), text);
        return 2;
    }

    // A value must also be showable, as messages and traces show it.
    private static void RuntimeSupportFormat(object? value) => _ = new TraceEntry(new TraceSite("x", Text.Location.None), value).ToString();

    private static string Show(string text) => text.Length > 300 ? text[..300] + "…" : text;
}

using BenchmarkDotNet.Attributes;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// Benchmark 2: 1,000 rules (34 variants of the 30 templates) against one athlete, beside the same 1,000 conditions as
/// an array of <c>Func&lt;AthleteProfile, bool&gt;</c> built from the same templates.
/// </summary>
[MemoryDiagnoser]
public class Evaluate1000RulesBenchmarks
{
    private const int RuleCount = 1_000;

    private AthleteProfile _athlete = null!;
    private object?[] _inputs = null!;
    private CompiledWorkflow _workflow = null!;
    private GeneratedPolicy _handWritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        _athlete = BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked);
        _inputs = [_athlete];
        _workflow = CoachingWorkflow.LoadOrThrow(RuleSetText.Source(RuleCount));
        _handWritten = GeneratedPolicy.Create(RuleCount);
        CoachingWorkflow.VerifyAgreement(_workflow, _handWritten.Evaluate);

        // What a workflow evaluated many times runs: its rules fused into a few compiled delegates (the tiering does
        // this on the thread pool after a few evaluations; done here so every measured call runs it).
        _workflow.FuseNow();
        CoachingWorkflow.VerifyAgreement(_workflow, _handWritten.Evaluate);
    }

    [Benchmark(Baseline = true, Description = "1,000 rules, C# Func<AthleteProfile,bool>[]")]
    public List<string> HandWritten() => _handWritten.Evaluate(_athlete);

    [Benchmark(Description = "1,000 rules, engine, Evaluate(object?[])")]
    public WorkflowResult Engine() => _workflow.Evaluate(_inputs);
}

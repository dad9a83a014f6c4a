using BenchmarkDotNet.Attributes;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Benchmarks;

/// <summary>Benchmark 1: the 30-rule coaching workflow against one typed athlete, beside the same conditions in C#.</summary>
[MemoryDiagnoser]
public class Evaluate30RulesBenchmarks
{
    private AthleteProfile _athlete = null!;
    private object?[] _inputs = null!;
    private RuleInput[] _namedInputs = null!;
    private CompiledWorkflow _workflow = null!;

    [GlobalSetup]
    public void Setup()
    {
        _athlete = BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked);
        _inputs = [_athlete];
        _namedInputs = [new RuleInput("athlete", _athlete)];
        _workflow = CoachingWorkflow.LoadOrThrow(RuleSetText.Source(30));
        CoachingWorkflow.VerifyAgreement(_workflow, HandWrittenPolicy.Evaluate);

        // What a workflow evaluated many times runs: its rules fused into a few compiled delegates (the tiering does
        // this on the thread pool after a few evaluations; done here so every measured call runs it).
        _workflow.FuseNow();
        CoachingWorkflow.VerifyAgreement(_workflow, HandWrittenPolicy.Evaluate);
    }

    [Benchmark(Baseline = true, Description = "30 rules, hand-written C#")]
    public List<string> HandWritten() => HandWrittenPolicy.Evaluate(_athlete);

    [Benchmark(Description = "30 rules, engine, Evaluate(object?[])")]
    public WorkflowResult Engine() => _workflow.Evaluate(_inputs);

    [Benchmark(Description = "30 rules, engine, Evaluate(RuleInput[])")]
    public WorkflowResult EngineByName() => _workflow.Evaluate(_namedInputs);
}

using BenchmarkDotNet.Attributes;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// Benchmark 3: <see cref="RuleSetLoader.Load"/> from in-memory text (read, schema check, parse, bind, emit, verify,
/// compile), and for 1,000 rules load plus the first evaluation (interpreted), and load plus fusing (IL-compiled).
/// The C# side of "compile" is the JIT of a method, done once by the runtime, so there is no baseline here.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private SourceText _source30 = null!;
    private SourceText _source1000 = null!;
    private object?[] _inputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source30 = RuleSetText.Source(30);
        _source1000 = RuleSetText.Source(1_000);
        _inputs = [BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked)];
    }

    [Benchmark(Description = "load 30 rules")]
    public CompiledRuleSet Load30() => Loaded(_source30);

    [Benchmark(Description = "load 1,000 rules")]
    public CompiledRuleSet Load1000() => Loaded(_source1000);

    [Benchmark(Description = "load 1,000 rules + first evaluation")]
    public WorkflowResult Load1000AndEvaluate() => Loaded(_source1000)[RuleSetText.WorkflowName].Evaluate(_inputs);

    /// <summary>
    /// What the thread pool spends once a workflow has been evaluated a few times: its rules fused and IL-compiled
    /// (see <c>FusedWorkflow</c>). Reported so the cost of the fast path is on the table, not hidden in the background.
    /// </summary>
    [Benchmark(Description = "load 1,000 rules + fuse and IL-compile them")]
    public CompiledWorkflow Load1000AndFuse()
    {
        var workflow = Loaded(_source1000)[RuleSetText.WorkflowName];
        workflow.FuseNow();
        return workflow;
    }

    private static CompiledRuleSet Loaded(SourceText source) =>
        CoachingWorkflow.Load(source).RuleSet ?? throw new InvalidOperationException($"{source.Path} did not load");
}

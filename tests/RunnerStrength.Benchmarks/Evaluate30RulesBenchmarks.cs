using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// Benchmark 1: the 30-rule coaching workflow against one typed athlete, in the engine, in Microsoft RulesEngine and as
/// hand-written C# that computes the per-rule results and nothing else.
/// </summary>
[MemoryDiagnoser]
public class Evaluate30RulesBenchmarks
{
    private const int RuleCount = HandWrittenPolicy.RuleCount;

    private AthleteProfile _athlete = null!;
    private object?[] _inputs = null!;
    private RuleInput[] _namedInputs = null!;
    private CompiledRuleSet _ruleSet = null!;
    private CompiledWorkflow _workflow = null!;
    private RulesEnginePolicy _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _athlete = BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked);
        _inputs = [_athlete];
        _namedInputs = [new RuleInput("athlete", _athlete)];
        _ruleSet = CoachingWorkflow.Load(RuleSetText.Source(RuleCount)).RuleSet!;
        _workflow = _ruleSet[RuleSetText.WorkflowName];
        _rulesEngine = RulesEnginePolicy.Create(RuleCount);
        CoachingWorkflow.VerifyAgreement(_workflow, HandWrittenPolicy.Evaluate, _rulesEngine);

        // What a workflow evaluated many times runs (the tiering does this on the thread pool after a few evaluations);
        // done here, as a host that knows it will evaluate many times does, so every measured call runs it.
        _ruleSet.CompileAll();
        CoachingWorkflow.VerifyAgreement(_workflow, HandWrittenPolicy.Evaluate, _rulesEngine);
    }

    [Benchmark(Baseline = true, Description = "30 rules, hand-written C# (bool[])")]
    public bool[] HandWritten() => HandWrittenPolicy.Evaluate(_athlete);

    [Benchmark(Description = "30 rules, engine, Evaluate(object?[])")]
    public WorkflowResult Engine() => _workflow.Evaluate(_inputs);

    [Benchmark(Description = "30 rules, engine, Evaluate(RuleInput[])")]
    public WorkflowResult EngineByName() => _workflow.Evaluate(_namedInputs);

    [Benchmark(Description = "30 rules, Microsoft RulesEngine 6.0.1")]
    public List<RuleResultTree> RulesEngine() => _rulesEngine.Execute(_athlete);

    /// <summary>What the results alone need at the least: an array of a reference per rule (the results being shared).</summary>
    [Benchmark(Description = "30 results alone (RuleResult[30])")]
    public RuleResult[] ResultsAlone() => new RuleResult[RuleCount];
}

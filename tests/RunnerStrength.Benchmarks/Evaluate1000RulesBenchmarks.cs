using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// Benchmark 2: 1,000 rules (34 variants of the 30 templates) against one athlete, in the engine, in Microsoft
/// RulesEngine and as an array of <c>Func&lt;AthleteProfile, bool&gt;</c> built from the same templates, run into a
/// <c>bool[]</c>.
/// </summary>
[MemoryDiagnoser]
public class Evaluate1000RulesBenchmarks
{
    private const int RuleCount = 1_000;

    private AthleteProfile _athlete = null!;
    private object?[] _inputs = null!;
    private CompiledRuleSet _ruleSet = null!;
    private CompiledWorkflow _workflow = null!;
    private GeneratedPolicy _handWritten = null!;
    private RulesEnginePolicy _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _athlete = BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked);
        _inputs = [_athlete];
        _ruleSet = CoachingWorkflow.Load(RuleSetText.Source(RuleCount)).RuleSet!;
        _workflow = _ruleSet[RuleSetText.WorkflowName];
        _handWritten = GeneratedPolicy.Create(RuleCount);
        _rulesEngine = RulesEnginePolicy.Create(RuleCount);
        CoachingWorkflow.VerifyAgreement(_workflow, _handWritten.Evaluate, _rulesEngine);

        // What a workflow evaluated many times runs (the tiering does this on the thread pool after a few evaluations);
        // done here, as a host that knows it will evaluate many times does, so every measured call runs it.
        _ruleSet.CompileAll();
        CoachingWorkflow.VerifyAgreement(_workflow, _handWritten.Evaluate, _rulesEngine);
    }

    [Benchmark(Baseline = true, Description = "1,000 rules, C# Func<AthleteProfile,bool>[] (bool[])")]
    public bool[] HandWritten() => _handWritten.Evaluate(_athlete);

    [Benchmark(Description = "1,000 rules, engine, Evaluate(object?[])")]
    public WorkflowResult Engine() => _workflow.Evaluate(_inputs);

    [Benchmark(Description = "1,000 rules, Microsoft RulesEngine 6.0.1")]
    public List<RuleResultTree> RulesEngine() => _rulesEngine.Execute(_athlete);

    /// <summary>What the results alone need at the least: an array of a reference per rule (the results being shared).</summary>
    [Benchmark(Description = "1,000 results alone (RuleResult[1000])")]
    public RuleResult[] ResultsAlone() => new RuleResult[RuleCount];
}

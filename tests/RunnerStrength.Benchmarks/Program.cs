using System.Globalization;
using RunnerStrength.Benchmarks;
using RunnerStrength.Benchmarks.Policy;

// Each mode lives in its own type so that --first-result does not load BenchmarkDotNet into the process it times.
return args switch
{
    ["--first-result"] => FirstResult.Run(),
    ["--first-result-rulesengine"] => FirstResult.RunRulesEngine(),
    ["--print-rules", var count] => PrintRules(RuleSetText.Workflow(int.Parse(count, CultureInfo.InvariantCulture))),
    ["--print-rulesengine-rules", var count] => PrintRules(RuleSetText.RulesEngineWorkflow(int.Parse(count, CultureInfo.InvariantCulture))),
    ["--verify"] => Verify(),
    ["--interleaved"] => InterleavedTiming.Run(),
    ["--serve-load", var url, var pid, .. var rest] => ServeLoad.Run(
        url,
        int.Parse(pid, CultureInfo.InvariantCulture),
        rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 20,
        rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 4),
    _ => BenchmarkSuite.Run(args),
};

static int PrintRules(string workflow)
{
    Console.WriteLine(workflow);
    return 0;
}

// The benchmarks check this in their setup too; this shows it without running them.
static int Verify()
{
    RuleSetText.VerifyFile30();
    CoachingWorkflow.VerifyAgreement(CoachingWorkflow.LoadOrThrow(RuleSetText.Source(30)), HandWrittenPolicy.Evaluate, RulesEnginePolicy.Create(30));
    CoachingWorkflow.VerifyAgreement(CoachingWorkflow.LoadOrThrow(RuleSetText.Source(1_000)), GeneratedPolicy.Create(1_000).Evaluate, RulesEnginePolicy.Create(1_000));
    return 0;
}

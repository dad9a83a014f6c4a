using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RunnerStrength.Benchmarks;
using RunnerStrength.Benchmarks.Policy;

if (args is ["--first-result"])
{
    return FirstResult.Run();
}

if (args is ["--print-rules", var count])
{
    Console.WriteLine(RuleSetText.Workflow(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

// In-process, so BenchmarkDotNet does not generate and build a project of its own: that build would write the
// engine's obj/ and bin/ folders outside the artifacts path the benchmarks were started with.
// Without --job, one bounded job runs: BenchmarkDotNet's defaults, capped so the whole suite takes a few minutes.
var inProcess = InProcessEmitToolchain.Instance;
IConfig config = DefaultConfig.Instance;
if (args.Contains("--job"))
{
    args = args.Contains("--inProcess") ? args : [.. args, "--inProcess"];
}
else
{
    config = config.AddJob(Job.Default.WithMaxWarmupCount(10).WithMaxIterationCount(30).WithToolchain(inProcess).WithId("Bounded"));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;

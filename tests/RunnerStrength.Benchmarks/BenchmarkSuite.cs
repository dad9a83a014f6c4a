using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RunnerStrength.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks of this assembly, picked with <c>--filter</c>.</summary>
internal static class BenchmarkSuite
{
    public static int Run(string[] args)
    {
        // In-process, so BenchmarkDotNet does not generate and build a project of its own: that build would write the
        // engine's obj/ and bin/ folders outside the artifacts path the benchmarks were started with.
        IConfig config = DefaultConfig.Instance;
        if (args.Contains("--job"))
        {
            args = args.Contains("--inProcess") ? args : [.. args, "--inProcess"];
        }
        else
        {
            // BenchmarkDotNet's default job, capped so the whole suite stays within a few minutes on two cores.
            config = config.AddJob(Job.Default
                .WithMaxWarmupCount(10)
                .WithMaxIterationCount(30)
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("Bounded"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkSuite).Assembly).Run(args, config);
        return 0;
    }
}

using BenchmarkDotNet.Attributes;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Benchmarks;

/// <summary>Benchmark 5: <c>ProgramDesigner.Design</c> with the shipped rules, loaded once, for one sample athlete and for all 18.</summary>
[MemoryDiagnoser]
public class DesignBenchmarks
{
    /// <summary>A fixed Monday, so every run designs the same plans.</summary>
    private static readonly DateOnly Start = BenchmarkAthletes.Start;

    private CoachingRules _rules = null!;
    private PlanRequest _one = null!;
    private PlanRequest[] _all = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = ShippedRules.LoadOrThrow();
        _one = Request(BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked));
        _all = [.. BenchmarkAthletes.All().Select(a => Request(a.Profile))];
        foreach (var request in _all)
        {
            var result = ProgramDesigner.Design(request, _rules, Start);
            if (result.Plan is null)
            {
                throw new InvalidOperationException($"no plan for {request.Athlete.Name}: {string.Join("; ", result.Diagnostics)}");
            }
        }
    }

    [Benchmark(Description = "design one plan (advanced-gym-marathon)")]
    public PlanResult DesignOne() => ProgramDesigner.Design(_one, _rules, Start);

    [Benchmark(Description = "design all 18 sample plans")]
    public int DesignAll()
    {
        var weeks = 0;
        foreach (var request in _all)
        {
            weeks += ProgramDesigner.Design(request, _rules, Start).Plan!.Weeks.Count;
        }

        return weeks;
    }

    private static PlanRequest Request(AthleteProfile athlete) => new() { Athlete = athlete, Start = Start };
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>Loads the generated workflows through the public loader, and proves they agree with the C# they are compared with.</summary>
public static class CoachingWorkflow
{
    public static readonly RuleSetOptions Options = new() { Inputs = [InputDeclaration.Of<AthleteProfile>("athlete")] };

    public static RuleSetLoadResult Load(SourceText source) => RuleSetLoader.Load([source], Options);

    public static CompiledWorkflow LoadOrThrow(SourceText source)
    {
        var result = Load(source);
        return result.RuleSet?[RuleSetText.WorkflowName]
            ?? throw new InvalidOperationException($"{source.Path} did not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
    }

    /// <summary>
    /// Throws unless, for every sample athlete, the workflow and <paramref name="handWritten"/> pass the same rules and
    /// no rule failed with an exception: a benchmark of two different policies would measure nothing.
    /// </summary>
    public static void VerifyAgreement(CompiledWorkflow workflow, Func<AthleteProfile, List<string>> handWritten)
    {
        var passedSomewhere = new HashSet<string>(StringComparer.Ordinal);
        var failedSomewhere = new HashSet<string>(StringComparer.Ordinal);
        var athletes = BenchmarkAthletes.All().ToList();
        foreach (var (name, athlete) in athletes)
        {
            var result = workflow.Evaluate([athlete]);
            if (result.Results.FirstOrDefault(r => r.ExceptionMessage is not null) is { } thrown)
            {
                throw new InvalidOperationException($"{name}: rule {thrown.RuleName} failed: {thrown.ExceptionMessage}");
            }

            var engine = result.Results.Where(r => r.IsSuccess).Select(r => r.RuleName).ToList();
            var csharp = handWritten(athlete);
            if (!engine.SequenceEqual(csharp))
            {
                throw new InvalidOperationException(
                    $"{name}: the engine and the C# disagree. Only the engine: {string.Join(", ", engine.Except(csharp))}. Only the C#: {string.Join(", ", csharp.Except(engine))}.");
            }

            passedSomewhere.UnionWith(engine);
            failedSomewhere.UnionWith(result.Results.Where(r => !r.IsSuccess).Select(r => r.RuleName));
        }

        Console.WriteLine($"// {workflow.Name}: engine and C# agree on {athletes.Count} athletes; " +
            $"{passedSomewhere.Count} of {workflow.Definition.Rules.Length} rules pass for some athlete, {failedSomewhere.Count} fail for some athlete.");
    }
}

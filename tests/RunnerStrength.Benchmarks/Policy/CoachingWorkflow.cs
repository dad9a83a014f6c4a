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
    /// Throws unless, for every sample athlete, the workflow, <paramref name="handWritten"/> and, when given,
    /// <paramref name="rulesEngine"/> give every rule the same result and no rule failed with an exception: a benchmark
    /// of different policies would measure nothing.
    /// </summary>
    public static void VerifyAgreement(CompiledWorkflow workflow, Func<AthleteProfile, bool[]> handWritten, RulesEnginePolicy? rulesEngine = null)
    {
        var athletes = BenchmarkAthletes.All().ToList();
        var disagreements = Disagreements(workflow, handWritten, rulesEngine, athletes);
        if (disagreements.Count > 0)
        {
            throw new InvalidOperationException(
                $"{disagreements.Count} disagreements; the first ones:{Environment.NewLine}{string.Join(Environment.NewLine, disagreements.Take(20))}");
        }

        var results = athletes.Select(a => handWritten(a.Profile)).ToList();
        var passSomewhere = Enumerable.Range(0, workflow.Definition.Rules.Length).Count(i => results.Any(r => r[i]));
        var failSomewhere = Enumerable.Range(0, workflow.Definition.Rules.Length).Count(i => results.Any(r => !r[i]));
        Console.WriteLine($"// {workflow.Name}, {workflow.Definition.Rules.Length} rules: the engine, the C#{(rulesEngine is null ? string.Empty : " and RulesEngine")} " +
            $"agree on every rule for {athletes.Count} athletes; {passSomewhere} rules pass for some athlete, {failSomewhere} fail for some athlete.");
    }

    /// <summary>
    /// Every rule whose result differs between the sides for one of <paramref name="athletes"/>, with the rule's name
    /// and each side's result; also any rule the engine or RulesEngine could not evaluate, and any difference in the
    /// number of results.
    /// </summary>
    public static IReadOnlyList<string> Disagreements(
        CompiledWorkflow workflow,
        Func<AthleteProfile, bool[]> handWritten,
        RulesEnginePolicy? rulesEngine,
        IEnumerable<(string Name, AthleteProfile Profile)> athletes)
    {
        var found = new List<string>();
        foreach (var (name, athlete) in athletes)
        {
            var engine = workflow.Evaluate([athlete]).Results;
            var csharp = handWritten(athlete);
            var reference = rulesEngine?.Execute(athlete);
            if (engine.Count != csharp.Length || (reference is not null && reference.Count != csharp.Length))
            {
                found.Add($"{name}: {engine.Count} results from the engine, {csharp.Length} from the C#, {reference?.Count} from RulesEngine");
                continue;
            }

            for (var i = 0; i < csharp.Length; i++)
            {
                var (template, variant) = RuleSetText.TemplateOf(i);
                var rule = template.RuleName(variant);
                var ours = engine[i];
                var theirs = reference?[i];
                if (ours.RuleName != rule || ours.ExceptionMessage is not null)
                {
                    found.Add($"{name}: engine result {i} is {ours.RuleName} ({ours.ExceptionMessage ?? "no exception"}), expected {rule}");
                }
                else if (theirs is not null && (theirs.Rule.RuleName != rule || !string.IsNullOrEmpty(theirs.ExceptionMessage)))
                {
                    found.Add($"{name}: RulesEngine result {i} is {theirs.Rule.RuleName} ({theirs.ExceptionMessage}), expected {rule}");
                }
                else if (ours.IsSuccess != csharp[i] || (theirs is not null && theirs.IsSuccess != csharp[i]))
                {
                    found.Add($"{name}: {rule}: engine {ours.IsSuccess}, C# {csharp[i]}{(theirs is null ? string.Empty : $", RulesEngine {theirs.IsSuccess}")}");
                }
            }
        }

        return found;
    }
}

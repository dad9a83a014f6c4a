using System.Collections.Immutable;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>A loaded, type-checked and compiled rule set: immutable, and safe to evaluate from many threads at once.</summary>
public sealed class CompiledRuleSet
{
    private readonly ImmutableDictionary<string, CompiledWorkflow> _byName;

    internal CompiledRuleSet(ImmutableArray<CompiledWorkflow> workflows)
    {
        Workflows = workflows;
        _byName = workflows.ToImmutableDictionary(w => w.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The workflows, in the order they were read.</summary>
    public ImmutableArray<CompiledWorkflow> Workflows { get; }

    /// <summary>The workflows' names.</summary>
    public IEnumerable<string> WorkflowNames => Workflows.Select(w => w.Name);

    /// <summary>Every rule, nested ones included, with the workflow that holds it.</summary>
    public IEnumerable<(string Workflow, RuleDefinition Rule)> AllRules =>
        Workflows.SelectMany(w => Flatten(w.Definition.Rules).Select(r => (w.Name, r)));

    /// <summary>The workflow named <paramref name="name"/> (case-insensitive).</summary>
    public CompiledWorkflow this[string name] =>
        _byName.TryGetValue(name, out var workflow) ? workflow : throw new KeyNotFoundException($"there is no workflow '{name}'");

    /// <summary>Finds a workflow by name (case-insensitive).</summary>
    public bool TryGetWorkflow(string name, out CompiledWorkflow workflow) => _byName.TryGetValue(name, out workflow!);

    /// <summary>Evaluates the workflow named <paramref name="workflowName"/> with inputs given by name.</summary>
    public WorkflowResult Evaluate(string workflowName, params RuleInput[] inputs) => this[workflowName].Evaluate(inputs);

    /// <summary>Evaluates the workflow named <paramref name="workflowName"/> with inputs given by name, and options such as a trace.</summary>
    public WorkflowResult Evaluate(string workflowName, IEnumerable<RuleInput> inputs, EvaluationOptions options) => this[workflowName].Evaluate(inputs, options);

    /// <summary>
    /// Compiles every workflow to its fastest form now, on the calling thread, instead of after each workflow's first
    /// few evaluations on the thread pool: its rules fused, and the lambdas inside them, global params, messages,
    /// actions and child rules IL-compiled. For hosts that know they will evaluate many times (a batch run, a server
    /// starting up); results are the same either way.
    /// </summary>
    public void CompileAll()
    {
        foreach (var workflow in Workflows)
        {
            workflow.CompileAll();
        }
    }

    private static IEnumerable<RuleDefinition> Flatten(IEnumerable<RuleDefinition> rules) =>
        rules.SelectMany(r => Flatten(r.Rules).Prepend(r));
}

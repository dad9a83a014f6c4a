using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>A workflow the designer evaluates, with its top-level rules by name: built once per rule set, shared by every design.</summary>
internal sealed class DesignerWorkflow
{
    private readonly Dictionary<string, DesignerRule> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<WorkflowReads> _reads;

    public DesignerWorkflow(CompiledWorkflow compiled, Func<RuleDefinition, RuleDecision> decisionOf, ExpressionLimits limits)
    {
        Compiled = compiled;
        _reads = new(() => WorkflowReads.Of(compiled.Definition, compiled.Inputs, limits));
        foreach (var rule in compiled.Definition.Rules)
        {
            _rules.TryAdd(rule.Name, new DesignerRule(compiled.Name, rule, decisionOf(rule)));
        }
    }

    public CompiledWorkflow Compiled { get; }

    public string Name => Compiled.Name;

    /// <summary>What the workflow's rules read of each input (found the first time a design asks).</summary>
    public WorkflowReads Reads => _reads.Value;

    public bool TryGetRule(string name, out DesignerRule rule) => _rules.TryGetValue(name, out rule!);
}

/// <summary>A rule of a designer workflow with its decision read, and the name the plan and the coverage report use.</summary>
internal sealed class DesignerRule(string workflow, RuleDefinition definition, RuleDecision decision)
{
    private string? _source;

    public RuleDefinition Definition { get; } = definition;

    public RuleDecision Decision { get; } = decision;

    /// <summary>"Workflow/RuleName".</summary>
    public string Name { get; } = $"{workflow}/{definition.Name}";

    /// <summary>Where the rule's name is written, as a plan reason shows it (computed once; every design asks again).</summary>
    public string Source => _source ??= Definition.NameLocation.ToString();
}

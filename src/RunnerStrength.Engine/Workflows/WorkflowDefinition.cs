using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>One workflow read from a rule file (RulesEngine's workflow format plus our documented extensions).</summary>
public sealed record WorkflowDefinition
{
    /// <summary><c>WorkflowName</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the workflow's name is written.</summary>
    public required Location NameLocation { get; init; }

    /// <summary>Where the workflow object starts.</summary>
    public required Location Location { get; init; }

    /// <summary><c>Description</c> (our extension).</summary>
    public string? Description { get; init; }

    /// <summary><c>HitPolicy</c> (our extension): evaluate every rule, or stop at the first success.</summary>
    public HitPolicy HitPolicy { get; init; } = HitPolicy.All;

    /// <summary><c>GlobalParams</c>: evaluated once per evaluation, visible to every rule.</summary>
    public ImmutableArray<ParamDefinition> GlobalParams { get; init; } = [];

    /// <summary><c>Rules</c>, in file order.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; init; } = [];

    /// <summary><c>WorkflowsToInject</c>: workflows whose rules are evaluated after this workflow's own, with its inputs and params (as in RulesEngine).</summary>
    public ImmutableArray<WorkflowReference> WorkflowsToInject { get; init; } = [];
}

using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Coaching.Planning;

/// <summary>A coaching rule that succeeded, with its decision and what its OutputExpression gave.</summary>
internal sealed record FiredRule(DesignerRule Rule, RuleResult Result)
{
    /// <summary>The rule's decision.</summary>
    public RuleDecision Decision => Rule.Decision;

    /// <summary>True when the rule's SuccessEvent excludes the candidate.</summary>
    public bool Forbids => string.Equals(Result.SuccessEvent, CoachingWorkflows.ForbidEvent, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Workflow/RuleName", the name the plan and the coverage report use.</summary>
    public string Name => Rule.Name;

    /// <summary>The rule's note, taking "$output" from its action.</summary>
    public string? Note => Decision.FromOutput.Contains("note") ? Result.ActionResult?.Output?.ToString() : Decision.Note;

    /// <summary>A text decision that may come from the action's output (numbers in invariant culture).</summary>
    public string? TextFromOutput(string property, string? value) =>
        Decision.FromOutput.Contains(property)
            ? Result.ActionResult?.Output is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : Result.ActionResult?.Output?.ToString()
            : value;

    /// <summary>An int decision that may come from the action's output.</summary>
    public int? IntFromOutput(string property, int? value) =>
        Decision.FromOutput.Contains(property) ? Result.ActionResult?.Output switch
        {
            int i => i,
            long l => (int)l,
            double d => (int)Math.Round(d),
            decimal m => (int)Math.Round(m),
            _ => null,
        } : value;

    /// <summary>Why, for the plan: the rule, what it says, and where it is written.</summary>
    public PlanReason Reason(string? message = null) => new()
    {
        Rule = Name,
        Message = message ?? Note ?? Rule.Definition.Description ?? Rule.Definition.Name,
        Source = Rule.Source,
    };
}

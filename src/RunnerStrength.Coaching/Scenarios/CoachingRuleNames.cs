using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>The names scenarios and coverage reports use for a rule set's rules: "Workflow/Rule", the designer's workflows only.</summary>
internal static class CoachingRuleNames
{
    public static ImmutableSortedSet<string> Of(CoachingRules rules) =>
        CoachingWorkflows.Inputs.Keys
            .Where(workflow => rules.RuleSet.TryGetWorkflow(workflow, out _))
            .SelectMany(workflow => rules.RuleSet[workflow].Definition.Rules.Select(rule => $"{workflow}/{rule.Name}"))
            .ToImmutableSortedSet(StringComparer.Ordinal);
}

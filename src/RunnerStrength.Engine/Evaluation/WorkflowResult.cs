namespace RunnerStrength.Engine.Evaluation;

/// <summary>The outcome of evaluating one workflow: a result per evaluated rule, in file order.</summary>
public sealed class WorkflowResult
{
    internal WorkflowResult(string workflowName, IReadOnlyList<RuleResult> results)
    {
        WorkflowName = workflowName;
        Results = results;
    }

    /// <summary>The workflow's name.</summary>
    public string WorkflowName { get; }

    /// <summary>The results of the rules that were evaluated (disabled rules, and rules after the first success under HitPolicy First, are not).</summary>
    public IReadOnlyList<RuleResult> Results { get; }

    /// <summary>The rules that succeeded.</summary>
    public IEnumerable<RuleResult> Successes => Results.Where(r => r.IsSuccess);

    /// <summary>True when any rule succeeded.</summary>
    public bool AnySucceeded
    {
        get
        {
            foreach (var result in Results)
            {
                if (result.IsSuccess)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The result of the rule named <paramref name="ruleName"/> (case-insensitive), if it was evaluated.</summary>
    public RuleResult? Find(string ruleName)
    {
        foreach (var result in Results)
        {
            if (string.Equals(result.RuleName, ruleName, StringComparison.OrdinalIgnoreCase))
            {
                return result;
            }
        }

        return null;
    }
}

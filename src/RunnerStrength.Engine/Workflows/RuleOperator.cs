namespace RunnerStrength.Engine.Workflows;

/// <summary>How a rule with child <c>Rules</c> combines their results.</summary>
public enum RuleOperator
{
    /// <summary>All children must succeed (every child is evaluated).</summary>
    And,

    /// <summary>All children must succeed (stops at the first failure).</summary>
    AndAlso,

    /// <summary>Any child may succeed (every child is evaluated).</summary>
    Or,

    /// <summary>Any child may succeed (stops at the first success).</summary>
    OrElse,
}

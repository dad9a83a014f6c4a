namespace RunnerStrength.Engine.Workflows;

/// <summary>Which rules of a workflow are evaluated.</summary>
public enum HitPolicy
{
    /// <summary>Every enabled rule, as RulesEngine does.</summary>
    All,

    /// <summary>Rules in order until the first one that succeeds.</summary>
    First,
}

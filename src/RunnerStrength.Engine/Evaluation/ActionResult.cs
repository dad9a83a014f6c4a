namespace RunnerStrength.Engine.Evaluation;

/// <summary>What a rule's action produced: an output value, the result of the rule it evaluated, or why it failed.</summary>
public sealed record ActionResult(object? Output, string? ExceptionMessage, RuleResult? EvaluatedRule);

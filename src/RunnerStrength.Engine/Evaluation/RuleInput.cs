namespace RunnerStrength.Engine.Evaluation;

/// <summary>A named input value for one evaluation (RulesEngine calls this a RuleParameter).</summary>
public readonly record struct RuleInput(string Name, object? Value);

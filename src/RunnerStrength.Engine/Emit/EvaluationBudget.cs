using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Emit;

/// <summary>The limits one rule's evaluation runs under: lambda calls and list items touched, and bytes of text and lists built.</summary>
internal readonly record struct EvaluationBudget(int MaxSteps, long MaxBytes)
{
    /// <summary>The defaults of <see cref="RuleSetOptions"/>.</summary>
    public static EvaluationBudget Default { get; } = From(new RuleSetOptions());

    /// <summary>The budget <paramref name="options"/> sets.</summary>
    public static EvaluationBudget From(RuleSetOptions options) => new(options.MaxEvaluationSteps, options.MaxEvaluationBytes);
}

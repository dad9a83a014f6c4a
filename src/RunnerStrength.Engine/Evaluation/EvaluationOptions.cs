namespace RunnerStrength.Engine.Evaluation;

/// <summary>Per-call choices for an evaluation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Record, per rule, the values of the sub-expressions that decided it ("why did this not fire").</summary>
    public bool Trace { get; init; }

    /// <summary>No trace.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>With a trace.</summary>
    public static EvaluationOptions Traced { get; } = new() { Trace = true };
}

namespace RunnerStrength.Engine.Evaluation;

/// <summary>Per-call choices for an evaluation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Record, per rule, the values of the sub-expressions that decided it ("why did this not fire").</summary>
    public bool Trace { get; init; }

    /// <summary>
    /// Evaluate every enabled rule, even past the first success of a <c>HitPolicy: First</c> workflow: for analysis
    /// (which later rules would have fired too), never for deciding. Results are in file order as always.
    /// </summary>
    public bool EveryRule { get; init; }

    /// <summary>No trace.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>With a trace.</summary>
    public static EvaluationOptions Traced { get; } = new() { Trace = true };
}

using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Plans;

/// <summary>How an exercise's prescription moves: what changed this week, why, and the runner's cue for the next step.</summary>
public sealed record PlannedProgression
{
    /// <summary>What changed since the exercise was last prescribed (or from the athlete's log): one variable; null the first time.</summary>
    public ProgressionAction? Change { get; init; }

    /// <summary>What the change follows from, such as <c>3 × 10 for 2 weeks</c> or <c>logged 3 × 15 at RPE 6 on 2026-11-28</c>; null when nothing changed.</summary>
    public string? Because { get; init; }

    /// <summary>The next step the plan takes, or null when none is planned (the taper holds).</summary>
    public ProgressionAction? Next { get; init; }

    /// <summary>The runner's cue: when to take the next step, in words.</summary>
    public string? Cue { get; init; }
}

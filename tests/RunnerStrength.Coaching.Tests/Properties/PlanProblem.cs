namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>One broken invariant in one plan: which invariant, and a message naming the athlete, the week, the day, what was expected and what was found.</summary>
internal sealed record PlanProblem(PlanInvariant Invariant, string Message)
{
    public override string ToString() => $"[{Invariant}] {Message}";
}

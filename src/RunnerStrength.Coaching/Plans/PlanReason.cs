namespace RunnerStrength.Coaching.Plans;

/// <summary>A rule that shaped a session, with its message and where the rule is written.</summary>
public sealed record PlanReason
{
    /// <summary>The rule's name as workflow/rule, such as <c>placement/NoHeavyBeforeQuality</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>The rule's explanation, in the coach's words.</summary>
    public required string Message { get; init; }

    /// <summary>Where the rule is written, as <c>file(line,column)</c>.</summary>
    public required string Source { get; init; }
}

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// Where in the plan a workflow is evaluated ("week 3 (2026-12-07) tuesday goblet-squat"), for the message of a rule
/// that fails. Only a failure needs the text, so the last part is kept apart and joined then.
/// </summary>
internal readonly record struct RuleContext(string Text, string? Detail = null)
{
    /// <summary>This context with <paramref name="detail"/> after it.</summary>
    public RuleContext With(string detail) => new(ToString(), detail);

    public override string ToString() => Detail is null ? Text : $"{Text} {Detail}";
}

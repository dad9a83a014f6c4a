namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>An inclusive range of reps or seconds, such as 8–12 reps or 30–45 s.</summary>
public sealed record DoseRange(int Min, int Max);

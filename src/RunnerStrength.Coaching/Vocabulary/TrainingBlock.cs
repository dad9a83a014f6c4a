namespace RunnerStrength.Coaching.Vocabulary;

/// <summary>The training block loading weeks are counted in: a run of one phase, base and build counting as one.</summary>
public static class TrainingBlock
{
    /// <summary>True when a week of <paramref name="phase"/> continues the block of a week of <paramref name="earlier"/> just before it.</summary>
    public static bool Continues(TrainingPhase? earlier, TrainingPhase phase) =>
        earlier == phase || (earlier is TrainingPhase.Base or TrainingPhase.Build && phase is TrainingPhase.Base or TrainingPhase.Build);
}

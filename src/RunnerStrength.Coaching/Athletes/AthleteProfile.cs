using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>
/// A runner as <c>schemas/athlete.schema.json</c> describes them. Rule expressions read these properties by their
/// JSON names (<c>athlete.week.tuesday</c>, <c>athlete.readiness == null</c>), so the names must match the file.
/// </summary>
public sealed record AthleteProfile
{
    /// <summary>The athlete's name as plans show it.</summary>
    public required string Name { get; init; }

    /// <summary>Strength-training experience.</summary>
    public required AthleteLevel Level { get; init; }

    /// <summary>The usual running week.</summary>
    public required RunningWeek Week { get; init; }

    /// <summary>The goal race, or null when none is planned.</summary>
    public RaceInfo? Race { get; init; }

    /// <summary>The equipment available, as words of the equipment vocabulary; empty means bodyweight only.</summary>
    public IReadOnlyList<string> Equipment { get; init; } = [];

    /// <summary>The longest strength session the athlete can do, in minutes.</summary>
    public required int SessionMinutes { get; init; }

    /// <summary>How many strength sessions a week the athlete wants, or null to let the plan decide.</summary>
    public int? StrengthDays { get; init; }

    /// <summary>Current or recurring injuries, as injury tags such as <c>knee</c>.</summary>
    public IReadOnlyList<string> Injuries { get; init; } = [];

    /// <summary>How recovered the athlete is this week, or null when not reported.</summary>
    public Readiness? Readiness { get; init; }

    /// <summary>Recent strength sets, oldest or newest first as the file has them.</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];
}

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
    public IReadOnlyList<string> Equipment { get => _equipment; init => _equipment = value ?? []; }

    /// <summary>The longest strength session the athlete can do, in minutes.</summary>
    public required int SessionMinutes { get; init; }

    /// <summary>How many strength sessions a week the athlete wants, or null to let the plan decide.</summary>
    public int? StrengthDays { get; init; }

    /// <summary>Current or recurring injuries, as injury tags such as <c>knee</c>.</summary>
    public IReadOnlyList<string> Injuries { get => _injuries; init => _injuries = value ?? []; }

    /// <summary>How recovered the athlete is this week, or null when not reported.</summary>
    public Readiness? Readiness { get; init; }

    /// <summary>Recent strength sets, oldest or newest first as the file has them.</summary>
    public IReadOnlyList<HistoryEntry> History { get => _history; init => _history = value ?? []; }

    // Missing from a file means empty. The JSON reader's generated code passes null for a missing property to its
    // init accessor (it does not keep the initializer's value), so the accessors turn null into empty.
    private readonly IReadOnlyList<string> _equipment = [];

    private readonly IReadOnlyList<string> _injuries = [];

    private readonly IReadOnlyList<HistoryEntry> _history = [];
}

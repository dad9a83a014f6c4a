using System.Text.Json.Serialization;
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

    /// <summary>
    /// A stable id that tells this athlete apart from others of the same name, such as a club membership number; null
    /// when not given. Calendar event UIDs come from it (from the name without it), so they never change with the plan.
    /// </summary>
    public string? Id { get; init; }

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

    /// <summary>
    /// Every injury, current, recurring or recovering, as injury tags such as <c>knee</c>, in the order the file lists
    /// them; <see cref="Recovering"/> says which are recovering.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> Injuries { get => _injuries; init => _injuries = value ?? []; }

    /// <summary>The tags of <see cref="Injuries"/> marked recovering rather than current; empty when none is.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Recovering { get => _recovering; init => _recovering = value ?? []; }

    /// <summary>
    /// How recovered the athlete is: the latest reading, or null when none is reported. Setting it replaces
    /// <see cref="ReadinessReadings"/> with this one reading.
    /// </summary>
    [JsonIgnore]
    public Readiness? Readiness
    {
        get => _readiness;
        init => (_readiness, _readinessReadings) = (value, null);
    }

    /// <summary>
    /// Every readiness reading, oldest first (an undated one before dated ones); a single reading is a list of one.
    /// <see cref="Readiness"/> is the last of them. Setting it orders the readings by date.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<Readiness> ReadinessReadings
    {
        get => _readinessReadings ?? (_readiness is null ? [] : [_readiness]);
        init => (_readiness, _readinessReadings) = Ordered(value);
    }

    /// <summary>
    /// This athlete for a plan that starts on <paramref name="start"/>: a race given in weeks from the start
    /// (<see cref="RaceInfo.InWeeks"/>) gets its date; anything else is as it was.
    /// </summary>
    public AthleteProfile DatedFrom(DateOnly start) =>
        Race is { InWeeks: not null } race ? this with { Race = race.DatedFrom(start) } : this;

    /// <summary>The athlete's body weight in kilograms, for strength benchmarks such as a back squat of about 1.5 times it; null when not given.</summary>
    public double? BodyWeightKg { get; init; }

    /// <summary>Recent strength sets, oldest or newest first as the file has them.</summary>
    public IReadOnlyList<HistoryEntry> History { get => _history; init => _history = value ?? []; }

    // The file's "injuries": tags, and objects for those with a status. Internal, so rules and the public API see the two
    // lists above; the JSON reader sets it like any other property, null when the file has none.
    [JsonInclude]
    [JsonPropertyName("injuries")]
    internal IReadOnlyList<InjuryMention>? InjuryMentions
    {
        get => [.. _injuries.Select(tag => new InjuryMention { Tag = tag, Status = _recovering.Contains(tag) ? InjuryStatus.Recovering : InjuryStatus.Current })];
        init => (_injuries, _recovering) = Split(value ?? []);
    }

    // The file's "readiness": one reading as an object, or an array of dated readings; null when the file has none.
    [JsonInclude]
    [JsonPropertyName("readiness")]
    [JsonConverter(typeof(ReadinessReadingsConverter))]
    internal IReadOnlyList<Readiness>? ReadinessJson
    {
        get => _readiness is null ? null : ReadinessReadings;
        init => (_readiness, _readinessReadings) = Ordered(value);
    }

    // Missing from a file means empty. The JSON reader's generated code passes null for a missing property to its
    // init accessor (it does not keep the initializer's value), so the accessors turn null into empty.
    private readonly IReadOnlyList<string> _equipment = [];

    private readonly IReadOnlyList<string> _injuries = [];

    private readonly IReadOnlyList<string> _recovering = [];

    private readonly IReadOnlyList<HistoryEntry> _history = [];

    private readonly Readiness? _readiness;

    // Null while there is at most one reading (_readiness is then all there is), so two profiles given the same single
    // reading stay equal, as they were before readings could be listed.
    private readonly IReadOnlyList<Readiness>? _readinessReadings;

    private static (IReadOnlyList<string> All, IReadOnlyList<string> Recovering) Split(IReadOnlyList<InjuryMention> mentions)
    {
        IReadOnlyList<string> recovering = [.. mentions.Where(m => m.Status == InjuryStatus.Recovering).Select(m => m.Tag)];
        return ([.. mentions.Select(m => m.Tag)], recovering.Count == 0 ? [] : recovering);
    }

    private static (Readiness? Latest, IReadOnlyList<Readiness>? All) Ordered(IReadOnlyList<Readiness>? readings)
    {
        if (readings is null or [])
        {
            return (null, null);
        }

        if (readings is [var single])
        {
            return (single, null);
        }

        // A stable sort: readings of one day (which the reader refuses) keep the order they were given in.
        Readiness[] ordered = [.. readings.OrderBy(r => r.Date ?? DateOnly.MinValue)];
        return (ordered[^1], ordered);
    }
}

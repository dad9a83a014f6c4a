using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>
/// What a coaching rule decides when it fires, read once at load from its <c>Properties</c>. Which properties a
/// workflow's rules may set is listed in <see cref="RuleDecisionReader"/>; a value written <c>"$output"</c> takes the
/// value of the rule's OutputExpression action.
/// </summary>
public sealed record RuleDecision
{
    /// <summary>Phase: the week's phase.</summary>
    public TrainingPhase? Phase { get; init; }

    /// <summary>Volume: sessions this week.</summary>
    public int? Sessions { get; init; }

    /// <summary>Volume: the sessions' intensities, hardest first as planned.</summary>
    public ImmutableArray<SessionIntensity> Intensities { get; init; } = [];

    /// <summary>Volume: minutes per session by intensity.</summary>
    public ImmutableDictionary<SessionIntensity, int> Minutes { get; init; } = ImmutableDictionary<SessionIntensity, int>.Empty;

    /// <summary>A note for the plan.</summary>
    public string? Note { get; init; }

    /// <summary>Adjustments: the most sessions this week.</summary>
    public int? MaxSessions { get; init; }

    /// <summary>Adjustments: the longest session this week, in minutes.</summary>
    public int? MaxMinutes { get; init; }

    /// <summary>Adjustments: the hardest session this week; harder ones become this.</summary>
    public SessionIntensity? MaxIntensity { get; init; }

    /// <summary>Adjustments: make this week's sessions one step lighter.</summary>
    public bool Lighter { get; init; }

    /// <summary>Placement and ExerciseChoice: points added to a candidate.</summary>
    public int Score { get; init; }

    /// <summary>Budget: the week's hard sets per movement pattern, the most sets first (the order the designer spreads them in).</summary>
    public ImmutableArray<PatternSetCount> PatternSets { get; init; } = [];

    /// <summary>Budget: the fewest sets one exercise takes of its pattern's budget.</summary>
    public int? MinPerExercise { get; init; }

    /// <summary>Budget: the most sets one exercise takes of its pattern's budget.</summary>
    public int? MaxPerExercise { get; init; }

    /// <summary>Placement: lift before or after the day's run.</summary>
    public SessionOrder? Order { get; init; }

    /// <summary>SessionPlan: the session's kind in plain words for the runner.</summary>
    public string? Title { get; init; }

    /// <summary>SessionPlan: the session's kind.</summary>
    public string? Kind { get; init; }

    /// <summary>SessionPlan: the slots to fill; SessionExtras: slots to add.</summary>
    public ImmutableArray<SlotFacts> Slots { get; init; } = [];

    /// <summary>SessionPlan: warm-up drills (catalog ids).</summary>
    public ImmutableArray<string> Warmup { get; init; } = [];

    /// <summary>SessionPlan: seconds per warm-up drill.</summary>
    public int? WarmupSeconds { get; init; }

    /// <summary>SessionExtras: plyometrics at the start of the session.</summary>
    public PlyometricsDecision? Plyometrics { get; init; }

    /// <summary>Dose: sets.</summary>
    public int? Sets { get; init; }

    /// <summary>Dose: reps per set.</summary>
    public DoseRange? Reps { get; init; }

    /// <summary>Dose: seconds per hold.</summary>
    public DoseRange? Seconds { get; init; }

    /// <summary>Dose: rest between sets.</summary>
    public int? RestSeconds { get; init; }

    /// <summary>Dose and Progression: tempo such as 3-0-1.</summary>
    public string? Tempo { get; init; }

    /// <summary>Dose: the load in words.</summary>
    public string? Load { get; init; }

    /// <summary>Dose and Deload: sets added (negative removes).</summary>
    public int? SetsDelta { get; init; }

    /// <summary>Dose: start again from the catalog's dose.</summary>
    public bool UseCatalogDose { get; init; }

    /// <summary>Progression and WeeklyProgression: what to change.</summary>
    public ProgressionAction? Action { get; init; }

    /// <summary>Progression and WeeklyProgression: reps added in one step (action <c>reps</c>).</summary>
    public int? RepsStep { get; init; }

    /// <summary>Progression and WeeklyProgression: the most reps steps may reach (at least the Dose rules' range's top).</summary>
    public int? RepsUpTo { get; init; }

    /// <summary>Progression and WeeklyProgression: seconds added to a hold in one step (action <c>seconds</c>).</summary>
    public int? SecondsStep { get; init; }

    /// <summary>Progression and WeeklyProgression: the longest hold steps may reach.</summary>
    public int? SecondsUpTo { get; init; }

    /// <summary>Progression and WeeklyProgression: kilograms added per implement in one load step, where the load is known.</summary>
    public double? LoadStepKg { get; init; }

    /// <summary>WeeklyProgression: the line has nothing left to progress; once held two weeks, ExerciseChoice sees <c>exercise.plateaued</c>.</summary>
    public bool Plateau { get; init; }

    /// <summary>WeeklyProgression: the runner's cue for the step the rule would take next, with <c>{dose}</c> and <c>{next}</c> filled in.</summary>
    public string? Cue { get; init; }

    /// <summary>Retest: the test's name.</summary>
    public string? Test { get; init; }

    /// <summary>Retest: how to do the test and what to write down.</summary>
    public string? How { get; init; }

    /// <summary>Retest: what to aim for (may be <c>"$output"</c>, to compute it from the profile).</summary>
    public string? Target { get; init; }

    /// <summary>Timing: seconds one rep takes.</summary>
    public int? SecondsPerRep { get; init; }

    /// <summary>Timing: seconds one hard set takes with its share of rest, for spreading the week's sets over sessions.</summary>
    public int? SetSeconds { get; init; }

    /// <summary>Timing: seconds to set up each exercise.</summary>
    public int? SetupSeconds { get; init; }

    /// <summary>The properties whose value comes from the rule's OutputExpression.</summary>
    public ImmutableHashSet<string> FromOutput { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A movement pattern's hard sets a week, as a Budget rule gives them.</summary>
public sealed record PatternSetCount(MovementPattern Pattern, int Sets);

/// <summary>Plyometrics added to a session.</summary>
public sealed record PlyometricsDecision(int Minutes, string Impact);

/// <summary>How an exercise progresses: one variable at a time.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressionAction>))]
public enum ProgressionAction
{
    /// <summary>Move to a harder variation.</summary>
    [JsonStringEnumMemberName("harder")] Harder,

    /// <summary>Add load.</summary>
    [JsonStringEnumMemberName("load")] Load,

    /// <summary>Slow the lowering (tempo).</summary>
    [JsonStringEnumMemberName("tempo")] Tempo,

    /// <summary>Keep everything as it is.</summary>
    [JsonStringEnumMemberName("hold")] Hold,

    /// <summary>Move to an easier variation.</summary>
    [JsonStringEnumMemberName("easier")] Easier,

    /// <summary>More reps a set, up to the rule's <c>repsUpTo</c>.</summary>
    [JsonStringEnumMemberName("reps")] Reps,

    /// <summary>A longer hold, up to the rule's <c>secondsUpTo</c>.</summary>
    [JsonStringEnumMemberName("seconds")] Seconds,

    /// <summary>Less load (the rule's <c>loadStepKg</c> off), the same exercise and reps: a step back.</summary>
    [JsonStringEnumMemberName("lighter")] Lighter,
}

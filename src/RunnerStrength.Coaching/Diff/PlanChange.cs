using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Diff;

/// <summary>What kind of change one difference between two plans of the same athlete is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanChangeKind>))]
public enum PlanChangeKind
{
    /// <summary>One side has a plan and the other has none (the designer stopped with an error).</summary>
    [JsonStringEnumMemberName("plan")] Plan,

    /// <summary>The plan got a week longer.</summary>
    [JsonStringEnumMemberName("week-added")] WeekAdded,

    /// <summary>The plan got a week shorter.</summary>
    [JsonStringEnumMemberName("week-dropped")] WeekDropped,

    /// <summary>A week's phase changed (base, build, race-specific, taper).</summary>
    [JsonStringEnumMemberName("phase")] Phase,

    /// <summary>A week became a deload week, or stopped being one.</summary>
    [JsonStringEnumMemberName("deload")] Deload,

    /// <summary>A week got a session it did not have.</summary>
    [JsonStringEnumMemberName("session-added")] SessionAdded,

    /// <summary>A week lost a session.</summary>
    [JsonStringEnumMemberName("session-dropped")] SessionDropped,

    /// <summary>A session moved to another day, or to the other side of the day's run.</summary>
    [JsonStringEnumMemberName("session-moved")] SessionMoved,

    /// <summary>A session's kind, title, intensity or minutes changed.</summary>
    [JsonStringEnumMemberName("session-changed")] SessionChanged,

    /// <summary>A slot (A1, B2...) holds another exercise.</summary>
    [JsonStringEnumMemberName("exercise-swapped")] ExerciseSwapped,

    /// <summary>A session got an exercise in a slot it did not have.</summary>
    [JsonStringEnumMemberName("exercise-added")] ExerciseAdded,

    /// <summary>A session lost the exercise of a slot.</summary>
    [JsonStringEnumMemberName("exercise-dropped")] ExerciseDropped,

    /// <summary>The same exercise with other sets, reps or seconds, rest, tempo or load.</summary>
    [JsonStringEnumMemberName("dose")] Dose,
}

/// <summary>
/// One difference between the plan made with one rule set (before) and with another (after), for the same athlete:
/// where it is (week, session rank, slot), what it was and is, and the rules that decided it on each side.
/// </summary>
public sealed record PlanChange
{
    /// <summary>What changed.</summary>
    public required PlanChangeKind Kind { get; init; }

    /// <summary>The plan week (1 = first).</summary>
    public required int Week { get; init; }

    /// <summary>The session's rank in its week (1 = hardest), the identity a calendar's UIDs use; null for a week's change.</summary>
    public int? Session { get; init; }

    /// <summary>The exercise's slot (A1, B2...), or null.</summary>
    public string? Slot { get; init; }

    /// <summary>What it was, in the plan's words; null for something added.</summary>
    public string? Before { get; init; }

    /// <summary>What it is, in the plan's words; null for something dropped.</summary>
    public string? After { get; init; }

    /// <summary>The rules behind it in the plan before (rule, message, file and line).</summary>
    public IReadOnlyList<PlanReason> RulesBefore { get; init; } = [];

    /// <summary>The rules behind it in the plan after.</summary>
    public IReadOnlyList<PlanReason> RulesAfter { get; init; } = [];
}

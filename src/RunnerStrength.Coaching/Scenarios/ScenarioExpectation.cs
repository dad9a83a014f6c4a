using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// Facts one week of a plan must show, or every week when <see cref="Week"/> is null: one item of a scenario's
/// <c>expect</c> list. Every property that is not null is checked.
/// </summary>
public sealed record ScenarioExpectation
{
    /// <summary>The week checked (1 for the first), or null for every week (for rules: the whole plan).</summary>
    public int? Week { get; init; }

    /// <summary>The week's training phase.</summary>
    public TrainingPhase? Phase { get; init; }

    /// <summary>Whether the week is a deload week.</summary>
    public bool? Deload { get; init; }

    /// <summary>How many sessions the week holds.</summary>
    public CountRange? Sessions { get; init; }

    /// <summary>Exactly the days that hold a session.</summary>
    public IReadOnlyList<DayOfWeek>? StrengthDays { get; init; }

    /// <summary>Days that hold no session.</summary>
    public IReadOnlyList<DayOfWeek>? NotOn { get; init; }

    /// <summary>The sessions' intensities in date order.</summary>
    public IReadOnlyList<SessionIntensity>? Intensities { get; init; }

    /// <summary>The sessions' kinds in date order.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>A session on one day, with the intensity, kind and run given.</summary>
    public SessionExpectation? SessionOn { get; init; }

    /// <summary>The longest any session may be planned, in minutes.</summary>
    public int? MaxMinutes { get; init; }

    /// <summary>The week's total sets.</summary>
    public CountRange? Sets { get; init; }

    /// <summary>A week with more sets in total than this one.</summary>
    public int? FewerSetsThanWeek { get; init; }

    /// <summary>Catalog ids that appear in the week.</summary>
    public IReadOnlyList<string>? ExercisesPresent { get; init; }

    /// <summary>Catalog ids that appear nowhere in the week, warm-ups included.</summary>
    public IReadOnlyList<string>? ExercisesAbsent { get; init; }

    /// <summary>Patterns some exercise of the week trains.</summary>
    public IReadOnlyList<MovementPattern>? PatternsPresent { get; init; }

    /// <summary>Patterns no exercise of the week trains.</summary>
    public IReadOnlyList<MovementPattern>? PatternsAbsent { get; init; }

    /// <summary>The only equipment the week's exercises and warm-ups may need.</summary>
    public IReadOnlyList<string>? EquipmentOnly { get; init; }

    /// <summary>Rules ("Workflow/Rule") that fired.</summary>
    public IReadOnlyList<string>? RulesFired { get; init; }

    /// <summary>Rules ("Workflow/Rule") that did not fire.</summary>
    public IReadOnlyList<string>? RulesNotFired { get; init; }

    /// <summary>Text one of the notes contains.</summary>
    public string? NoteContains { get; init; }

    /// <summary>Text none of the notes contains.</summary>
    public string? NoteNotContains { get; init; }

    /// <summary>An exercise whose progression note contains some text.</summary>
    public ProgressionExpectation? Progression { get; init; }

    /// <summary>An exercise whose prescription, as the runner reads it (sets, reps or seconds, load, tempo, rest), contains some text.</summary>
    public ProgressionExpectation? Prescription { get; init; }

    /// <summary>The sessions' orders in date order: before or after the day's run, null for a session on a day without a run.</summary>
    public IReadOnlyList<SessionOrder?>? Orders { get; init; }

    /// <summary>
    /// The week's hard sets (<see cref="Plans.WeeklySets"/>) by pattern spelling; a key of patterns joined with "+",
    /// such as "hinge+glute", counts their sets together.
    /// </summary>
    public IReadOnlyDictionary<string, CountRange>? PatternSets { get; init; }

    /// <summary>The most hard sets any one pattern may have in the week.</summary>
    public int? MaxSetsPerPattern { get; init; }

    /// <summary>How many sessions are lower-body sessions: not light, with at least two squat, hinge or glute exercises (mitigation work aside).</summary>
    public CountRange? LowerBodySessions { get; init; }

    /// <summary>How many weeks of the plan are in each phase given; only in an expectation without <see cref="Week"/>.</summary>
    public IReadOnlyDictionary<TrainingPhase, CountRange>? PhaseWeeks { get; init; }

    /// <summary>The days from the first day of the first taper week to the athlete's race day, both counted; only in an expectation without <see cref="Week"/>.</summary>
    public CountRange? TaperDays { get; init; }

    /// <summary>A week whose sessions hold the same exercises, in the same order, as this one's (sets aside).</summary>
    public int? SameExercisesAsWeek { get; init; }

    /// <summary>The fewest loading weeks in a row (through base and build, or within its phase) every deload week must follow; only in an expectation without <see cref="Week"/>.</summary>
    public int? DeloadAfterLoadingWeeks { get; init; }

    /// <summary>True: every exercise planned in seconds is one the catalog doses in seconds.</summary>
    public bool? TimedOnlyWhenCatalogTimed { get; init; }

    /// <summary>True: a load cue of "heavy" or "reps in reserve" only on exercises that use loadable equipment (ruleset.json's <c>loadableEquipment</c>).</summary>
    public bool? HeavyCuesOnlyWhenLoadable { get; init; }

    /// <summary>Where the expectation is written.</summary>
    [JsonIgnore]
    public Location Location { get; init; } = Location.None;

    /// <summary>Where each of its properties is written, by JSON name.</summary>
    [JsonIgnore]
    public ImmutableDictionary<string, Location> Locations { get; init; } = ImmutableDictionary<string, Location>.Empty;

    /// <summary>Where the property <paramref name="name"/> is written, or the expectation itself.</summary>
    public Location LocationOf(string name) => Locations.TryGetValue(name, out var location) ? location : Location;
}

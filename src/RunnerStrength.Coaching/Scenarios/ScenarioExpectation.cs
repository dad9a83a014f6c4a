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

    /// <summary>Where the expectation is written.</summary>
    [JsonIgnore]
    public Location Location { get; init; } = Location.None;

    /// <summary>Where each of its properties is written, by JSON name.</summary>
    [JsonIgnore]
    public ImmutableDictionary<string, Location> Locations { get; init; } = ImmutableDictionary<string, Location>.Empty;

    /// <summary>Where the property <paramref name="name"/> is written, or the expectation itself.</summary>
    public Location LocationOf(string name) => Locations.TryGetValue(name, out var location) ? location : Location;
}

using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>What rules know about a candidate exercise (the <c>exercise</c> input): the catalog entry plus its use in the plan.</summary>
public sealed record ExerciseFacts
{
    /// <summary>The catalog id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The movement pattern.</summary>
    public required MovementPattern Pattern { get; init; }

    /// <summary>Equipment needed (empty for bodyweight).</summary>
    public required IReadOnlyList<string> Equipment { get; init; }

    /// <summary>The lowest level it suits.</summary>
    public required AthleteLevel Level { get; init; }

    /// <summary>Single-leg or single-arm.</summary>
    public required bool Unilateral { get; init; }

    /// <summary>Harder variations (catalog ids).</summary>
    public required IReadOnlyList<string> Harder { get; init; }

    /// <summary>Easier variations (catalog ids).</summary>
    public required IReadOnlyList<string> Easier { get; init; }

    /// <summary>Injury tags it is unsafe for.</summary>
    public required IReadOnlyList<string> UnsafeFor { get; init; }

    /// <summary>Injury tags it helps prevent.</summary>
    public required IReadOnlyList<string> Mitigates { get; init; }

    /// <summary>low or high for plyometrics, else null.</summary>
    public string? Impact { get; init; }

    /// <summary>True when the catalog dose is a hold in seconds rather than reps.</summary>
    public required bool Timed { get; init; }

    /// <summary>The most reps a set of the catalog dose holds (0 for a timed exercise): low for hard variations and slow eccentrics.</summary>
    public int RepsMax { get; init; }

    /// <summary>True when it uses equipment that can be loaded (dumbbells, kettlebell, barbell...).</summary>
    public required bool Loadable { get; init; }

    /// <summary>True for dynamic warm-up drills.</summary>
    public required bool Warmup { get; init; }

    /// <summary>Already chosen for another session this week.</summary>
    public bool UsedThisWeek { get; init; }

    /// <summary>Chosen in the previous week of the plan.</summary>
    public bool UsedLastWeek { get; init; }

    /// <summary>The athlete's history names it.</summary>
    public bool InHistory { get; init; }

    /// <summary>
    /// True when it is weighed as the next (or previous) variation of an exercise the athlete does: logged, or reached
    /// in this plan. The level label gives way to that evidence.
    /// </summary>
    public bool Progressed { get; init; }

    /// <summary>True when its line in this plan has nothing left to progress and has been held there two weeks (WeeklyProgression's <c>plateau</c>).</summary>
    public bool Plateaued { get; init; }

    /// <summary>At least one harder variation is allowed for this athlete (equipment, injuries, level).</summary>
    public bool HarderAvailable { get; init; }

    /// <summary>At least one easier variation is allowed for this athlete.</summary>
    public bool EasierAvailable { get; init; }

    /// <summary>Builds the facts of a catalog entry.</summary>
    public static ExerciseFacts From(Exercise exercise, IReadOnlySet<string> loadableEquipment) => new()
    {
        Id = exercise.Id,
        Name = exercise.Name,
        Pattern = exercise.Pattern,
        Equipment = exercise.Equipment,
        Level = exercise.Level,
        Unilateral = exercise.Unilateral,
        Harder = exercise.Harder,
        Easier = exercise.Easier,
        UnsafeFor = exercise.UnsafeFor,
        Mitigates = exercise.Mitigates,
        Impact = exercise.Impact switch { ImpactLevel.Low => "low", ImpactLevel.High => "high", _ => null },
        Timed = exercise.Dose.Seconds is not null && exercise.Dose.Reps is null,
        RepsMax = exercise.Dose.Reps?.Max ?? 0,
        Loadable = exercise.Equipment.Any(loadableEquipment.Contains),
        Warmup = exercise.Warmup,
    };
}

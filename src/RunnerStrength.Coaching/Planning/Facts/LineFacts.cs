namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>
/// Where one exercise stands in its progression through the plan (the <c>line</c> input of WeeklyProgression): the
/// dose it is prescribed now and how long it has been prescribed so.
/// </summary>
public sealed record LineFacts
{
    /// <summary>Reps a set now, or null for a hold.</summary>
    public int? Reps { get; init; }

    /// <summary>Seconds a hold now, or null for rep work.</summary>
    public int? Seconds { get; init; }

    /// <summary>True when the dose is done on each side (single-leg or single-arm work), so a set takes twice as long.</summary>
    public bool PerSide { get; init; }

    /// <summary>The bottom of the Dose rules' range for this exercise in this session.</summary>
    public required int RangeMin { get; init; }

    /// <summary>The top of the Dose rules' range for this exercise in this session.</summary>
    public required int RangeMax { get; init; }

    /// <summary>Weeks the exercise has been done at this dose in a row (loading or not; deload weeks repeat a week and are not counted).</summary>
    public required int WeeksAtDose { get; init; }

    /// <summary>Steps taken so far in this plan (reps, seconds, load, tempo or variation).</summary>
    public required int Steps { get; init; }

    /// <summary>The load per implement in kilograms when it is known from the log, else null.</summary>
    public double? LoadKg { get; init; }

    /// <summary>The tempo now, such as <c>3-0-1</c>, or null.</summary>
    public string? Tempo { get; init; }

    /// <summary>True when the line started from the athlete's log of this exercise (or of the variation it came from).</summary>
    public bool FromLog { get; init; }
}

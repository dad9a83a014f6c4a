using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning.Facts;

/// <summary>What rules know about a candidate day for a strength session (the <c>day</c> input of Placement).</summary>
public sealed record DayFacts
{
    /// <summary>The day's name: monday ... sunday.</summary>
    public required string Day { get; init; }

    /// <summary>The date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The day's run (rest on a race day's neighbours as the week says).</summary>
    public required RunKind Run { get; init; }

    /// <summary>The run the day before.</summary>
    public required RunKind PreviousRun { get; init; }

    /// <summary>The run the day after.</summary>
    public required RunKind NextRun { get; init; }

    /// <summary>True when the day's run is tempo, intervals, hills or race pace.</summary>
    public required bool IsQuality { get; init; }

    /// <summary>True when the day's run is the long run.</summary>
    public required bool IsLongRun { get; init; }

    /// <summary>True when the next day holds a quality run.</summary>
    public required bool NextIsQuality { get; init; }

    /// <summary>True when the next day holds the long run.</summary>
    public required bool NextIsLongRun { get; init; }

    /// <summary>True when the previous day held a quality run.</summary>
    public required bool PreviousIsQuality { get; init; }

    /// <summary>True when the previous day held the long run.</summary>
    public required bool PreviousIsLongRun { get; init; }

    /// <summary>Days until the next quality run (1 = tomorrow); 99 when none in the next 7 days.</summary>
    public required int DaysToNextQuality { get; init; }

    /// <summary>Days until the next long run (1 = tomorrow); 99 when none in the next 7 days.</summary>
    public required int DaysToLongRun { get; init; }

    /// <summary>True on the race date.</summary>
    public required bool IsRaceDay { get; init; }

    /// <summary>True the day before the race.</summary>
    public required bool IsDayBeforeRace { get; init; }

    /// <summary>True after the race date.</summary>
    public required bool IsAfterRace { get; init; }

    /// <summary>Days since the nearest strength session already placed before this day (99 when none).</summary>
    public required int DaysSinceStrength { get; init; }

    /// <summary>Days to the nearest strength session already placed after this day (99 when none).</summary>
    public required int DaysToNextStrength { get; init; }

    /// <summary>The intensity of the nearest strength session already placed before this day, if any.</summary>
    public SessionIntensity? PreviousStrength { get; init; }
}

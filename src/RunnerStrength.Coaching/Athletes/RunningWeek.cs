using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>What each day of the athlete's usual running week holds.</summary>
public sealed record RunningWeek
{
    /// <summary>Monday's run.</summary>
    public required RunKind Monday { get; init; }

    /// <summary>Tuesday's run.</summary>
    public required RunKind Tuesday { get; init; }

    /// <summary>Wednesday's run.</summary>
    public required RunKind Wednesday { get; init; }

    /// <summary>Thursday's run.</summary>
    public required RunKind Thursday { get; init; }

    /// <summary>Friday's run.</summary>
    public required RunKind Friday { get; init; }

    /// <summary>Saturday's run.</summary>
    public required RunKind Saturday { get; init; }

    /// <summary>Sunday's run.</summary>
    public required RunKind Sunday { get; init; }

    /// <summary>The run on <paramref name="day"/>.</summary>
    public RunKind On(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        DayOfWeek.Sunday => Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };
}

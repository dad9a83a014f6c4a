using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>
/// The goal race: how far, and when: on a <see cref="Date"/>, or in a week counted from the plan's start
/// (<see cref="InWeeks"/>), so a profile plans the same way whatever day it is planned on.
/// </summary>
public sealed record RaceInfo
{
    /// <summary>
    /// Race day. A race given by <see cref="InWeeks"/> gets it from the plan's start (<see cref="DatedFrom"/>), which the
    /// designer does before any rule reads the profile; until then it is <see langword="default"/>.
    /// </summary>
    public DateOnly Date { get; init; }

    /// <summary>The race distance.</summary>
    public required RaceDistance Distance { get; init; }

    /// <summary>The plan week the race falls in, counted from the plan's first week (1 = the first); null for a race with a <see cref="Date"/>.</summary>
    public int? InWeeks { get; init; }

    /// <summary>With <see cref="InWeeks"/>: the day of that week the race is on; null for the week's last day.</summary>
    public Weekday? Day { get; init; }

    /// <summary>
    /// The race of a plan that starts on <paramref name="start"/>: given by <see cref="InWeeks"/>, dated on its
    /// <see cref="Day"/> of that plan week, or the week's last day (a Sunday for a plan from a Monday); a race with a
    /// date, or one whose week would pass the end of the calendar, as it is.
    /// </summary>
    public RaceInfo DatedFrom(DateOnly start)
    {
        if (InWeeks is not { } weeks || (long)start.DayNumber + (7L * weeks) > DateOnly.MaxValue.DayNumber)
        {
            return this;
        }

        var weekStart = start.AddDays(7 * (weeks - 1));
        var offset = Day is { } day ? (((int)day + 1 - (int)weekStart.DayOfWeek) % 7 + 7) % 7 : 6;
        return this with { Date = weekStart.AddDays(offset) };
    }
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// The running week laid over real dates: the week's pattern, with the race date a race day whatever the week says
/// (run at race pace). Which run kinds are quality runs is the rule set's word (ruleset.json's <c>qualityRuns</c>).
/// </summary>
internal sealed class RunningCalendar(AthleteProfile athlete, IReadOnlySet<RunKind> qualityRuns)
{
    private const int NoneWithinAWeek = 99;

    public DateOnly? RaceDate { get; } = athlete.Race?.Date;

    public RunKind RunOn(DateOnly date) =>
        RaceDate == date ? RunKind.RacePace : athlete.Week.On(date.DayOfWeek);

    public bool IsQuality(RunKind run) => qualityRuns.Contains(run);

    /// <summary>Days from <paramref name="date"/> to the next day matching <paramref name="match"/> (1 = tomorrow).</summary>
    public int DaysTo(DateOnly date, Func<RunKind, bool> match)
    {
        for (var i = 1; i <= 7; i++)
        {
            if (match(RunOn(date.AddDays(i))))
            {
                return i;
            }
        }

        return NoneWithinAWeek;
    }

    /// <summary>Days from <paramref name="date"/> to the nearest of <paramref name="dates"/> before it and after it (99 when there is none).</summary>
    public static (int Before, int After) Nearest(List<DateOnly> dates, DateOnly date)
    {
        int? before = null;
        int? after = null;
        foreach (var other in dates)
        {
            var days = other.DayNumber - date.DayNumber;
            if (days < 0)
            {
                before = Math.Min(before ?? int.MaxValue, -days);
            }
            else if (days > 0)
            {
                after = Math.Min(after ?? int.MaxValue, days);
            }
        }

        return (before ?? NoneWithinAWeek, after ?? NoneWithinAWeek);
    }

    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "monday",
        DayOfWeek.Tuesday => "tuesday",
        DayOfWeek.Wednesday => "wednesday",
        DayOfWeek.Thursday => "thursday",
        DayOfWeek.Friday => "friday",
        DayOfWeek.Saturday => "saturday",
        _ => "sunday",
    };
}

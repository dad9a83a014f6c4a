using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class RunningWeekTests
{
    private static readonly RunningWeek Week = new()
    {
        Monday = RunKind.Rest,
        Tuesday = RunKind.Intervals,
        Wednesday = RunKind.Easy,
        Thursday = RunKind.Tempo,
        Friday = RunKind.Recovery,
        Saturday = RunKind.RacePace,
        Sunday = RunKind.Long,
    };

    [Theory]
    [InlineData(DayOfWeek.Monday, RunKind.Rest)]
    [InlineData(DayOfWeek.Tuesday, RunKind.Intervals)]
    [InlineData(DayOfWeek.Wednesday, RunKind.Easy)]
    [InlineData(DayOfWeek.Thursday, RunKind.Tempo)]
    [InlineData(DayOfWeek.Friday, RunKind.Recovery)]
    [InlineData(DayOfWeek.Saturday, RunKind.RacePace)]
    [InlineData(DayOfWeek.Sunday, RunKind.Long)]
    public void On_returns_the_run_of_that_day(DayOfWeek day, RunKind expected)
    {
        Week.On(day).ShouldBe(expected);
    }

    [Fact]
    public void On_refuses_a_value_that_is_no_day()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Week.On((DayOfWeek)7));
    }
}

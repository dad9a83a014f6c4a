using System.Globalization;
using System.Text.Json;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #11: the samples never go stale. Every sample athlete is planned as a person would on the day the tests run,
/// by the real clock and without --start, and gets a plan from next Monday, through its race week when it has a race.
/// </summary>
public sealed class SampleAthletesTodayTests
{
    public static TheoryData<string> Samples =>
    [
        .. Directory.GetFiles(Repository.Athletes, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>(),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_plans_from_today_without_a_start(string file)
    {
        var context = ToolRun.Context() with { Clock = TimeProvider.System };
        var today = context.Today;

        var result = ToolRun.Run(context, "plan", "--athlete", Path.Combine(Repository.Athletes, file), "--format", "json");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var plan = JsonDocument.Parse(result.Out);
        var start = DateOnly.ParseExact(plan.RootElement.GetProperty("start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        start.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        start.DayNumber.ShouldBeInRange(today.DayNumber + 1, today.DayNumber + 7);
        var weeks = plan.RootElement.GetProperty("weeks");
        weeks.GetArrayLength().ShouldBeGreaterThan(0);
        var raced = weeks.EnumerateArray().Any(w => w.GetProperty("weeksToRace").ValueKind == JsonValueKind.Number);
        if (raced)
        {
            weeks[weeks.GetArrayLength() - 1].GetProperty("weeksToRace").GetInt32().ShouldBe(0, "a sample with a race is planned through its race week");
        }
    }
}

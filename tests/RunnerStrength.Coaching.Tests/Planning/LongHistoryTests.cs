using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Tests.Samples;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>A training log longer than the designer reads is trimmed to its latest entries, with a warning, so a plan's time stays bounded.</summary>
public sealed class LongHistoryTests
{
    private static readonly DateOnly Start = new(2026, 12, 7);

    private static AthleteProfile WithLog(int entries)
    {
        var athlete = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, "high-rep-history.json")).Profile.ShouldNotBeNull();

        // Oldest first, one a day back from the start; the newest 3 are the sample's own entries.
        var old = Enumerable.Range(0, entries - athlete.History.Count)
            .Select(i => athlete.History[0] with { Date = Start.AddDays(-(entries + 10) + i), Reps = 8 });
        return athlete with { History = [.. old, .. athlete.History] };
    }

    [Fact]
    public void A_log_past_the_limit_is_read_from_its_latest_entries_with_a_warning()
    {
        var athlete = WithLog(ProgramDesigner.MaxHistoryEntries + 500);
        var result = ProgramDesigner.Design(new PlanRequest { Athlete = athlete, Start = Start, Weeks = 4 }, DefaultRules.Rules, Start);

        result.Plan.ShouldNotBeNull();
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("RS5009");
        var from = athlete.History.OrderByDescending(h => h.Date).Take(ProgramDesigner.MaxHistoryEntries).Min(h => h.Date);
        warning.Message.ShouldBe($"the training log has 2,500 entries; the plan reads the latest 2,000 (from {from:yyyy-MM-dd} on)");

        // The sample's own latest entries still decide: the plan is the one the short log gives.
        var shortLog = ProgramDesigner.Design(new PlanRequest { Athlete = WithLog(ProgramDesigner.MaxHistoryEntries), Start = Start, Weeks = 4 }, DefaultRules.Rules, Start);
        shortLog.Diagnostics.ShouldBeEmpty();
        PlanJson(result).ShouldBe(PlanJson(shortLog));
    }

    [Fact]
    public void A_log_at_the_limit_is_read_whole()
    {
        var result = ProgramDesigner.Design(new PlanRequest { Athlete = WithLog(ProgramDesigner.MaxHistoryEntries), Start = Start, Weeks = 2 }, DefaultRules.Rules, Start);
        result.Diagnostics.ShouldNotContain(d => d.Code == "RS5009");
    }

    private static string PlanJson(PlanResult result) =>
        System.Text.Json.JsonSerializer.Serialize(result.Plan!.Weeks.Select(w => w.Sessions.Select(s => s.Exercises.Select(e => $"{e.Id} {e.Sets}x{e.Reps}{e.Seconds} {e.Load} {e.Tempo}"))));
}

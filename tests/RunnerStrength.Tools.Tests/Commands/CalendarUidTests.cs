using System.Text.RegularExpressions;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #11: a calendar imported once and imported again after a re-plan updates its events. A session keeps its UID
/// when the plan changes around it (another rule variant moves it to another day), and two athletes never share one.
/// </summary>
public sealed partial class CalendarUidTests
{
    private static readonly string Beginner = Repository.Athlete("beginner-bodyweight-10k");

    [Theory]
    [InlineData("hard-days-hard")]
    [InlineData("long-run-friendly")]
    public void Replanning_with_a_rule_variant_keeps_the_uid_of_every_session_that_still_exists(string variant)
    {
        var before = Events(ToolRun.Run("plan", "--athlete", Beginner, "--rules", Repository.Rules, "--format", "ics"));
        var after = Events(ToolRun.Run("plan", "--athlete", Beginner, "--rules", Path.Combine(Repository.Rules, "variants", variant), "--format", "ics"));

        // A session still exists when its week still holds a session of its intensity, as many of them as before; it
        // may have moved to another day and changed what it holds.
        var kept = 0;
        var moved = 0;
        foreach (var week in before.Select(e => e.Week).Distinct())
        {
            var old = before.Where(e => e.Week == week).ToList();
            var now = after.Where(e => e.Week == week).ToList();
            foreach (var intensity in old.Select(e => e.Intensity).Distinct())
            {
                var oldOnes = old.Where(e => e.Intensity == intensity).ToList();
                var newOnes = now.Where(e => e.Intensity == intensity).ToList();
                if (oldOnes.Count != newOnes.Count || old.Count != now.Count)
                {
                    continue;
                }

                newOnes.Select(e => e.Uid).ShouldBe(oldOnes.Select(e => e.Uid), ignoreOrder: true, $"week {week}, {intensity}");
                kept += newOnes.Count;
                moved += newOnes.Count(n => oldOnes.Single(o => o.Uid == n.Uid).Date != n.Date);
            }
        }

        kept.ShouldBe(before.Count);
        moved.ShouldBeGreaterThan(5);
        after.Select(e => e.Uid).ShouldBe(before.Select(e => e.Uid), ignoreOrder: true);
    }

    [Fact]
    public void Two_athletes_of_the_same_name_get_different_uids()
    {
        using var temp = new TempFolder();
        var profile = File.ReadAllText(Repository.Athlete("no-race"));
        var first = temp.Write("lucia-a.json", profile.Replace("\"name\": \"Lucía\",", "\"name\": \"Lucía\",\n  \"id\": \"club-0042\",", StringComparison.Ordinal));
        var second = temp.Write("lucia-b.json", profile.Replace("\"name\": \"Lucía\",", "\"name\": \"Lucía\",\n  \"id\": \"club-0117\",", StringComparison.Ordinal));

        var firstUids = Events(ToolRun.Run("plan", "--athlete", first, "--format", "ics", "--weeks", "2")).Select(e => e.Uid).ToList();
        var secondUids = Events(ToolRun.Run("plan", "--athlete", second, "--format", "ics", "--weeks", "2")).Select(e => e.Uid).ToList();

        firstUids.Count.ShouldBe(4);
        secondUids.Count.ShouldBe(4);
        firstUids.Intersect(secondUids).ShouldBeEmpty();
        firstUids.Concat(secondUids).ShouldBeUnique();
    }

    [Fact]
    public void Each_event_is_stamped_with_the_time_of_writing_and_names_the_athlete()
    {
        var lines = IcsCheck.Unfold(ToolRun.Run("plan", "--athlete", Repository.Athlete("no-race"), "--format", "ics", "--weeks", "1").Out);

        lines.Where(l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal)).Distinct().ShouldBe(["DTSTAMP:20261120T090000Z"]);
        lines.Where(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal)).Distinct().ShouldBe(["SEQUENCE:217328400"]);
        lines.Where(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal)).ShouldAllBe(l => l.StartsWith("SUMMARY:Strength for Lucía: ", StringComparison.Ordinal));
    }

    private static List<CalendarEvent> Events(ToolResult result)
    {
        result.ExitCode.ShouldBe(0, result.ToString());
        var events = new List<CalendarEvent>();
        Dictionary<string, string>? current = null;
        foreach (var line in IcsCheck.Unfold(result.Out))
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                var week = WeekNumber().Match(current["DESCRIPTION"]).Groups["week"].Value;
                var intensity = Intensity().Match(current["SUMMARY"]).Groups["intensity"].Value;
                events.Add(new CalendarEvent(current["UID"], current["DTSTART;VALUE=DATE"], int.Parse(week, System.Globalization.CultureInfo.InvariantCulture), intensity));
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }

        return events;
    }

    private sealed record CalendarEvent(string Uid, string Date, int Week, string Intensity);

    [GeneratedRegex(@"^Week (?<week>[0-9]+) ")]
    private static partial Regex WeekNumber();

    [GeneratedRegex(@"\((?<intensity>light|moderate|heavy)\\, [0-9]+ min\)$")]
    private static partial Regex Intensity();
}

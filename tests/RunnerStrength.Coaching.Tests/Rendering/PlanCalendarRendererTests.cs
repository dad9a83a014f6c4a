using System.Globalization;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Plans;

namespace RunnerStrength.Coaching.Tests.Rendering;

public sealed class PlanCalendarRendererTests
{
    private const string NonAscii = "Sjögren’s – ütest ✓";

    private static string Render(StrengthPlan plan, bool explain = false, TimeProvider? clock = null) =>
        PlanRenderer.Render(plan, PlanFormat.Ics, new PlanRenderOptions { Explain = explain, Clock = clock ?? FixedClock.Friday });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_sample_calendar_breaks_no_rule(bool explain)
    {
        ICalendarChecker.Problems(Render(SamplePlans.TwoWeeks(), explain)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_line_ends_with_crlf()
    {
        var ics = Render(SamplePlans.TwoWeeks(), explain: true);

        ics.ShouldEndWith("END:VCALENDAR\r\n");
        ics.Replace("\r\n", string.Empty).ShouldNotContain("\n");
        ics.Replace("\r\n", string.Empty).ShouldNotContain("\r");
    }

    [Fact]
    public void No_line_is_longer_than_75_octets_and_long_lines_are_folded()
    {
        var lines = ICalendarChecker.PhysicalLines(Render(SamplePlans.TwoWeeks(), explain: true));

        lines.ShouldAllBe(line => line.Length <= 75);
        lines.Count(line => line[0] == ' ').ShouldBeGreaterThan(10);
        lines.Max(line => line.Length).ShouldBeGreaterThan(70);
    }

    [Fact]
    public void Unfolding_gives_back_the_whole_description()
    {
        var monday = ICalendarChecker.Events(Render(SamplePlans.TwoWeeks()))[0];

        ICalendarChecker.UnescapeText(monday["DESCRIPTION"].Value).ShouldBe(
            """
            Week 1 · 23–29 November 2026 · base phase · 12 weeks to race
            Full body · moderate · 35 minutes
            Same day as your easy run.
            Warm-up: Elephant walk 20 s · Leg swings 40 s · Ankle rocks 30 s
            A · 3 rounds, rest 90 s between rounds
              A1 Single-leg squat — 8–12 reps each side, 3 s down
              A2 Side plank — 30–45 s each side
            B · 3 rounds, rest 30 s between exercises and 90 s between rounds
              B1 Romanian deadlift — 6–8 reps, 2 × 16 kg kettlebells, 3 s down, 1 s pause
              B2 Glute bridge — 15 reps
                 Progression: harder variation of glute-bridge: 18 reps at RPE 6
              B3 Single-leg calf raise — 12–15 reps each side, 2 s down, 1 s pause, explosive up
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Each_session_is_one_all_day_event_with_the_required_properties()
    {
        var events = ICalendarChecker.Events(Render(SamplePlans.TwoWeeks()));

        events.Count.ShouldBe(3);
        events.ShouldAllBe(e => e.ContainsKey("UID") && e.ContainsKey("DTSTAMP") && e.ContainsKey("DTSTART") && e.ContainsKey("SUMMARY"));
        events.Select(e => e["DTSTART"].Value).ShouldBe(["20261123", "20261126", "20261201"]);
        events.Select(e => e["DTEND"].Value).ShouldBe(["20261124", "20261127", "20261202"]);
        events.ShouldAllBe(e => e["DTSTART"].Parameters.SequenceEqual(new[] { "VALUE=DATE" }));
        events.ShouldAllBe(e => e["DTSTAMP"].Value == "20261120T090000Z");
        events.ShouldAllBe(e => e["SEQUENCE"].Value == "217328400");
        events[0]["SUMMARY"].Value.ShouldBe(@"Strength for Ana Runner: Full body (moderate\, 35 min)");
        events[1]["SUMMARY"].Value.ShouldBe(@"Strength for Ana Runner: Lower body (heavy\, 40 min)");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_calendar_of_ordered_sessions_breaks_no_rule(bool explain)
    {
        ICalendarChecker.Problems(Render(OrderedWeek.Plan(), explain)).ShouldBeEmpty();
    }

    [Fact]
    public void Each_description_says_whether_to_lift_before_or_after_the_run_or_that_it_is_a_rest_day()
    {
        var descriptions = ICalendarChecker.Events(Render(OrderedWeek.Plan())).Select(e => ICalendarChecker.UnescapeText(e["DESCRIPTION"].Value).Split('\n')).ToList();

        descriptions[0][2].ShouldBe("After your intervals. No easy or rest day this week was left clear of the day before a quality run or the long run, so this session goes after your quality run (article 002): run first, lift after, and keep tomorrow easy.");
        descriptions[1][2].ShouldBe("Before your easy run.");
        descriptions[2][2].ShouldBe("Rest day.");
    }

    [Fact]
    public void A_tri_set_is_listed_as_rounds_and_the_summary_uses_the_title()
    {
        var tuesday = ICalendarChecker.Events(Render(OrderedWeek.Plan()))[0];

        ICalendarChecker.UnescapeText(tuesday["SUMMARY"].Value).ShouldBe("Strength for Ben Runner: Lower body and core (heavy, 40 min)");
        ICalendarChecker.UnescapeText(tuesday["DESCRIPTION"].Value).ShouldBe(
            """
            Week 1 · 23–29 November 2026 · build phase · 8 weeks to race
            Lower body and core · heavy · 40 minutes
            After your intervals. No easy or rest day this week was left clear of the day before a quality run or the long run, so this session goes after your quality run (article 002): run first, lift after, and keep tomorrow easy.
            Warm-up: Glute activation 1 min
            A · 3 rounds, rest 60 s between rounds
              A1 Split squat — 10 reps each side, 2 × 12 kg dumbbells, 3 s down
              A2 Pogo hops — 20 s
              A3 Side plank — 30–45 s each side (first 2 rounds only)
                 Progression: side plank with a leg lift
            B1 Tibialis raise (injury work) — 2 sets of 15–20 reps, rest 45 seconds
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_calendar_declares_version_product_and_scale()
    {
        var lines = ICalendarChecker.Unfold(Render(SamplePlans.TwoWeeks()));

        lines[0].ShouldBe("BEGIN:VCALENDAR");
        lines.ShouldContain("VERSION:2.0");
        lines.ShouldContain(l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        lines.ShouldContain("CALSCALE:GREGORIAN");
        lines[^1].ShouldBe("END:VCALENDAR");
    }

    [Fact]
    public void Uids_are_unique_and_stable_across_renders_and_edits()
    {
        var plan = SamplePlans.TwoWeeks();
        var edited = plan with { Weeks = [plan.Weeks[0] with { Sessions = [plan.Weeks[0].Sessions[0] with { Minutes = 45, Exercises = [] }, plan.Weeks[0].Sessions[1]] }, plan.Weeks[1]] };

        var first = Uids(Render(plan));
        var second = Uids(Render(plan, clock: new FixedClock(new DateTimeOffset(2027, 1, 4, 7, 30, 0, TimeSpan.Zero))));
        var afterEdit = Uids(Render(edited));

        // The athlete (a hash of the name here, as the plan has no id), the ISO week, the rank in the week.
        first.ShouldBe(
        [
            "0603373816c6f21c-2026W48-2@runner-strength.dev",
            "0603373816c6f21c-2026W48-1@runner-strength.dev",
            "0603373816c6f21c-2026W49-1@runner-strength.dev",
        ]);
        first.ShouldBeUnique();
        second.ShouldBe(first);
        afterEdit.ShouldBe(first);
    }

    [Fact]
    public void Ranks_go_hardest_first_and_by_date_within_an_intensity()
    {
        var plan = SamplePlans.TwoWeeks();
        var monday = plan.Weeks[0].Sessions[0];
        plan = plan with { Weeks = [plan.Weeks[0] with { Sessions = [monday, monday with { Minutes = 15 }] }] };

        Uids(Render(plan)).Select(RankOf).ShouldBe(["1", "2"]);
        Uids(Render(SamplePlans.TwoWeeks())).Select(RankOf).ShouldBe(["2", "1", "1"]);
    }

    [Fact]
    public void A_session_moved_to_another_day_keeps_its_uid()
    {
        var plan = SamplePlans.TwoWeeks();
        var week = plan.Weeks[0];
        var moved = plan with
        {
            Weeks = [week with { Sessions = [week.Sessions[1] with { Day = DayOfWeek.Tuesday, Date = new DateOnly(2026, 11, 24) }, week.Sessions[0] with { Day = DayOfWeek.Friday, Date = new DateOnly(2026, 11, 27) }] }, plan.Weeks[1]],
        };

        var before = ICalendarChecker.Events(Render(plan)).ToDictionary(e => e["UID"].Value, e => e["DTSTART"].Value);
        var after = ICalendarChecker.Events(Render(moved)).ToDictionary(e => e["UID"].Value, e => e["DTSTART"].Value);

        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        after.Count(pair => before[pair.Key] != pair.Value).ShouldBe(2);
    }

    [Fact]
    public void Two_athletes_with_the_same_name_get_different_uids_from_their_ids()
    {
        var first = SamplePlans.TwoWeeks() with { Athlete = "Lucía", AthleteId = "club-0042" };
        var second = first with { AthleteId = "club-0117" };

        var firstUids = Uids(Render(first));
        var secondUids = Uids(Render(second));

        firstUids.Intersect(secondUids).ShouldBeEmpty();
        firstUids.Concat(secondUids).ShouldAllBe(uid => !uid.Contains("club", StringComparison.Ordinal) && !uid.Contains("Luc", StringComparison.Ordinal));
        Uids(Render(first with { Athlete = "Lucía García" })).ShouldBe(firstUids);
    }

    [Fact]
    public void A_plan_remade_from_a_later_start_keeps_the_uids_of_the_weeks_both_hold()
    {
        var plan = SamplePlans.TwoWeeks();
        var later = plan with { Start = plan.Weeks[1].Start, Weeks = [plan.Weeks[1] with { Week = 1 }] };

        Uids(Render(later)).ShouldBe([Uids(Render(plan))[2]]);
    }

    [Fact]
    public void Dtstamp_is_the_time_of_writing_in_utc_and_sequence_grows_with_it()
    {
        var earlier = new FixedClock(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        var later = new FixedClock(new DateTimeOffset(2026, 11, 20, 9, 0, 1, TimeSpan.Zero));

        var first = ICalendarChecker.Events(Render(SamplePlans.TwoWeeks(), clock: earlier))[0];
        var second = ICalendarChecker.Events(Render(SamplePlans.TwoWeeks(), clock: later))[0];

        first["DTSTAMP"].Value.ShouldBe("20261120T090000Z");
        second["DTSTAMP"].Value.ShouldBe("20261120T090001Z");
        long.Parse(second["SEQUENCE"].Value, CultureInfo.InvariantCulture).ShouldBe(long.Parse(first["SEQUENCE"].Value, CultureInfo.InvariantCulture) + 1);
    }

    [Fact]
    public void Ical_net_reads_the_calendar_back_as_written()
    {
        var plan = SamplePlans.TwoWeeks() with { Athlete = "Ana; Runner, Jr. 🏃", AthleteId = "ana-1" };

        var calendar = Ical.Net.Calendar.Load(Render(plan, explain: true))!;

        var events = calendar.Events.ToList();
        events.Select(e => e.Uid).ShouldBe(Uids(Render(plan)));
        events.Select(e => e.DtStart!.Date).ShouldBe([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 1)]);
        events.ShouldAllBe(e => !e.DtStart!.HasTime);
        events.ShouldAllBe(e => e.Sequence == 217328400);
        events.ShouldAllBe(e => e.DtStamp!.AsUtc == new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc));
        events[0].Summary.ShouldBe("Strength for Ana; Runner, Jr. 🏃: Full body (moderate, 35 min)");
        events[0].Description!.ShouldStartWith("Week 1 · 23–29 November 2026 · base phase · 12 weeks to race\nFull body · moderate");
        calendar.Properties["X-WR-CALNAME"]!.Value.ShouldBe("Strength plan for Ana; Runner, Jr. 🏃");
    }

    [Fact]
    public void The_same_plan_gives_the_same_bytes()
    {
        Render(SamplePlans.TwoWeeks(), explain: true).ShouldBe(Render(SamplePlans.TwoWeeks(), explain: true));
    }

    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\nb")]
    [InlineData(@"\,;", @"\\\,\;")]
    [InlineData("plain: text", "plain: text")]
    public void Text_values_are_escaped(string value, string escaped)
    {
        CalendarWriter.EscapeText(value).ShouldBe(escaped);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_survive_a_round_trip()
    {
        const string Name = @"Row, band; slow\fast";
        const string Progression = "first line\nsecond, line";
        var plan = WithFirstExercise(SamplePlans.SingleLegSquat() with { Name = Name, Progression = new PlannedProgression { Cue = Progression } }) with { Athlete = "Ana; Runner, Jr." };

        var ics = Render(plan);
        var description = ICalendarChecker.Events(ics)[0]["DESCRIPTION"];

        ICalendarChecker.Problems(ics).ShouldBeEmpty();
        description.Value.ShouldContain(@"A1 Row\, band\; slow\\fast — 3 sets");
        description.Value.ShouldContain(@"Progression: first line\nsecond\, line");
        ICalendarChecker.UnescapeText(description.Value).ShouldContain(Name);
        ICalendarChecker.UnescapeText(description.Value).ShouldContain(Progression);
        ICalendarChecker.Parse(ics).Single(l => l.Name == "X-WR-CALNAME").Value.ShouldBe(@"Strength plan for Ana\; Runner\, Jr.");
    }

    [Fact]
    public void Non_ascii_text_is_folded_without_splitting_a_character()
    {
        var exercise = SamplePlans.SingleLegSquat() with { Name = string.Concat(Enumerable.Repeat(NonAscii + " ", 8)).Trim() };
        var plan = WithFirstExercise(exercise) with { Athlete = NonAscii };

        var ics = Render(plan);
        var events = ICalendarChecker.Events(ics);

        ICalendarChecker.Problems(ics).ShouldBeEmpty();
        ICalendarChecker.UnescapeText(events[0]["DESCRIPTION"].Value).ShouldContain(exercise.Name + " — 3 sets");
        ICalendarChecker.Parse(ics).Single(l => l.Name == "X-WR-CALNAME").Value.ShouldBe("Strength plan for " + NonAscii);
        events[0]["UID"].Value.ShouldMatch(@"^[0-9a-f]{16}-2026W48-1@runner-strength\.dev$");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Folding_at_any_offset_keeps_every_line_valid_utf8_and_unfolds_exactly(int shift)
    {
        var value = new string('x', shift) + string.Concat(Enumerable.Repeat(NonAscii + " 🏃 \\,", 12));
        var writer = new CalendarWriter();

        writer.Text("DESCRIPTION", value);
        var ics = writer.ToString();

        ICalendarChecker.Problems(ics).ShouldBeEmpty();
        ICalendarChecker.PhysicalLines(ics).Count.ShouldBeGreaterThan(5);
        ICalendarChecker.UnescapeText(ICalendarChecker.Parse(ics).ShouldHaveSingleItem().Value).ShouldBe(value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_four_octet_character_at_a_fold_stays_whole(int shift)
    {
        // Only runners (U+1F3C3, a surrogate pair in .NET): every fold lands between two of them or inside one.
        var value = new string('x', shift) + string.Concat(Enumerable.Repeat("🏃", 60));
        var writer = new CalendarWriter();

        writer.Text("SUMMARY", value);
        var ics = writer.ToString();

        ICalendarChecker.Problems(ics).ShouldBeEmpty();
        ICalendarChecker.PhysicalLines(ics).Skip(1).SkipLast(1).ShouldAllBe(line => line.Length == 1 + (18 * 4));
        ICalendarChecker.Parse(ics).ShouldHaveSingleItem().Value.ShouldBe(value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_fold_never_separates_a_backslash_from_what_it_escapes(int shift)
    {
        var writer = new CalendarWriter();

        writer.Text("SUMMARY", new string('a', 64 + shift) + string.Concat(Enumerable.Repeat(",;", 40)));

        foreach (var line in writer.ToString().Split("\r\n"))
        {
            (line.Length - line.TrimEnd('\\').Length).ShouldBe(0, line);
        }
    }

    [Theory]
    [InlineData(73, 1)]
    [InlineData(74, 2)]
    [InlineData(73 + 74, 2)]
    [InlineData(73 + 75, 3)]
    public void A_line_of_75_octets_stays_whole_and_one_octet_more_is_folded(int valueLength, int physicalLines)
    {
        var writer = new CalendarWriter();

        writer.Property("X", new string('a', valueLength));

        ICalendarChecker.PhysicalLines(writer.ToString()).Count.ShouldBe(physicalLines);
    }

    [Fact]
    public void The_checker_reports_broken_calendars()
    {
        var broken = "BEGIN:VCALENDAR\nBEGIN:VEVENT\r\nSUMMARY:a,b\r\nDESCRIPTION:" + new string('a', 80) + "\r\nEND:VCALENDAR";

        var problems = ICalendarChecker.Problems(broken);

        problems.ShouldContain("the text does not end with CRLF");
        problems.ShouldContain("line 1 has a CR or LF that is not part of a CRLF");
        problems.ShouldContain("line 3 is 92 octets; the limit is 75");
        problems.ShouldContain("SUMMARY has an unescaped ',' at 1");
        problems.ShouldContain("END:VCALENDAR does not close the component that is open");
        ICalendarChecker.Problems("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            .ShouldBe(["event 1 has no UID", "event 1 has no DTSTAMP", "event 1 has no DTSTART"]);
        ICalendarChecker.Problems("BEGIN:VCALENDAR\r\nSUMMARY:\\x\r\n").ShouldContain("BEGIN:VCALENDAR is never closed");
        ICalendarChecker.Problems("X:a\uD83C\r\n \uDFC3\r\n").ShouldContain("line 1 splits a character");
        ICalendarChecker.Problems("X:a\uD83C\r\n \uDFC3\r\n").ShouldContain("line 2 splits a character");
    }

    private static List<string> Uids(string ics) => [.. ICalendarChecker.Events(ics).Select(e => e["UID"].Value)];

    // "…-2026W48-2@runner-strength.dev" gives "2".
    private static string RankOf(string uid)
    {
        var local = uid[..uid.IndexOf('@', StringComparison.Ordinal)];
        return local[(local.LastIndexOf('-') + 1)..];
    }

    private static StrengthPlan WithFirstExercise(PlannedExercise exercise)
    {
        var plan = SamplePlans.TwoWeeks();
        var session = plan.Weeks[0].Sessions[0] with { Exercises = [exercise] };
        return plan with { Weeks = [plan.Weeks[0] with { Sessions = [session] }] };
    }
}

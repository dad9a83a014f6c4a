using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Rendering;

public sealed class PlanTextRendererTests
{
    private static string Render(StrengthPlan plan, bool explain = false) =>
        PlanRenderer.Render(plan, PlanFormat.Text, new PlanRenderOptions { Explain = explain });

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void A_rep_exercise_done_alone_reads_group_name_sets_reps_side_tempo_and_rest()
    {
        var plan = SamplePlans.TwoWeeks();
        var session = plan.Weeks[0].Sessions[0] with { Exercises = [SamplePlans.SingleLegSquat()] };
        plan = plan with { Weeks = [plan.Weeks[0] with { Sessions = [session] }] };

        Lines(Render(plan)).ShouldContain("    A1 Single-leg squat — 3 sets of 8–12 reps each side, 3 s down, rest 90 seconds");
    }

    [Theory]
    [InlineData(3, null, 30, 45, true, 60, null, "bodyweight", MovementPattern.Core, "A1 Plank — 3 sets of 30–45 s each side, rest 60 seconds")]
    [InlineData(1, 5, null, null, false, 120, null, "RPE 8", MovementPattern.Squat, "A1 Plank — 1 set of 5 reps, RPE 8, rest 120 seconds")]
    [InlineData(2, 1, null, null, false, 0, "2-0-1", "Bodyweight", MovementPattern.Squat, "A1 Plank — 2 sets of 1 rep, 2 s down, no rest")]
    [InlineData(3, 6, null, null, false, 90, "3-2-X", "bodyweight", MovementPattern.Squat, "A1 Plank — 3 sets of 6 reps, 3 s down, 2 s pause, explosive up, rest 90 seconds")]
    [InlineData(3, 6, null, null, false, 90, "2-0-3", "bodyweight", MovementPattern.Squat, "A1 Plank — 3 sets of 6 reps, 2 s down, 3 s up, rest 90 seconds")]
    [InlineData(3, 6, null, null, false, 1, "slow", "bodyweight", MovementPattern.Squat, "A1 Plank — 3 sets of 6 reps, tempo slow, rest 1 second")]
    [InlineData(3, null, 20, 20, false, 60, null, "bodyweight", MovementPattern.Plyometric, "A1 Plank — 3 sets of 20 s, rest 60 seconds")]
    [InlineData(2, 5, 3, 3, true, 45, null, "bodyweight", MovementPattern.Balance, "A1 Plank — 2 sets of 5 reps with a 3 s hold each side, rest 45 seconds")]
    [InlineData(4, null, null, null, false, 30, null, "bodyweight", MovementPattern.Core, "A1 Plank — 4 sets, rest 30 seconds")]
    public void Exercise_lines_read_the_way_a_coach_writes_them(
        int sets, int? reps, int? minSeconds, int? maxSeconds, bool perSide, int rest, string? tempo, string load, MovementPattern pattern, string expected)
    {
        var exercise = SamplePlans.SingleLegSquat() with
        {
            Name = "Plank",
            Pattern = pattern,
            Sets = sets,
            Reps = reps is { } r ? new DoseRange(r, r) : null,
            Seconds = minSeconds is { } min ? new DoseRange(min, maxSeconds!.Value) : null,
            PerSide = perSide,
            RestSeconds = rest,
            Tempo = tempo,
            Load = load,
        };

        PlanWording.ExerciseLine(exercise).ShouldBe(expected);
    }

    [Fact]
    public void A_progression_sits_on_its_own_indented_line_under_its_exercise()
    {
        var lines = Lines(Render(SamplePlans.TwoWeeks())).ToList();
        var bridge = lines.FindIndex(l => l.TrimStart().StartsWith("B2 Glute bridge — ", StringComparison.Ordinal));
        var plank = lines.FindIndex(l => l.TrimStart().StartsWith("B1 Copenhagen plank — ", StringComparison.Ordinal));

        bridge.ShouldBeGreaterThan(0);
        lines[bridge].ShouldBe("      B2 Glute bridge — 15 reps");
        lines[bridge + 1].ShouldBe("         Progression: harder variation of glute-bridge: 18 reps at RPE 6");
        lines[plank + 1].ShouldBe("       Progression: long-lever Copenhagen plank: 30 s each side");
    }

    [Fact]
    public void Week_headings_give_dates_phase_deload_and_weeks_to_race()
    {
        var lines = Lines(Render(SamplePlans.TwoWeeks()));

        lines.ShouldContain("Week 1 · 23–29 November 2026 · base phase · 12 weeks to race");
        lines.ShouldContain("Week 2 · 30 November – 6 December 2026 · build phase · deload · 11 weeks to race");
    }

    [Theory]
    [InlineData(2026, 12, 28, null, "Week 1 · 28 December 2026 – 3 January 2027 · base phase")]
    [InlineData(2027, 3, 1, 1, "Week 1 · 1–7 March 2027 · base phase · 1 week to race")]
    [InlineData(2027, 3, 1, 0, "Week 1 · 1–7 March 2027 · base phase · race week")]
    public void Week_headings_handle_year_ends_and_the_last_weeks(int year, int month, int day, int? toRace, string expected)
    {
        var week = SamplePlans.TwoWeeks().Weeks[0] with { Start = new DateOnly(year, month, day), WeeksToRace = toRace };

        PlanWording.WeekHeading(week).ShouldBe(expected);
    }

    [Fact]
    public void Sessions_say_the_day_the_run_the_kind_and_the_warm_up()
    {
        var lines = Lines(Render(SamplePlans.TwoWeeks()));

        lines.ShouldContain("  Monday 23 November · same day as your easy run");
        lines.ShouldContain("  Full body · moderate · 35 minutes");
        lines.ShouldContain("  Warm-up: Elephant walk 20 s · Leg swings 40 s · Ankle rocks 30 s");
        lines.ShouldContain("  Warm-up: Glute activation 1 min · Goblet squat hold 1 min 30 s");
        lines.ShouldContain("  Tuesday 1 December · rest day");
        lines.ShouldContain("  Thursday 26 November · same day as your intervals");
    }

    [Fact]
    public void Each_session_says_whether_to_lift_before_or_after_the_run_or_that_it_is_a_rest_day()
    {
        var lines = Lines(Render(OrderedWeek.Plan()));

        lines.ShouldContain("  Tuesday 24 November · after your intervals");
        lines.ShouldContain("  Wednesday 25 November · before your easy run");
        lines.ShouldContain("  Friday 27 November · rest day");
    }

    [Theory]
    [InlineData(RunKind.Easy, SessionOrder.BeforeRun, "before your easy run")]
    [InlineData(RunKind.Recovery, SessionOrder.BeforeRun, "before your recovery run")]
    [InlineData(RunKind.Long, SessionOrder.AfterRun, "after your long run")]
    [InlineData(RunKind.Tempo, SessionOrder.AfterRun, "after your tempo run")]
    [InlineData(RunKind.Intervals, SessionOrder.AfterRun, "after your intervals")]
    [InlineData(RunKind.Hills, SessionOrder.AfterRun, "after your hill session")]
    [InlineData(RunKind.RacePace, SessionOrder.AfterRun, "after your race-pace run")]
    [InlineData(RunKind.Rest, null, "rest day")]
    [InlineData(RunKind.Long, null, "same day as your long run")]
    public void The_day_line_names_the_run_and_the_order(RunKind run, SessionOrder? order, string expected)
    {
        var session = OrderedWeek.WednesdayBeforeEasyRun() with { Run = run, Order = order };

        PlanWording.DayLine(session).ShouldBe("Wednesday 25 November · " + expected);
    }

    [Fact]
    public void A_session_that_fell_back_onto_a_quality_day_says_the_rules_note_under_the_day_line()
    {
        var lines = Lines(Render(OrderedWeek.Plan())).ToList();
        var tuesday = lines.IndexOf("  Tuesday 24 November · after your intervals");

        lines[tuesday + 1].ShouldBe("  No easy or rest day this week was left clear of the day before a quality run or the long run, so this session goes after your quality run (article 002): run first, lift after, and keep tomorrow easy.");
        lines.Count(l => l.Contains("keep tomorrow easy", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void The_session_heading_uses_the_title_and_never_doubles_the_intensity()
    {
        var text = Render(OrderedWeek.Plan());

        Lines(text).ShouldContain("  Lower body and core · heavy · 40 minutes");
        Lines(text).ShouldContain("  Full body · moderate · 35 minutes");
        text.ShouldNotContain("lower-heavy");
        text.ShouldNotContain(" session,");
    }

    [Theory]
    [InlineData("lower-heavy", null, "Lower heavy · heavy · 40 minutes")]
    [InlineData("lower-heavy", " ", "Lower heavy · heavy · 40 minutes")]
    [InlineData("lower-heavy", "Lower body and core", "Lower body and core · heavy · 40 minutes")]
    public void Without_a_title_the_heading_spells_the_kind_in_words(string kind, string? title, string expected)
    {
        var session = OrderedWeek.TuesdayAfterIntervals() with { Kind = kind, Title = title };

        PlanWording.SessionHeading(session).ShouldBe(expected);
    }

    [Fact]
    public void A_tri_set_is_done_as_rounds_under_one_heading()
    {
        var lines = Lines(Render(OrderedWeek.Plan())).ToList();
        var heading = lines.IndexOf("    A · 3 rounds, rest 60 s between rounds");

        heading.ShouldBeGreaterThan(0);
        lines.Skip(heading + 1).Take(5).ShouldBe(
        [
            "      A1 Split squat — 10 reps each side, 2 × 12 kg dumbbells, 3 s down",
            "      A2 Pogo hops — 20 s",
            "      A3 Side plank — 30–45 s each side (first 2 rounds only)",
            "         Progression: side plank with a leg lift",
            "    B1 Tibialis raise (injury work) — 2 sets of 15–20 reps, rest 45 seconds",
        ]);
    }

    [Fact]
    public void A_timed_exercise_is_a_time_not_a_hold()
    {
        var lines = Lines(Render(OrderedWeek.Plan()));

        lines.ShouldContain("    B1 Mountain climber — 3 sets of 20–30 s, rest 45 seconds");
        lines.Where(l => l.Contains("Mountain climber", StringComparison.Ordinal) || l.Contains("Pogo hops", StringComparison.Ordinal) || l.Contains("Side plank", StringComparison.Ordinal))
            .ShouldAllBe(l => !l.Contains("hold", StringComparison.Ordinal));
    }

    [Fact]
    public void Injury_work_is_marked_and_other_work_is_not()
    {
        var text = Render(OrderedWeek.Plan());

        text.ShouldContain("B1 Tibialis raise (injury work) — ");
        Lines(text).Count(l => l.Contains("(injury work)", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Explain_adds_each_rule_with_its_message_file_and_line()
    {
        var lines = Lines(Render(SamplePlans.TwoWeeks(), explain: true));

        lines.ShouldContain("  Why:");
        lines.ShouldContain("  - placement/NoHeavyBeforeQuality: Heavy lifting stays off the day before intervals, so Monday is moderate. (rules/placement.json, line 12)");
        lines.ShouldContain("  - placement/HardDaysHard: Heavy lifting goes on a quality day, after the run, so easy days stay easy. (rules/placement.json, line 30)");
    }

    [Fact]
    public void Without_explain_no_reasons_are_shown()
    {
        var text = Render(SamplePlans.TwoWeeks());

        text.ShouldNotContain("Why:");
        text.ShouldNotContain("placement/");
    }

    [Fact]
    public void Explain_adds_only_the_why_lines()
    {
        var plain = Lines(Render(SamplePlans.TwoWeeks()));
        var explained = Lines(Render(SamplePlans.TwoWeeks(), explain: true));

        explained.Except(plain).ShouldAllBe(l => l == "  Why:" || l.StartsWith("  - placement/", StringComparison.Ordinal) || l.StartsWith("  - dose/", StringComparison.Ordinal));
        explained.Length.ShouldBe(plain.Length + 5);
    }

    [Fact]
    public void Plan_and_week_notes_are_listed()
    {
        var lines = Lines(Render(SamplePlans.TwoWeeks()));

        lines.ShouldContain("- Stop any exercise that hurts more than 3 out of 10.");
        lines.ShouldContain("  Notes:");
        lines.ShouldContain("  - Deload: keep the loads, halve the sets.");
    }

    [Fact]
    public void Output_is_plain_text_with_lf_line_ends()
    {
        var text = Render(SamplePlans.TwoWeeks(), explain: true);

        text.ShouldNotContain("\u001b");
        text.ShouldNotContain("\r");
        text.ShouldEndWith("\n");
        text.ShouldStartWith("Strength plan for Ana Runner\n2 weeks from Monday 23 November 2026, 3 sessions\n");
    }

    [Fact]
    public void A_week_without_sessions_says_so()
    {
        var plan = SamplePlans.TwoWeeks();
        plan = plan with { Weeks = [plan.Weeks[0] with { Sessions = [] }] };

        Lines(Render(plan)).ShouldContain("  No strength sessions this week.");
    }
}

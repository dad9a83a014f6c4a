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
    public void A_rep_exercise_reads_group_name_sets_reps_side_tempo_and_rest()
    {
        Lines(Render(SamplePlans.TwoWeeks())).ShouldContain("    A1 Single-leg squat — 3 sets of 8–12 reps each side, 3 s down, rest 90 seconds");
    }

    [Theory]
    [InlineData(3, null, 30, 45, true, 60, null, "bodyweight", MovementPattern.Core, "A1 Plank — 3 sets of 30–45 s hold each side, rest 60 seconds")]
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

        bridge.ShouldBeGreaterThan(0);
        lines[bridge + 1].ShouldBe("       Progression: harder variation of glute-bridge: 18 reps at RPE 6");
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
    public void Sessions_say_the_day_the_run_beside_them_the_kind_and_the_warm_up()
    {
        var lines = Lines(Render(SamplePlans.TwoWeeks()));

        lines.ShouldContain("  Monday 23 November · beside an easy run");
        lines.ShouldContain("  Moderate full-body session, 35 minutes");
        lines.ShouldContain("  Warm-up: Elephant walk 20 s · Leg swings 40 s · Ankle rocks 30 s");
        lines.ShouldContain("  Warm-up: Glute activation 1 min · Goblet squat hold 1 min 30 s");
        lines.ShouldContain("  Tuesday 1 December · rest day");
        lines.ShouldContain("  Thursday 26 November · beside intervals");
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

using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Plans;

namespace RunnerStrength.Coaching.Tests.Rendering;

public sealed partial class PlanMarkdownRendererTests
{
    private static string[] Lines(StrengthPlan plan, bool explain = false) =>
        PlanRenderer.Render(plan, PlanFormat.Markdown, new PlanRenderOptions { Explain = explain }).Split('\n');

    [Fact]
    public void The_plan_has_a_title_and_each_week_and_session_a_heading()
    {
        var lines = Lines(SamplePlans.TwoWeeks());

        lines[0].ShouldBe("# Strength plan for Ana Runner");
        lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ShouldBe(
        [
            "## Week 1 · 23–29 November 2026",
            "## Week 2 · 30 November – 6 December 2026",
        ]);
        lines.Where(l => l.StartsWith("### ", StringComparison.Ordinal) && !l.StartsWith("### Notes", StringComparison.Ordinal)).ShouldBe(
        [
            "### Monday 23 November: Full body · moderate · 35 minutes",
            "### Thursday 26 November: Lower body · heavy · 40 minutes",
            "### Tuesday 1 December: Core mobility · light · 20 minutes",
        ]);
    }

    [Fact]
    public void Headings_are_markdown_headings_never_bold_lines()
    {
        var lines = Lines(OrderedWeek.Plan(), explain: true).Concat(Lines(SamplePlans.TwoWeeks(), explain: true)).ToList();

        lines.ShouldNotContain(l => BoldLine().IsMatch(l));
        lines.ShouldContain("### Notes for week 1");
        lines.ShouldContain("#### Why: Monday 23 November");
    }

    [Fact]
    public void Every_heading_is_unique_so_each_can_be_linked_to()
    {
        var headings = Lines(SamplePlans.TwoWeeks(), explain: true).Where(l => l.StartsWith('#')).ToList();

        headings.ShouldBeUnique();
        headings.ShouldContain("### Notes for week 2");
        headings.ShouldContain("#### Why: Thursday 26 November");
    }

    [Fact]
    public void The_session_heading_uses_the_title()
    {
        Lines(OrderedWeek.Plan()).ShouldContain("### Tuesday 24 November: Lower body and core · heavy · 40 minutes");
    }

    [Fact]
    public void Each_session_says_whether_to_lift_before_or_after_the_run_or_that_it_is_a_rest_day()
    {
        var lines = Lines(OrderedWeek.Plan());

        lines.ShouldContain("After your intervals. No easy or rest day this week was left clear of the day before a quality run or the long run, so this session goes after your quality run (article 002): run first, lift after, and keep tomorrow easy.");
        lines.ShouldContain("Before your easy run.");
        lines.ShouldContain("Rest day.");
    }

    [Fact]
    public void A_tri_set_is_a_list_item_with_its_rounds_nested()
    {
        var lines = Lines(OrderedWeek.Plan()).ToList();
        var heading = lines.IndexOf("- A · 3 rounds, rest 60 s between rounds");

        heading.ShouldBeGreaterThan(0);
        lines.Skip(heading + 1).Take(5).ShouldBe(
        [
            "  - A1 Split squat — 10 reps each side, 2 × 12 kg dumbbells, 3 s down",
            "  - A2 Pogo hops — 20 s",
            "  - A3 Side plank — 30–45 s each side (first 2 rounds only)",
            "    - Progression: side plank with a leg lift",
            "- B1 Tibialis raise (injury work) — 2 sets of 15–20 reps, rest 45 seconds",
        ]);
    }

    [Fact]
    public void A_timed_exercise_is_a_time_not_a_hold()
    {
        Lines(OrderedWeek.Plan()).ShouldContain("- B1 Mountain climber — 3 sets of 20–30 s, rest 45 seconds");
    }

    [Fact]
    public void Line_breaks_in_names_do_not_break_the_list_item()
    {
        var plan = WithFirstExercise(SamplePlans.SingleLegSquat() with { Name = "Single-leg\nsquat" });

        Lines(plan).ShouldContain("- A1 Single-leg squat — 3 sets of 8–12 reps each side, 3 s down, rest 90 seconds");
    }

    [Fact]
    public void Notes_and_progressions_are_lists()
    {
        var lines = Lines(SamplePlans.TwoWeeks());

        lines.ShouldContain("- Stop any exercise that hurts more than 3 out of 10.");
        lines.ShouldContain("- Deload: keep the loads, halve the sets.");
        lines.ShouldContain("    - Progression: harder variation of glute-bridge: 18 reps at RPE 6");
        lines.ShouldContain("  - Progression: long-lever Copenhagen plank: 30 s each side");
    }

    [Fact]
    public void Explain_lists_the_reasons_under_each_session()
    {
        var plain = Lines(SamplePlans.TwoWeeks());
        var explained = Lines(SamplePlans.TwoWeeks(), explain: true);

        plain.ShouldNotContain(l => l.StartsWith("#### Why", StringComparison.Ordinal));
        explained.Count(l => l.StartsWith("#### Why: ", StringComparison.Ordinal)).ShouldBe(2);
        explained.ShouldContain("- dose/BaseVolume: Base phase: 3 sets in the 8–12 range. (rules/dose.json, line 4)");
    }

    private static StrengthPlan WithFirstExercise(PlannedExercise exercise)
    {
        var plan = SamplePlans.TwoWeeks();
        var session = plan.Weeks[0].Sessions[0] with { Exercises = [exercise] };
        return plan with { Weeks = [plan.Weeks[0] with { Sessions = [session] }] };
    }

    // A whole line in bold is a heading in disguise.
    [GeneratedRegex(@"^\*\*[^*]+\*\*:?$")]
    private static partial Regex BoldLine();
}

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
        lines.Count(l => l.StartsWith("### ", StringComparison.Ordinal)).ShouldBe(3);
        lines.ShouldContain("### Monday 23 November: Moderate full-body session, 35 minutes");
    }

    [Fact]
    public void Each_exercise_is_one_table_row()
    {
        var plan = SamplePlans.TwoWeeks();
        var lines = Lines(plan);

        var rows = lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Group", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).ToList();

        rows.Count.ShouldBe(plan.Weeks.SelectMany(w => w.Sessions).Sum(s => s.Exercises.Count));
        rows.ShouldContain("| A1 | Single-leg squat | 3 × 8–12 each side | 90 s | 3-0-1 |");
        rows.ShouldContain("| B1 | Romanian deadlift (2 × 16 kg kettlebells) | 3 × 6–8 | 30 s | 3-1-1 |");
        rows.ShouldContain("| A2 | Side plank | 3 × 30–45 s each side | 60 s | — |");
        lines.Count(l => l == "| Group | Exercise | Sets × reps | Rest | Tempo |").ShouldBe(3);
    }

    [Fact]
    public void Pipes_in_cells_are_escaped_so_the_table_keeps_its_columns()
    {
        var plan = WithFirstExercise(SamplePlans.SingleLegSquat() with { Name = "Row | band", Load = "light | medium band" });

        var row = Lines(plan).Single(l => l.StartsWith("| A1 ", StringComparison.Ordinal));

        row.ShouldBe(@"| A1 | Row \| band (light \| medium band) | 3 × 8–12 each side | 90 s | 3-0-1 |");
        UnescapedPipe().Count(row).ShouldBe(6);
    }

    [Fact]
    public void Line_breaks_in_names_do_not_break_the_row()
    {
        var plan = WithFirstExercise(SamplePlans.SingleLegSquat() with { Name = "Single-leg\nsquat" });

        Lines(plan).ShouldContain(l => l.StartsWith("| A1 | Single-leg squat |", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_and_progressions_are_lists()
    {
        var lines = Lines(SamplePlans.TwoWeeks());

        lines.ShouldContain("- Stop any exercise that hurts more than 3 out of 10.");
        lines.ShouldContain("- Deload: keep the loads, halve the sets.");
        lines.ShouldContain("- B2 Glute bridge: harder variation of glute-bridge: 18 reps at RPE 6");
    }

    [Fact]
    public void Explain_lists_the_reasons_under_each_session()
    {
        var plain = Lines(SamplePlans.TwoWeeks());
        var explained = Lines(SamplePlans.TwoWeeks(), explain: true);

        plain.ShouldNotContain("**Why**");
        explained.Count(l => l == "**Why**").ShouldBe(2);
        explained.ShouldContain("- dose/BaseVolume: Base phase: 3 sets in the 8–12 range. (rules/dose.json, line 4)");
    }

    private static StrengthPlan WithFirstExercise(PlannedExercise exercise)
    {
        var plan = SamplePlans.TwoWeeks();
        var session = plan.Weeks[0].Sessions[0] with { Exercises = [exercise] };
        return plan with { Weeks = [plan.Weeks[0] with { Sessions = [session] }] };
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}

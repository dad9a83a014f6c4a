using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Plans;

namespace RunnerStrength.Coaching.Tests.Rendering;

public sealed class PlanGoldenTests
{
    public static TheoryData<string, PlanFormat, bool> Cases => new()
    {
        { "two-weeks.txt", PlanFormat.Text, false },
        { "two-weeks.explain.txt", PlanFormat.Text, true },
        { "two-weeks.md", PlanFormat.Markdown, false },
        { "two-weeks.explain.md", PlanFormat.Markdown, true },
        { "two-weeks.json", PlanFormat.Json, false },
        { "ordered-week.txt", PlanFormat.Text, false },
        { "ordered-week.explain.txt", PlanFormat.Text, true },
        { "ordered-week.md", PlanFormat.Markdown, false },
        { "ordered-week.json", PlanFormat.Json, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_plan_renders_exactly_as_its_golden_file(string golden, PlanFormat format, bool explain)
    {
        var output = PlanRenderer.Render(PlanOf(golden), format, new PlanRenderOptions { Explain = explain });

        output.ShouldMatchGolden(golden);
    }

    private static StrengthPlan PlanOf(string golden) =>
        golden.StartsWith("ordered-week.", StringComparison.Ordinal) ? OrderedWeek.Plan() : SamplePlans.TwoWeeks();
}

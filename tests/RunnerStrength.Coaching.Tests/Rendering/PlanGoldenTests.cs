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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_plan_renders_exactly_as_its_golden_file(string golden, PlanFormat format, bool explain)
    {
        var output = PlanRenderer.Render(SamplePlans.TwoWeeks(), format, new PlanRenderOptions { Explain = explain });

        output.ShouldMatchGolden(golden);
    }
}

using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>Turns a plan into text, Markdown, JSON or an iCalendar file.</summary>
public static class PlanRenderer
{
    /// <summary>
    /// Renders <paramref name="plan"/> in <paramref name="format"/>; the same plan always gives the same output (a
    /// calendar also carries the time of writing from <see cref="PlanRenderOptions.Clock"/>), and JSON always carries the reasons.
    /// </summary>
    public static string Render(StrengthPlan plan, PlanFormat format, PlanRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= PlanRenderOptions.Default;
        return format switch
        {
            PlanFormat.Text => PlanTextRenderer.Render(plan, options),
            PlanFormat.Json => PlanJson.Serialize(plan),
            PlanFormat.Markdown => PlanMarkdownRenderer.Render(plan, options),
            PlanFormat.Ics => PlanCalendarRenderer.Render(plan, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown plan format."),
        };
    }
}

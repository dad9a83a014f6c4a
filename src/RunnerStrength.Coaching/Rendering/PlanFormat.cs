namespace RunnerStrength.Coaching.Rendering;

/// <summary>The output formats a plan can be rendered to.</summary>
public enum PlanFormat
{
    /// <summary>Plain text, week by week, as a coach would write it.</summary>
    Text,

    /// <summary>JSON that follows <c>schemas/plan.schema.json</c>.</summary>
    Json,

    /// <summary>Markdown for sharing: a heading per week and per session, the exercises as a list with rounds nested.</summary>
    Markdown,

    /// <summary>An RFC 5545 iCalendar file with one all-day event per session.</summary>
    Ics,
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Planning;

/// <summary>What to design a plan for.</summary>
public sealed record PlanRequest
{
    /// <summary>The athlete.</summary>
    public required AthleteProfile Athlete { get; init; }

    /// <summary>The profile's text, so problems point at its lines (optional).</summary>
    public SourceText? AthleteSource { get; init; }

    /// <summary>The first day of the plan; the next Monday after today when null.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>How many weeks; through the race week when null and there is a race, else <see cref="ProgramDesigner.DefaultWeeks"/>.</summary>
    public int? Weeks { get; init; }
}

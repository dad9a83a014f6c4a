using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// A scenario test as <c>schemas/scenario.schema.json</c> describes it: an athlete, a rule set and a start date, and
/// what the designed plan must show. Properties marked <see cref="JsonIgnoreAttribute"/> are worked out, not written.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's name, as reports show it.</summary>
    public required string Name { get; init; }

    /// <summary>The scenario file, as it was given to the reader.</summary>
    [JsonIgnore]
    public required string Path { get; init; }

    /// <summary>What the scenario proves, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The athlete, read from the file the scenario names or from the profile written inline.</summary>
    public required AthleteProfile Athlete { get; init; }

    /// <summary>The athlete's text (the profile file, or the scenario file for an inline profile), so problems point at its lines.</summary>
    [JsonIgnore]
    public required SourceText AthleteSource { get; init; }

    /// <summary>The athlete file's full path, or null when the profile is written inline.</summary>
    [JsonIgnore]
    public string? AthleteFile { get; init; }

    /// <summary>The full path of the rule-set folder to design with.</summary>
    public required string Rules { get; init; }

    /// <summary>The first day of the plan.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>How many weeks to plan, or null for the designer's default.</summary>
    public int? Weeks { get; init; }

    /// <summary>What the plan must show.</summary>
    public required ImmutableArray<ScenarioExpectation> Expect { get; init; }

    /// <summary>The scenario's own text, for positions.</summary>
    [JsonIgnore]
    public required SourceText Source { get; init; }
}

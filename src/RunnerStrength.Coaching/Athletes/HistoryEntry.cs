using System.Text.Json.Serialization;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>Sets of one exercise done on one day: reps reached in every set, or seconds held.</summary>
public sealed record HistoryEntry
{
    /// <summary>The day the sets were done.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The exercise's catalog id.</summary>
    public required string Exercise { get; init; }

    /// <summary>How many sets were done.</summary>
    public required int Sets { get; init; }

    /// <summary>Reps reached in every set (per side for single-leg work), or null for a hold.</summary>
    public int? Reps { get; init; }

    /// <summary>Seconds held or worked in every set, or null for rep work.</summary>
    public int? Seconds { get; init; }

    /// <summary>Rate of perceived exertion of the hardest set, 1-10, or null when not noted.</summary>
    public double? Rpe { get; init; }

    /// <summary>The load as written, such as <c>12 kg</c> or <c>green band</c>; null for bodyweight.</summary>
    public string? Load
    {
        get => _load;
        init
        {
            _load = value;
            _parsedLoad = LoggedLoad.TryParse(value, out var load) ? load : null;
        }
    }

    /// <summary>
    /// <see cref="Load"/> read as numbers, such as 2 implements of 26 kg for <c>2 x 26 kg</c>; null for bodyweight, a
    /// band or any other text that is not a weight.
    /// </summary>
    [JsonIgnore]
    public LoggedLoad? ParsedLoad => _parsedLoad;

    // Read once when the load is set, not at every rule that looks at it.
    private readonly string? _load;

    private readonly LoggedLoad? _parsedLoad;
}

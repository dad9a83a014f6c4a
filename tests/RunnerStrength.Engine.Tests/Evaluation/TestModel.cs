using System.Text.Json.Serialization;

namespace RunnerStrength.Engine.Tests.Evaluation;

public enum Level
{
    [JsonStringEnumMemberName("beginner")] Beginner,
    [JsonStringEnumMemberName("intermediate")] Intermediate,
    [JsonStringEnumMemberName("advanced")] Advanced,
}

public enum Run
{
    [JsonStringEnumMemberName("rest")] Rest,
    [JsonStringEnumMemberName("easy")] Easy,
    [JsonStringEnumMemberName("long")] Long,
    [JsonStringEnumMemberName("tempo")] Tempo,
    [JsonStringEnumMemberName("race-pace")] RacePace,
}

public sealed record Week
{
    public Run Monday { get; init; }
    public Run Tuesday { get; init; }
    public Run Wednesday { get; init; }
    public Run Thursday { get; init; }
    public Run Friday { get; init; }
    public Run Saturday { get; init; }
    public Run Sunday { get; init; }
}

public sealed record Race(DateOnly Date, string Distance);

public sealed record Readiness
{
    public int? Soreness { get; init; }
    public double? SleepHours { get; init; }
}

public sealed record Entry
{
    public required string Exercise { get; init; }
    public int Sets { get; init; }
    public int? Reps { get; init; }
    public double? Rpe { get; init; }
}

public sealed record Athlete
{
    public required string Name { get; init; }
    public Level Level { get; init; }
    public required Week Week { get; init; }
    public Race? Race { get; init; }
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public int SessionMinutes { get; init; }
    public Readiness? Readiness { get; init; }
    public IReadOnlyList<Entry> History { get; init; } = [];
    public IReadOnlyDictionary<string, int> Scores { get; init; } = new Dictionary<string, int>();
    public decimal BodyWeightKg { get; init; }
    public long TotalSteps { get; init; }
    public bool Injured { get; init; }
    public int[] WeeklyKm { get; init; } = [];
    public Level? GoalLevel { get; init; }
    public DateOnly? LastTest { get; init; }

    public static Athlete Sample => new()
    {
        Name = "Ana",
        Level = Level.Intermediate,
        Week = new Week { Monday = Run.Easy, Tuesday = Run.Tempo, Wednesday = Run.Easy, Thursday = Run.Rest, Friday = Run.Easy, Saturday = Run.Long, Sunday = Run.Rest },
        Race = new Race(new DateOnly(2027, 3, 14), "marathon"),
        Equipment = ["bands", "dumbbells"],
        SessionMinutes = 35,
        Readiness = new Readiness { Soreness = 3, SleepHours = 7.5 },
        History =
        [
            new Entry { Exercise = "glute-bridge", Sets = 3, Reps = 18, Rpe = 6 },
            new Entry { Exercise = "push-up", Sets = 3, Reps = 10, Rpe = 9 },
            new Entry { Exercise = "side-plank", Sets = 3, Reps = null, Rpe = 7 },
        ],
        Scores = new Dictionary<string, int> { ["squat"] = 80 },
        BodyWeightKg = 62.5m,
        TotalSteps = 3_000_000_000L,
        Injured = false,
        WeeklyKm = [30, 42, 38],
        GoalLevel = Level.Advanced,
        LastTest = null,
    };

    /// <summary>An athlete with every optional part missing, for null handling.</summary>
    public static Athlete Sparse => new()
    {
        Name = "Bo",
        Level = Level.Beginner,
        Week = new Week(),
        Race = null,
        Readiness = null,
        SessionMinutes = 0,
    };
}

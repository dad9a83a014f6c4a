using System.Globalization;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>The values templates vary over, and their spellings in rule files.</summary>
internal static class CoachingWords
{
    public static readonly DayOfWeek[] Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static readonly RunKind[] RunKinds = Enum.GetValues<RunKind>();

    public static readonly AthleteLevel[] Levels = Enum.GetValues<AthleteLevel>();

    public static readonly RaceDistance[] Distances = Enum.GetValues<RaceDistance>();

    public static readonly string[] Exercises =
    [
        "back-squat", "goblet-squat", "romanian-deadlift", "glute-bridge", "kettlebell-swing",
        "pull-up", "side-plank", "step-up", "nordic-curl", "push-up", "barbell-hip-thrust",
    ];

    public static IReadOnlyList<string> Equipment => AthleteVocabulary.Equipment;

    public static IReadOnlyList<string> Injuries => AthleteVocabulary.Injuries;

    /// <summary>The item <paramref name="offset"/> places after <paramref name="start"/>, wrapping round.</summary>
    public static T After<T>(IReadOnlyList<T> items, T start, int offset)
    {
        var index = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], start))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new ArgumentException($"'{start}' is not one of the values", nameof(start));
        }

        return items[(index + offset) % items.Count];
    }

    /// <summary>A day as rule files spell it: <c>tuesday</c>.</summary>
    public static string Spell(DayOfWeek day) => day.ToString().ToLowerInvariant();

    /// <summary>An enum value as rule files spell it: <c>race-pace</c>, <c>half-marathon</c>.</summary>
    public static string Spell<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumText.Name(typeof(TEnum), value);

    /// <summary>A number as an expression literal.</summary>
    public static string Spell(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as an expression literal compares with a date member.</summary>
    public static string Spell(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

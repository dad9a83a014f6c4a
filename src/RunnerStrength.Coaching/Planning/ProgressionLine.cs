using System.Globalization;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// One exercise's way through the plan: the variation it has reached and the dose it is at, moved forward one variable
/// at a time by the WeeklyProgression rules. A line belongs to the exercise the slot chose at the Dose rules' range for
/// it, so a heavy session's 6-8 reps and a moderate session's 8-12 move on their own.
/// </summary>
internal sealed class ProgressionLine
{
    public ProgressionLine(Exercise exercise) => Exercise = exercise;

    /// <summary>The variation the line has reached.</summary>
    public Exercise Exercise { get; set; }

    /// <summary>Reps a set, or null until the first dose sets it (and for holds).</summary>
    public int? Reps { get; set; }

    /// <summary>Seconds a hold, or null until the first dose sets it (and for rep work).</summary>
    public int? Seconds { get; set; }

    /// <summary>The most reps the line's steps have reached: a session's range gives way to it, never more.</summary>
    public int RepsUpTo { get; set; }

    /// <summary>The longest hold the line's steps have reached.</summary>
    public int SecondsUpTo { get; set; }

    /// <summary>Kilograms per implement when the log gave a load for this variation; null when unknown.</summary>
    public double? LoadKg { get; set; }

    /// <summary>How many implements the load is in (2 for a pair of dumbbells).</summary>
    public int Implements { get; set; } = 1;

    /// <summary>The load in words after a load step where the kilograms are unknown.</summary>
    public string? LoadText { get; set; }

    /// <summary>The tempo a step set, or null for the Dose rules' own.</summary>
    public string? Tempo { get; set; }

    /// <summary>Weeks in a row at the present dose, counting the week it was last prescribed in.</summary>
    public int WeeksAtDose { get; set; }

    /// <summary>Steps taken in this plan.</summary>
    public int Steps { get; set; }

    /// <summary>The plan week the line was last prescribed in (0 before the first).</summary>
    public int Week { get; set; }

    /// <summary>True when the line started from the athlete's log.</summary>
    public bool FromLog { get; set; }

    /// <summary>What changed in <see cref="Week"/> and why, or null when nothing did.</summary>
    public PlannedProgression? Change { get; set; }

    /// <summary>A copy to work on: the plan keeps it only if the session keeps the exercise.</summary>
    public ProgressionLine Clone() => (ProgressionLine)MemberwiseClone();

    /// <summary>Sets the targets a new variation starts from: the bottom of the Dose rules' range, no tempo of its own, load unknown.</summary>
    public void StartVariation(Exercise exercise)
    {
        Exercise = exercise;
        Reps = null;
        Seconds = null;
        RepsUpTo = 0;
        SecondsUpTo = 0;
        FromLog = false;
        LoadKg = null;
        Implements = 1;
        LoadText = null;
        Tempo = null;
    }

    /// <summary>Fills the targets the line does not have yet from the dose the rules gave.</summary>
    public void Fill(ExerciseDoseState dose)
    {
        if (dose.Reps is { } reps)
        {
            Reps ??= reps.Min;
            Seconds = null;
        }
        else if (dose.Seconds is { } seconds)
        {
            Seconds ??= seconds.Min;
            Reps = null;
        }
    }

    /// <summary>The facts WeeklyProgression reads, for the dose the rules gave this week.</summary>
    public LineFacts Facts(ExerciseDoseState dose) => new()
    {
        Reps = dose.Reps is { } range && Reps is { } reps ? At(range, reps, RepsUpTo) : null,
        Seconds = dose.Seconds is { } holds && Seconds is { } seconds ? At(holds, seconds, SecondsUpTo) : null,
        PerSide = dose.PerSide,
        RangeMin = dose.Reps?.Min ?? dose.Seconds?.Min ?? 0,
        RangeMax = dose.Reps?.Max ?? dose.Seconds?.Max ?? 0,
        WeeksAtDose = WeeksAtDose,
        Steps = Steps,
        LoadKg = LoadKg,
        Tempo = Tempo ?? dose.Tempo,
        FromLog = FromLog,
    };

    /// <summary>The rules' dose with the line's targets: a fixed number of reps or seconds, its tempo and its load.</summary>
    public ExerciseDoseState Apply(ExerciseDoseState dose, bool loadable)
    {
        // Within the session's range, or up to where the line's steps have gone beyond it.
        if (dose.Reps is { } range && Reps is { } reps)
        {
            var at = At(range, reps, RepsUpTo);
            dose = dose with { Reps = new DoseRange(at, at) };
        }

        if (dose.Seconds is { } holds && Seconds is { } seconds)
        {
            var at = At(holds, seconds, SecondsUpTo);
            dose = dose with { Seconds = new DoseRange(at, at) };
        }

        if (Tempo is { } tempo)
        {
            dose = dose with { Tempo = tempo };
        }

        if (loadable && LoadKg is { } kg)
        {
            dose = dose with { Load = Kilograms(kg, Implements) };
        }
        else if (loadable && LoadText is { } text)
        {
            dose = dose with { Load = text };
        }

        return dose;
    }

    /// <summary>The dose in a coach's shorthand: <c>3 × 10</c>, <c>3 × 30 s</c>, with the load when known.</summary>
    public static string Shorthand(ExerciseDoseState dose)
    {
        var amount = dose.Reps is { } reps ? Range(reps) : dose.Seconds is { } seconds ? Range(seconds) + " s" : "?";
        return $"{dose.Sets} × {amount}";
    }

    /// <summary>One set's work: <c>10 reps</c>, <c>8–12 reps</c>, <c>30 s</c>.</summary>
    public static string PerSet(ExerciseDoseState dose) =>
        dose.Reps is { } reps ? Range(reps) + (reps.Max == 1 ? " rep" : " reps") : dose.Seconds is { } seconds ? Range(seconds) + " s" : "?";

    /// <summary>A load in kilograms, rounded to the half kilo: <c>92.5 kg</c>, or <c>2 × 26 kg</c> for a pair.</summary>
    public static string Kilograms(double kg, int implements)
    {
        var rounded = Math.Round(kg * 2, MidpointRounding.AwayFromZero) / 2;
        var text = rounded.ToString("0.#", CultureInfo.InvariantCulture) + " kg";
        return implements > 1 ? $"{implements} × {text}" : text;
    }

    /// <summary>The reps this session prescribes: the line's target within <paramref name="range"/>.</summary>
    public int RepsIn(DoseRange range) => At(range, Reps ?? range.Min, RepsUpTo);

    /// <summary>The seconds this session prescribes: the line's target within <paramref name="range"/>.</summary>
    public int SecondsIn(DoseRange range) => At(range, Seconds ?? range.Min, SecondsUpTo);

    /// <summary>The target within the session's range, or where the line's steps (or the log) have taken it beyond.</summary>
    private int At(DoseRange range, int target, int upTo) =>
        Math.Clamp(target, FromLog ? Math.Min(range.Min, target) : range.Min, Math.Max(range.Max, Math.Max(upTo, FromLog ? target : 0)));

    private static string Range(DoseRange range) => range.Min == range.Max
        ? range.Min.ToString(CultureInfo.InvariantCulture)
        : $"{range.Min.ToString(CultureInfo.InvariantCulture)}–{range.Max.ToString(CultureInfo.InvariantCulture)}";
}

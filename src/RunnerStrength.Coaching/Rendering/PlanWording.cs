using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// The words every renderer shares, so text, Markdown and the calendar describe a dose the same way.
/// Only Humanizer's vocabulary (pluralisation, casing) is used: its culture-bound formatters need
/// cultures that invariant globalization does not provide.
/// </summary>
internal static partial class PlanWording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string MitigationMark = " (injury work)";

    /// <summary><c>A1 Single-leg squat — 3 sets of 8–12 reps each side, 3 s down, rest 90 seconds</c>: an exercise done set after set.</summary>
    public static string ExerciseLine(PlannedExercise exercise) =>
        $"{Label(exercise)} — {string.Join(", ", ExerciseDetails(exercise))}";

    /// <summary>The indented line under an exercise that says what comes next, or null.</summary>
    public static string? ProgressionLine(PlannedExercise exercise) =>
        ProgressionText(exercise) is { } text
            ? new string(' ', exercise.Group.Length + 1) + "Progression: " + text
            : null;

    /// <summary>
    /// <c>More reps this week (3 × 10 for 2 weeks). When all 3 sets of 3 × 12 feel RPE 7 or lower, go to 3 × 14.</c>:
    /// what changed and why, then the cue; null when the exercise has neither.
    /// </summary>
    public static string? ProgressionText(PlannedExercise exercise)
    {
        if (exercise.Progression is not { } progression)
        {
            return null;
        }

        var change = progression.Change switch
        {
            null => progression.Because is { } logged ? $"From your log ({logged})." : null,
            var action => $"{ChangeWords(action.Value)} ({progression.Because})."
        };
        var text = string.Join(" ", new[] { change, progression.Cue }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return text.Length == 0 ? null : text;
    }

    /// <summary><c>Max push-ups: one set of as many ... Target: ...</c></summary>
    public static string TestLine(PlannedTest test) =>
        test.Target is { Length: > 0 } target ? $"{test.Name}: {test.How} Target: {target}" : $"{test.Name}: {test.How}";

    private static string ChangeWords(Planning.Rules.ProgressionAction action) => action switch
    {
        Planning.Rules.ProgressionAction.Reps => "More reps this week",
        Planning.Rules.ProgressionAction.Seconds => "Longer holds this week",
        Planning.Rules.ProgressionAction.Harder => "A harder variation this week",
        Planning.Rules.ProgressionAction.Easier => "An easier variation this week",
        Planning.Rules.ProgressionAction.Load => "More load this week",
        Planning.Rules.ProgressionAction.Lighter => "Less load this week",
        Planning.Rules.ProgressionAction.Tempo => "A slower tempo this week",
        _ => "The same dose as your log",
    };

    /// <summary>
    /// A session's exercises as lines of text: an exercise done alone on one line, a block of rounds under its heading
    /// with its exercises indented by <paramref name="step"/>, and each progression under its exercise.
    /// </summary>
    public static IEnumerable<string> ExerciseLines(PlannedSession session, string step)
    {
        foreach (var block in ExerciseBlock.Of(session))
        {
            var indent = block.IsRounds ? step : string.Empty;
            if (block.IsRounds)
            {
                yield return RoundsHeading(block);
            }

            foreach (var exercise in block.Exercises)
            {
                yield return indent + (block.IsRounds ? RoundLine(exercise, block.Rounds) : ExerciseLine(exercise));
                if (ProgressionLine(exercise) is { } progression)
                {
                    yield return indent + progression;
                }
            }
        }
    }

    /// <summary>Dose, load, tempo and rest, in the order a coach reads them out.</summary>
    public static IEnumerable<string> ExerciseDetails(PlannedExercise exercise)
    {
        yield return Wording.Quantity("set", exercise.Sets) + Dose(exercise).Prefix(" of ");
        foreach (var detail in LoadAndTempo(exercise))
        {
            yield return detail;
        }

        yield return Rest(exercise.RestSeconds);
    }

    /// <summary>
    /// <c>A · 3 rounds, rest 60 s between rounds</c>: how a block of grouped exercises is done. The rest between the
    /// exercises of a round is said only when the plan gives one.
    /// </summary>
    public static string RoundsHeading(ExerciseBlock block)
    {
        var heading = $"{block.Letter} · {Wording.Quantity("round", block.Rounds)}";
        if (block.Rounds == 1)
        {
            return block.RestBetweenExercises is { } only ? $"{heading}, rest {only} s between exercises" : heading;
        }

        return (block.RestBetweenExercises, block.RestBetweenRounds) switch
        {
            ({ } exercises, var rounds) => $"{heading}, rest {exercises} s between exercises and {rounds} s between rounds",
            (null, > 0 and var rounds) => $"{heading}, rest {rounds} s between rounds",
            _ => heading + ", no rest between rounds",
        };
    }

    /// <summary>
    /// <c>A1 Split squat — 10 reps each side, RPE 8, 3 s down</c>: one exercise of a round, with what one round of it is,
    /// and <c>(first 2 rounds only)</c> when it has fewer sets than the block has rounds.
    /// </summary>
    public static string RoundLine(PlannedExercise exercise, int rounds)
    {
        var dose = Dose(exercise);
        if (exercise.Sets < rounds)
        {
            var only = exercise.Sets == 1 ? "first round only" : $"first {exercise.Sets} rounds only";
            dose = dose.Length == 0 ? only : $"{dose} ({only})";
        }

        var details = LoadAndTempo(exercise).Prepend(dose).Where(d => d.Length > 0).ToList();
        return details.Count == 0 ? Label(exercise) : $"{Label(exercise)} — {string.Join(", ", details)}";
    }

    /// <summary>
    /// What one set is: <c>8–12 reps each side</c>, <c>30–45 s</c>, <c>5 reps with a 3 s hold</c>, or empty when only
    /// sets are given. Seconds alone are just a time: the plan cannot tell a plank from a mountain climber.
    /// </summary>
    public static string Dose(PlannedExercise exercise)
    {
        var dose = (exercise.Reps, exercise.Seconds) switch
        {
            ({ } reps, { } seconds) => $"{Count(reps, "rep")} with a {Range(seconds)} s hold",
            ({ } reps, null) => Count(reps, "rep"),
            (null, { } seconds) => Range(seconds) + " s",
            _ => string.Empty,
        };
        return exercise.PerSide && dose.Length > 0 ? dose + " each side" : dose;
    }

    /// <summary>True when the load is worth saying, that is, anything but bodyweight.</summary>
    public static bool HasLoad(PlannedExercise exercise) =>
        !string.IsNullOrWhiteSpace(exercise.Load) && !exercise.Load.Equals("bodyweight", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads tempo notation down-pause-up: <c>3-0-1</c> is "3 s down", <c>3-1-X</c> "3 s down, 1 s pause, explosive up".
    /// A one-second lift is the default and is not mentioned. Null when there is nothing to say.
    /// </summary>
    public static string? Tempo(string? tempo)
    {
        if (string.IsNullOrWhiteSpace(tempo))
        {
            return null;
        }

        var match = TempoPattern().Match(tempo);
        if (!match.Success)
        {
            return "tempo " + tempo;
        }

        var parts = new List<string>();
        AddPhase(parts, match.Groups["down"].Value, "down", quiet: 0);
        AddPhase(parts, match.Groups["pause"].Value, "pause", quiet: 0);
        AddPhase(parts, match.Groups["up"].Value, "up", quiet: 1);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary><c>rest 90 seconds</c>, or <c>no rest</c> between the exercises of a superset.</summary>
    public static string Rest(int seconds) => seconds <= 0 ? "no rest" : "rest " + Wording.Quantity("second", seconds);

    /// <summary><c>Tuesday 24 November · after your intervals</c>, <c>Friday 27 November · rest day</c>.</summary>
    public static string DayLine(PlannedSession session) => $"{SessionDate(session)} · {WithRun(session)}";

    /// <summary>
    /// When to lift on the day: <c>before your easy run</c>, <c>after your intervals</c> or <c>rest day</c>; a plan that
    /// does not say gives <c>same day as your long run</c>.
    /// </summary>
    public static string WithRun(PlannedSession session) => (session.Run, session.Order) switch
    {
        (RunKind.Rest, _) => "rest day",
        (var run, SessionOrder.BeforeRun) => "before your " + RunName(run),
        (var run, SessionOrder.AfterRun) => "after your " + RunName(run),
        (var run, _) => "same day as your " + RunName(run),
    };

    /// <summary>The run in a runner's words: <c>easy run</c>, <c>intervals</c>, <c>hill session</c>.</summary>
    public static string RunName(RunKind run) => run switch
    {
        RunKind.Easy => "easy run",
        RunKind.Recovery => "recovery run",
        RunKind.Long => "long run",
        RunKind.Tempo => "tempo run",
        RunKind.Intervals => "intervals",
        RunKind.Hills => "hill session",
        RunKind.RacePace => "race-pace run",
        _ => EnumSpelling.Of(run),
    };

    /// <summary>What the placement rules say about the session's day (such as why it sits after a quality run), or null.</summary>
    public static string? DayNote(PlannedSession session) =>
        string.IsNullOrWhiteSpace(session.Note) ? null : session.Note.Trim();

    /// <summary><c>After your intervals.</c>, followed by the day's note from the rules when there is one.</summary>
    public static string WithRunSentence(PlannedSession session)
    {
        var sentence = WithRun(session).Transform(To.SentenceCase) + ".";
        return DayNote(session) is { } note ? $"{sentence} {note}" : sentence;
    }

    /// <summary><c>Lower body and core · heavy · 40 minutes</c>.</summary>
    public static string SessionHeading(PlannedSession session) =>
        $"{SessionName(session)} · {EnumSpelling.Of(session.Intensity)} · {Wording.Quantity("minute", session.Minutes)}";

    /// <summary>The session's title from the plan, or else its kind in words: <c>full-body</c> gives <c>Full body</c>.</summary>
    public static string SessionName(PlannedSession session) =>
        string.IsNullOrWhiteSpace(session.Title)
            ? session.Kind.Replace('-', ' ').Transform(To.SentenceCase)
            : session.Title.Trim();

    /// <summary><c>Warm-up: Elephant walk 20 s · Leg swings 40 s</c>, or null for no warm-up.</summary>
    public static string? WarmupLine(PlannedSession session) =>
        session.Warmup.Count == 0
            ? null
            : "Warm-up: " + string.Join(" · ", session.Warmup.Select(w => $"{w.Name} {Duration(w.Seconds)}"));

    /// <summary><c>20 s</c>, <c>2 min</c>, <c>1 min 30 s</c>.</summary>
    public static string Duration(int seconds)
    {
        if (seconds < 60)
        {
            return $"{seconds} s";
        }

        var rest = seconds % 60;
        return rest == 0 ? $"{seconds / 60} min" : $"{seconds / 60} min {rest} s";
    }

    /// <summary><c>Week 1 · 23–29 November 2026 · base phase · deload · 12 weeks to race</c>.</summary>
    public static string WeekHeading(PlanWeek week) => string.Join(" · ", WeekParts(week));

    /// <summary>The parts of a week heading after the week number and dates.</summary>
    public static IEnumerable<string> WeekFacts(PlanWeek week)
    {
        yield return EnumSpelling.Of(week.Phase) + " phase";
        if (week.Deload)
        {
            yield return "deload";
        }

        if (week.WeeksToRace is { } toRace)
        {
            yield return toRace == 0 ? "race week" : Wording.Quantity("week", toRace) + " to race";
        }
    }

    /// <summary><c>Week 1 · 23–29 November 2026</c>.</summary>
    public static string WeekTitle(PlanWeek week) => $"Week {week.Week} · {DateRange(week.Start, week.Start.AddDays(6))}";

    /// <summary><c>23–29 November 2026</c>, <c>30 November – 6 December 2026</c>, or across a new year with both years.</summary>
    public static string DateRange(DateOnly first, DateOnly last)
    {
        if (first.Year != last.Year)
        {
            return $"{LongDate(first)} – {LongDate(last)}";
        }

        return first.Month == last.Month
            ? $"{first.Day}–{LongDate(last)}"
            : $"{first.ToString("d MMMM", Invariant)} – {LongDate(last)}";
    }

    /// <summary><c>23 November 2026</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    /// <summary><c>Monday 23 November</c>.</summary>
    public static string SessionDate(PlannedSession session) => $"{session.Day} {session.Date.ToString("d MMMM", Invariant)}";

    /// <summary><c>2 weeks from Monday 23 November 2026, 3 sessions</c>.</summary>
    public static string PlanSummary(StrengthPlan plan) =>
        $"{Wording.Quantity("week", plan.Weeks.Count)} from {plan.Start.DayOfWeek} {LongDate(plan.Start)}, {Wording.Quantity("session", plan.Weeks.Sum(w => w.Sessions.Count))}";

    /// <summary>A rule's source as a reader wants it: <c>rules/placement.json, line 12</c>.</summary>
    public static string Source(string source)
    {
        var match = SourcePattern().Match(source);
        return match.Success ? $"{match.Groups["file"].Value}, line {match.Groups["line"].Value}" : source;
    }

    /// <summary><c>placement/NoHeavyBeforeQuality: message (rules/placement.json, line 12)</c>.</summary>
    public static string ReasonLine(PlanReason reason) =>
        string.IsNullOrWhiteSpace(reason.Source)
            ? $"{reason.Rule}: {reason.Message}"
            : $"{reason.Rule}: {reason.Message} ({Source(reason.Source)})";

    private static IEnumerable<string> WeekParts(PlanWeek week)
    {
        yield return WeekTitle(week);
        foreach (var fact in WeekFacts(week))
        {
            yield return fact;
        }
    }

    private static void AddPhase(List<string> parts, string value, string phase, int quiet)
    {
        if (value == "X")
        {
            parts.Add("explosive " + phase);
        }
        else if (int.TryParse(value, NumberStyles.None, Invariant, out var seconds) && seconds > quiet)
        {
            parts.Add($"{seconds} s {phase}");
        }
    }

    // "A1 Copenhagen plank", marked when it is injury-mitigation work.
    private static string Label(PlannedExercise exercise) =>
        exercise.Mitigation ? $"{exercise.Group} {exercise.Name}{MitigationMark}" : $"{exercise.Group} {exercise.Name}";

    private static IEnumerable<string> LoadAndTempo(PlannedExercise exercise)
    {
        if (HasLoad(exercise))
        {
            yield return exercise.Load;
        }

        if (Tempo(exercise.Tempo) is { } tempo)
        {
            yield return tempo;
        }
    }

    private static string Count(DoseRange range, string unit) =>
        range.Min == range.Max ? Wording.Quantity(unit, range.Min) : $"{Range(range)} {Wording.Plural(unit)}";

    private static string Range(DoseRange range) => range.Min == range.Max ? $"{range.Min}" : $"{range.Min}–{range.Max}";

    private static string Prefix(this string text, string prefix) => text.Length == 0 ? text : prefix + text;

    [GeneratedRegex(@"^(?<down>[0-9]+|X)-(?<pause>[0-9]+|X)-(?<up>[0-9]+|X)$")]
    private static partial Regex TempoPattern();

    [GeneratedRegex(@"^(?<file>.+)\((?<line>[0-9]+),(?<column>[0-9]+)\)$")]
    private static partial Regex SourcePattern();
}

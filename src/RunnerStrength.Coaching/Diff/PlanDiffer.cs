using System.Globalization;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;

namespace RunnerStrength.Coaching.Diff;

/// <summary>
/// Compares two plans of one athlete, made with two rule sets, and lists what a coach would see change. Weeks are matched
/// by number; sessions by their rank in the week (1 = hardest, the identity a calendar's UIDs use), so a session that
/// moves to another day is one move, not a drop and an add; exercises by identity, then a left and a come exercise of one movement pattern as a swap. Each change carries the
/// rules behind it on both sides, from the sessions' reasons: the reasons of the deciding workflows (Placement for a move,
/// Phase for a phase...) that differ between the sides, or all of them when the same rules decided differently.
/// </summary>
public static class PlanDiffer
{
    private static readonly string[] PhaseRules = Workflows(CoachingWorkflows.Phase);
    private static readonly string[] DeloadRules = Workflows(CoachingWorkflows.Deload);
    private static readonly string[] CountRules = Workflows(CoachingWorkflows.Volume, CoachingWorkflows.Adjustments, CoachingWorkflows.Budget);
    private static readonly string[] PlacementRules = Workflows(CoachingWorkflows.Placement);
    private static readonly string[] SessionRules = Workflows(CoachingWorkflows.SessionPlan, CoachingWorkflows.Volume, CoachingWorkflows.Adjustments, CoachingWorkflows.Budget);
    private static readonly string[] SlotRules = Workflows(CoachingWorkflows.SessionPlan, CoachingWorkflows.SessionExtras);

    /// <summary>Every difference from <paramref name="before"/> to <paramref name="after"/>, in plan order.</summary>
    public static IReadOnlyList<PlanChange> Compare(StrengthPlan before, StrengthPlan after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<PlanChange>();
        var weeks = Math.Max(before.Weeks.Count, after.Weeks.Count);
        for (var i = 0; i < weeks; i++)
        {
            var old = i < before.Weeks.Count ? before.Weeks[i] : null;
            var now = i < after.Weeks.Count ? after.Weeks[i] : null;
            switch (old, now)
            {
                case (null, { } added):
                    changes.Add(new PlanChange { Kind = PlanChangeKind.WeekAdded, Week = added.Week, After = PlanWording.WeekHeading(added) });
                    break;
                case ({ } dropped, null):
                    changes.Add(new PlanChange { Kind = PlanChangeKind.WeekDropped, Week = dropped.Week, Before = PlanWording.WeekHeading(dropped) });
                    break;
                case ({ } a, { } b):
                    CompareWeek(a, b, changes);
                    break;
            }
        }

        return changes;
    }

    private static void CompareWeek(PlanWeek before, PlanWeek after, List<PlanChange> changes)
    {
        var week = after.Week;
        if (before.Phase != after.Phase)
        {
            changes.Add(WithRules(new PlanChange { Kind = PlanChangeKind.Phase, Week = week, Before = EnumSpelling.Of(before.Phase), After = EnumSpelling.Of(after.Phase) }, WeekReasons(before), WeekReasons(after), PhaseRules));
        }

        if (before.Deload != after.Deload)
        {
            changes.Add(WithRules(new PlanChange { Kind = PlanChangeKind.Deload, Week = week, Before = Loading(before), After = Loading(after) }, WeekReasons(before), WeekReasons(after), DeloadRules));
        }

        var oldRanks = SessionRanks.Of(before).ToDictionary(p => p.Value, p => p.Key);
        var newRanks = SessionRanks.Of(after).ToDictionary(p => p.Value, p => p.Key);
        for (var rank = 1; rank <= Math.Max(oldRanks.Count, newRanks.Count); rank++)
        {
            oldRanks.TryGetValue(rank, out var old);
            newRanks.TryGetValue(rank, out var now);
            switch (old, now)
            {
                case (null, { } added):
                    changes.Add(WithRules(new PlanChange { Kind = PlanChangeKind.SessionAdded, Week = week, Session = rank, After = SessionText(added) }, [], added.Why, CountRules));
                    break;
                case ({ } dropped, null):
                    changes.Add(WithRules(new PlanChange { Kind = PlanChangeKind.SessionDropped, Week = week, Session = rank, Before = SessionText(dropped) }, dropped.Why, [], CountRules));
                    break;
                case ({ } a, { } b):
                    CompareSession(week, rank, a, b, changes);
                    break;
            }
        }
    }

    private static void CompareSession(int week, int rank, PlannedSession before, PlannedSession after, List<PlanChange> changes)
    {
        var oldPlace = Place(before);
        var newPlace = Place(after);
        if (oldPlace != newPlace)
        {
            changes.Add(WithRules(new PlanChange { Kind = PlanChangeKind.SessionMoved, Week = week, Session = rank, Before = oldPlace, After = newPlace }, before.Why, after.Why, PlacementRules));
        }

        var oldHeading = PlanWording.SessionHeading(before);
        var newHeading = PlanWording.SessionHeading(after);
        if (oldHeading != newHeading)
        {
            changes.Add(WithRules(new PlanChange { Kind = PlanChangeKind.SessionChanged, Week = week, Session = rank, Before = oldHeading, After = newHeading }, before.Why, after.Why, SessionRules));
        }

        foreach (var change in CompareExercises(week, rank, before.Exercises, after.Exercises))
        {
            changes.Add(change.Kind == PlanChangeKind.Dose ? change : WithRules(change, before.Why, after.Why, SlotRules));
        }
    }

    /// <summary>
    /// The exercises' changes as a coach reads them: the same exercise on both sides (wherever its slot) is compared by its
    /// dose; one that left and one that came for the same movement pattern are a swap; the rest are dropped or added.
    /// </summary>
    private static IEnumerable<PlanChange> CompareExercises(int week, int rank, IReadOnlyList<PlannedExercise> before, IReadOnlyList<PlannedExercise> after)
    {
        var left = before.ToList();
        var came = new List<PlannedExercise>();
        var changes = new List<(PlannedExercise At, PlanChange Change)>();
        foreach (var now in after)
        {
            var same = left.FindIndex(e => e.Id == now.Id);
            if (same < 0)
            {
                came.Add(now);
                continue;
            }

            var old = left[same];
            left.RemoveAt(same);
            if (DoseText(old) != DoseText(now))
            {
                changes.Add((now, new PlanChange { Kind = PlanChangeKind.Dose, Week = week, Session = rank, Slot = now.Group, Before = $"{old.Name}: {DoseText(old)}", After = $"{now.Name}: {DoseText(now)}" }));
            }
        }

        foreach (var now in came)
        {
            var swapped = left.FindIndex(e => e.Pattern == now.Pattern);
            if (swapped < 0)
            {
                changes.Add((now, new PlanChange { Kind = PlanChangeKind.ExerciseAdded, Week = week, Session = rank, Slot = now.Group, After = ExerciseText(now) }));
                continue;
            }

            var old = left[swapped];
            left.RemoveAt(swapped);
            changes.Add((now, new PlanChange { Kind = PlanChangeKind.ExerciseSwapped, Week = week, Session = rank, Slot = now.Group, Before = ExerciseText(old), After = ExerciseText(now) }));
        }

        changes.AddRange(left.Select(old => (old, new PlanChange { Kind = PlanChangeKind.ExerciseDropped, Week = week, Session = rank, Slot = old.Group, Before = ExerciseText(old) })));
        return changes.OrderBy(c => c.At.Group, SlotOrder.Instance).Select(c => c.Change);
    }

    /// <summary>
    /// The change with the reasons of the deciding workflows on each side: those that differ between the sides, or, when
    /// the same rules fired on both (a changed score or output), all of them.
    /// </summary>
    private static PlanChange WithRules(PlanChange change, IReadOnlyList<PlanReason> before, IReadOnlyList<PlanReason> after, string[] workflows)
    {
        var old = before.Where(r => workflows.Any(w => r.Rule.StartsWith(w, StringComparison.Ordinal))).ToList();
        var now = after.Where(r => workflows.Any(w => r.Rule.StartsWith(w, StringComparison.Ordinal))).ToList();
        var onlyOld = old.Where(r => !now.Any(n => Same(n, r))).ToList();
        var onlyNew = now.Where(r => !old.Any(o => Same(o, r))).ToList();
        return onlyOld.Count + onlyNew.Count == 0
            ? change with { RulesBefore = old, RulesAfter = now }
            : change with { RulesBefore = onlyOld, RulesAfter = onlyNew };
    }

    /// <summary>The same rule with the same message; where it is written may differ (lines moved, or the other side read from git).</summary>
    /// <summary>The prefixes of the reasons' names ("Workflow/Rule") of <paramref name="workflows"/>.</summary>
    private static string[] Workflows(params string[] workflows) => [.. workflows.Select(w => w + "/")];

    private static bool Same(PlanReason a, PlanReason b) => a.Rule == b.Rule && a.Message == b.Message;

    private static IReadOnlyList<PlanReason> WeekReasons(PlanWeek week) => week.Sessions.Count == 0 ? [] : week.Sessions[0].Why;

    private static string Loading(PlanWeek week) => week.Deload ? "deload" : "loading";

    /// <summary><c>Tuesday, after your intervals</c>: the day and the side of the run.</summary>
    private static string Place(PlannedSession session) => $"{session.Day}, {PlanWording.WithRun(session)}";

    private static string SessionText(PlannedSession session) => $"{Place(session)}: {PlanWording.SessionHeading(session)}";

    private static string ExerciseText(PlannedExercise exercise) => $"{exercise.Name}: {DoseText(exercise)}";

    /// <summary><c>3 × 8–10 reps · rest 90 seconds · 3 s down · 20 kg</c>: everything of the dose a coach reads.</summary>
    private static string DoseText(PlannedExercise exercise)
    {
        var dose = PlanWording.Dose(exercise);
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{exercise.Sets} × {(dose.Length == 0 ? "sets" : dose)}"), PlanWording.Rest(exercise.RestSeconds) };
        if (PlanWording.Tempo(exercise.Tempo) is { } tempo)
        {
            parts.Add(tempo);
        }

        if (PlanWording.HasLoad(exercise))
        {
            parts.Add(exercise.Load);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>A1, A2, ..., A10, B1: letters, then numbers by value.</summary>
    private sealed class SlotOrder : IComparer<string>
    {
        public static readonly SlotOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var (xl, xn) = Split(x ?? string.Empty);
            var (yl, yn) = Split(y ?? string.Empty);
            var byLetters = string.CompareOrdinal(xl, yl);
            return byLetters != 0 ? byLetters : byLetters == 0 && xn != yn ? xn.CompareTo(yn) : string.CompareOrdinal(x, y);
        }

        private static (string Letters, long Number) Split(string slot)
        {
            var end = 0;
            while (end < slot.Length && char.IsLetter(slot[end]))
            {
                end++;
            }

            var digits = new string(slot[end..].TakeWhile(char.IsAsciiDigit).Take(18).ToArray());
            return (slot[..end], digits.Length == 0 ? 0 : long.Parse(digits, CultureInfo.InvariantCulture));
        }
    }
}

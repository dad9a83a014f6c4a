using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>Progression through the plan, the training log and injury work (issue: plans a coach would hand over, part 2).</summary>
internal sealed partial class PlanInvariants
{
    /// <summary>The most loading weeks in a row one exercise may be prescribed identically.</summary>
    private const int MostIdenticalWeeks = 3;

    /// <summary>
    /// No exercise is prescribed identically (sets, reps or seconds, tempo, load) for more than three loading weeks in a
    /// row. Loading weeks are the base and build weeks that are no deload (race-specific weeks and the taper maintain);
    /// a deload between two weeks does not break the row.
    /// </summary>
    private void CheckProgression(StrengthPlan plan, Findings findings)
    {
        var rows = new Dictionary<string, (string Dose, int Weeks)>(StringComparer.Ordinal);
        foreach (var week in plan.Weeks.Where(w => !w.Deload && w.Phase is TrainingPhase.Base or TrainingPhase.Build))
        {
            var doses = week.Sessions
                .SelectMany(s => s.Exercises)
                .Where(e => e.Pattern is not (MovementPattern.Plyometric or MovementPattern.Mobility))
                .GroupBy(e => e.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(Prescription).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
            foreach (var id in rows.Keys.Except(doses.Keys).ToList())
            {
                rows.Remove(id);
            }

            foreach (var (id, dose) in doses)
            {
                var weeks = rows.TryGetValue(id, out var row) && row.Dose == dose ? row.Weeks + 1 : 1;
                rows[id] = (dose, weeks);
                // Held at its last step with nothing else for its place, the week says so (the WeeklyProgression rule's note).
                if (weeks == MostIdenticalWeeks + 1 && !week.Notes.Any(n => n.Contains(Name(id), StringComparison.Ordinal)))
                {
                    findings.Week(PlanInvariant.Progression, week, $"{id} prescribed as {dose} for {weeks} loading weeks in a row; expected a step (reps, hold, variation, load or tempo) within {MostIdenticalWeeks}");
                }
            }
        }
    }

    /// <summary>
    /// Every logged exercise the athlete can do (in the catalog, with their equipment, safe for their injuries) is in
    /// the first two weeks, itself or a variation of its chain, or the plan's notes say why not.
    /// </summary>
    private void CheckLoggedExercises(AthleteProfile athlete, StrengthPlan plan, Findings findings)
    {
        var firstWeeks = plan.Weeks.Take(2).ToList();
        if (firstWeeks.Count == 0 || firstWeeks.All(w => w.Sessions.Count == 0) || firstWeeks.All(w => w.Phase == TrainingPhase.Taper))
        {
            return;
        }

        var sessions = firstWeeks.SelectMany(w => w.Sessions).ToList();
        var planned = sessions.SelectMany(s => s.Exercises).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var warmups = sessions.SelectMany(s => s.Warmup).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var notes = plan.Notes.Concat(firstWeeks.SelectMany(w => w.Notes)).ToList();
        foreach (var id in athlete.History.Select(h => h.Exercise).Distinct(StringComparer.Ordinal))
        {
            if (rules.Catalog.Find(id) is not { } exercise
                || !exercise.Equipment.All(athlete.Equipment.Contains)
                || exercise.UnsafeFor.Any(athlete.Injuries.Contains))
            {
                continue;
            }

            if (!warmups.Contains(id) && !Chain(exercise).Overlaps(planned) && !notes.Exists(n => n.Contains(exercise.Name, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Week(PlanInvariant.LoggedExercises, firstWeeks[0], $"logged {id} is not in weeks 1-2 (nor any of {string.Join(", ", Chain(exercise).Order(StringComparer.Ordinal))}) and no note says why");
            }
        }
    }

    /// <summary>Every injury the catalog has work for gets matching work (its tag in the exercise's <c>mitigates</c>) in most non-taper weeks with sessions.</summary>
    private void CheckInjuryWork(AthleteProfile athlete, StrengthPlan plan, Findings findings)
    {
        var weeks = plan.Weeks.Where(w => w.Phase != TrainingPhase.Taper && w.Sessions.Count > 0).ToList();
        foreach (var tag in athlete.Injuries)
        {
            var possible = rules.Catalog.Exercises.Any(e => e.Mitigates.Contains(tag) && e.Equipment.All(athlete.Equipment.Contains) && !e.UnsafeFor.Any(athlete.Injuries.Contains));
            if (!possible || weeks.Count == 0)
            {
                continue;
            }

            var covered = weeks.Count(w => w.Sessions.SelectMany(s => s.Exercises).Any(e => rules.Catalog.Find(e.Id)?.Mitigates.Contains(tag) == true));
            if (covered * 2 <= weeks.Count)
            {
                findings.Week(PlanInvariant.InjuryWork, weeks[0], $"work for the {tag} injury in {covered} of {weeks.Count} non-taper weeks; expected most");
            }
        }
    }

    /// <summary>The exercise with its chain: the variations reached by harder links from it, and by easier links from it.</summary>
    private HashSet<string> Chain(RunnerStrength.Coaching.Catalog.Exercise exercise)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { exercise.Id };
        foreach (var harder in new[] { true, false })
        {
            var queue = new Queue<RunnerStrength.Coaching.Catalog.Exercise>([exercise]);
            while (queue.TryDequeue(out var next))
            {
                foreach (var id in harder ? next.Harder : next.Easier)
                {
                    if (seen.Add(id) && rules.Catalog.Find(id) is { } linked)
                    {
                        queue.Enqueue(linked);
                    }
                }
            }
        }

        return seen;
    }

    private string Name(string id) => rules.Catalog.Find(id)?.Name ?? id;

    private static string Prescription(PlannedExercise e) =>
        $"{e.Sets} × {e.Reps?.Min}-{e.Reps?.Max}{e.Seconds?.Min}-{e.Seconds?.Max}s {e.Tempo} {e.Load}";
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// The plan's word on the athlete's log: a logged exercise stays in the first two weeks (itself or a variation of its
/// chain), and when it does not, a note says why, so nothing the runner does today silently disappears.
/// </summary>
internal static class LoggedExercises
{
    /// <summary>The weeks a logged exercise is looked for in.</summary>
    public const int FirstWeeks = 2;

    /// <summary>One note for each logged catalog exercise missing from the first weeks, in the order the log names them.</summary>
    public static IEnumerable<string> MissingNotes(AthleteProfile athlete, ExerciseCatalog catalog, IReadOnlyList<PlanWeek> weeks)
    {
        var first = weeks.Take(FirstWeeks).SelectMany(w => w.Sessions).ToList();
        if (first.Count == 0)
        {
            yield break;
        }

        // A warm-up drill keeps only itself: an air squat in the warm-up is no back squat.
        var planned = first.SelectMany(s => s.Exercises).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var warmups = first.SelectMany(s => s.Warmup).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in athlete.History.Select(h => h.Exercise).Distinct(StringComparer.Ordinal))
        {
            if (catalog.Find(id) is not { } exercise || warmups.Contains(id) || Chain(exercise, catalog).Overlaps(planned))
            {
                continue;
            }

            var missing = exercise.Equipment.Where(e => !athlete.Equipment.Contains(e)).ToList();
            var unsafeFor = exercise.UnsafeFor.Where(athlete.Injuries.Contains).ToList();
            var later = weeks.Skip(FirstWeeks).FirstOrDefault(w => w.Sessions.Any(s => s.Exercises.Any(e => Chain(exercise, catalog).Contains(e.Id))));
            var where = later is null ? "this plan" : $"weeks 1-{FirstWeeks} (it comes in week {later.Week})";
            var why = missing.Count > 0 ? $"it needs {string.Join(" and ", missing)}, which your equipment list does not have"
                : unsafeFor.Count > 0 ? $"it is not safe with your {string.Join(" and ", unsafeFor)} injury"
                : $"the sessions' {EnumText.Name(typeof(Vocabulary.MovementPattern), exercise.Pattern)} work went to other exercises, or the sessions have none";
            yield return $"{exercise.Name} from your log is not in {where}: {why}.";
        }
    }

    /// <summary>The exercise with its chain: the variations reached by harder links from it, and by easier links from it.</summary>
    private static HashSet<string> Chain(Exercise exercise, ExerciseCatalog catalog)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { exercise.Id };
        foreach (var harder in new[] { true, false })
        {
            var queue = new Queue<Exercise>([exercise]);
            while (queue.TryDequeue(out var next))
            {
                foreach (var id in harder ? next.Harder : next.Easier)
                {
                    if (seen.Add(id) && catalog.Find(id) is { } linked)
                    {
                        queue.Enqueue(linked);
                    }
                }
            }
        }

        return seen;
    }
}

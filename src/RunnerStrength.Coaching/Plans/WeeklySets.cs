using System.Collections.Immutable;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Plans;

/// <summary>
/// A week's hard sets per movement pattern: the working sets of every session's exercises, warm-ups and
/// injury-mitigation work left out (those come on top of the budget). What article 000's "4-8 sets per pattern" counts.
/// </summary>
public static class WeeklySets
{
    /// <summary>The week's hard sets by pattern; a pattern with no sets is absent.</summary>
    public static ImmutableSortedDictionary<MovementPattern, int> Of(PlanWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var sets = ImmutableSortedDictionary.CreateBuilder<MovementPattern, int>();
        foreach (var session in week.Sessions)
        {
            foreach (var exercise in session.Exercises)
            {
                if (!exercise.Mitigation)
                {
                    sets[exercise.Pattern] = sets.GetValueOrDefault(exercise.Pattern) + exercise.Sets;
                }
            }
        }

        return sets.ToImmutable();
    }
}

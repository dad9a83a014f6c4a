using System.Collections.Immutable;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// Spreads the week's hard sets per pattern (the Budget rules) over the slots of that pattern in the week's sessions:
/// evenly, on as many slots as give each at least <c>minPerExercise</c> sets, each pattern in as many sessions as it
/// can and where the session has most room for its minutes, at most <c>maxPerExercise</c> on one exercise. A slot whose pattern the budget
/// gives no sets is left out; a pattern the budget does not name (mobility, foot and ankle work, plyometrics) and
/// injury-mitigation work keep the Dose rules' sets, on top of the budget.
/// </summary>
internal static class SetAllocation
{
    public static void Spread(WeekBudget budget, IReadOnlyList<SessionLayout> layouts)
    {
        // Sets given so far per session, against its minutes: each pattern's exercises go where there is most room,
        // so no session is left with nothing while another is over full.
        var load = new double[layouts.Count];
        var patterns = new int[layouts.Count];
        foreach (var (pattern, sets) in budget.Sets.OrderByDescending(p => p.Value).ThenBy(p => p.Key))
        {
            var slots = new List<(SlotPlan Slot, int Session)>();
            for (var i = 0; i < layouts.Count; i++)
            {
                foreach (var slot in layouts[i].Slots)
                {
                    if (slot.Slot.Pattern == pattern && !slot.Slot.Mitigation)
                    {
                        slot.Weekly = sets;
                        slot.Sets = 0;
                        slots.Add((slot, i));
                    }
                }
            }

            // Fewer exercises with real sets rather than many of one set each: the slots not picked give way.
            var used = Math.Min(slots.Count, Math.Max(1, sets / budget.MinPerExercise));
            var picked = new List<(SlotPlan Slot, int Session)>(used);
            var sessionsUsed = new HashSet<int>();
            while (picked.Count < used)
            {
                var best = -1;
                for (var c = 0; c < slots.Count; c++)
                {
                    if (picked.Contains(slots[c]) || (best >= 0 && !Better(slots[c], slots[best])))
                    {
                        continue;
                    }

                    best = c;
                }

                picked.Add(slots[best]);
                sessionsUsed.Add(slots[best].Session);
            }

            for (var i = 0; i < picked.Count; i++)
            {
                var share = Math.Min((sets / used) + (i < sets % used ? 1 : 0), budget.MaxPerExercise);
                picked[i].Slot.Sets = share;
                load[picked[i].Session] += share / (double)Math.Max(60, layouts[picked[i].Session].WorkSeconds);
            }

            foreach (var session in sessionsUsed)
            {
                patterns[session]++;
            }

            // Single-leg work first (the staple), then a session not yet given this pattern, then the one with the most
            // room for its minutes, the fewest patterns so far, the harder, the earlier.
            bool Better((SlotPlan Slot, int Session) a, (SlotPlan Slot, int Session) b)
            {
                if (a.Slot.Slot.Unilateral != b.Slot.Slot.Unilateral)
                {
                    return a.Slot.Slot.Unilateral;
                }

                var (newA, newB) = (!sessionsUsed.Contains(a.Session), !sessionsUsed.Contains(b.Session));
                if (newA != newB)
                {
                    return newA;
                }

                if (load[a.Session] != load[b.Session])
                {
                    return load[a.Session] < load[b.Session];
                }

                // Then a session with fewer patterns so far, so every session covers several.
                if (patterns[a.Session] != patterns[b.Session])
                {
                    return patterns[a.Session] < patterns[b.Session];
                }

                var (ia, ib) = (layouts[a.Session].Session.Intensity, layouts[b.Session].Session.Intensity);
                return ia != ib ? ia > ib : a.Session < b.Session;
            }
        }
    }
}

/// <summary>The week's hard sets per movement pattern, and the most sets one exercise takes of them.</summary>
internal sealed record WeekBudget(ImmutableSortedDictionary<MovementPattern, int> Sets, int MinPerExercise, int MaxPerExercise)
{
    /// <summary>The most sets one exercise takes when the Budget rule does not say.</summary>
    public const int DefaultMaxPerExercise = 5;

    /// <summary>The fewest sets one exercise takes of its pattern's budget when the Budget rule does not say.</summary>
    public const int DefaultMinPerExercise = 2;

    /// <summary>No budget: every slot keeps the Dose rules' sets.</summary>
    public static WeekBudget None { get; } = new(ImmutableSortedDictionary<MovementPattern, int>.Empty, 1, int.MaxValue);
}

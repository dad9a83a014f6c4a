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
    /// <summary>The fewest of the budget's patterns a hard session holds when the week's other sessions can spare one.</summary>
    private const int MinimumPatterns = 3;

    public static void Spread(WeekBudget budget, IReadOnlyList<SessionLayout> layouts, int setSeconds)
    {
        // Seconds of sets given so far per session: a slot goes to a session that still has room for it. Work the
        // budget does not count (injury work, mobility, foot drills) takes about a set's time a slot, up front.
        var used = layouts.Select(l => l.Slots.Count(s => s.Slot.Mitigation || !budget.Sets.ContainsKey(s.Slot.Pattern)) * setSeconds).ToArray();
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
            if (slots.Count == 0)
            {
                continue;
            }

            var exercises = Math.Min(slots.Count, Math.Max(1, sets / budget.MinPerExercise));
            var share = Math.Min(sets / exercises, budget.MaxPerExercise) * setSeconds;
            var picked = new List<(SlotPlan Slot, int Session)>(exercises);
            var sessionsUsed = new HashSet<int>();
            while (picked.Count < exercises)
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
                used[slots[best].Session] += share;
            }

            for (var i = 0; i < picked.Count; i++)
            {
                var given = Math.Min((sets / exercises) + (i < sets % exercises ? 1 : 0), budget.MaxPerExercise);
                picked[i].Slot.Sets = given;
                load[picked[i].Session] += given / (double)Math.Max(60, layouts[picked[i].Session].WorkSeconds);
            }

            foreach (var session in sessionsUsed)
            {
                patterns[session]++;
            }

            // Single-leg work first (the staple), then a session with room for the sets, one not yet given this pattern, the
            // one with the fewest patterns so far, the one with the most room for its minutes, the harder, the earlier.
            int Room(int session) => layouts[session].WorkSeconds - used[session];

            bool Better((SlotPlan Slot, int Session) a, (SlotPlan Slot, int Session) b)
            {
                if (a.Slot.Slot.Unilateral != b.Slot.Slot.Unilateral)
                {
                    return a.Slot.Slot.Unilateral;
                }

                // A session with room left for the sets (at the Timing rules' seconds a set) before one that would overflow.
                var (roomA, roomB) = (Room(a.Session) >= share, Room(b.Session) >= share);
                if (roomA != roomB)
                {
                    return roomA;
                }

                var (newA, newB) = (!sessionsUsed.Contains(a.Session), !sessionsUsed.Contains(b.Session));
                if (newA != newB)
                {
                    return newA;
                }

                // A session with fewer patterns so far, so every session covers several.
                if (patterns[a.Session] != patterns[b.Session])
                {
                    return patterns[a.Session] < patterns[b.Session];
                }

                if (load[a.Session] != load[b.Session])
                {
                    return load[a.Session] < load[b.Session];
                }

                var (ia, ib) = (layouts[a.Session].Session.Intensity, layouts[b.Session].Session.Intensity);
                return ia != ib ? ia > ib : a.Session < b.Session;
            }
        }

        GiveEveryHardSessionThreePatterns(layouts);
    }

    /// <summary>
    /// A hard session left with fewer than three of the budget's patterns takes a pattern it has a slot for from a
    /// session that has more than three, sets and all: every hard session stays a session of several patterns.
    /// </summary>
    private static void GiveEveryHardSessionThreePatterns(IReadOnlyList<SessionLayout> layouts)
    {
        static int Patterns(SessionLayout layout) => layout.Slots.Where(s => s.Sets > 0 && s.Weekly > 0).Select(s => s.Slot.Pattern).Distinct().Count();

        foreach (var poor in layouts.Where(l => l.Session.Intensity != SessionIntensity.Light))
        {
            foreach (var empty in poor.Slots.Where(s => s.Sets == 0 && s.Weekly > 0).ToList())
            {
                if (Patterns(poor) >= MinimumPatterns || poor.Slots.Any(s => s.Sets > 0 && s.Slot.Pattern == empty.Slot.Pattern))
                {
                    continue;
                }

                var donor = layouts
                    .Where(l => l != poor && Patterns(l) > MinimumPatterns)
                    .SelectMany(l => l.Slots)
                    .FirstOrDefault(s => s.Sets > 0 && s.Slot.Pattern == empty.Slot.Pattern && !s.Slot.Mitigation);
                if (donor is not null)
                {
                    (empty.Sets, donor.Sets) = (donor.Sets, 0);
                }
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

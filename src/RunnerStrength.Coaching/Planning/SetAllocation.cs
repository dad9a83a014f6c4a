using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// Spreads the week's hard sets per pattern (the Budget rules) over the slots of that pattern in the week's sessions:
/// evenly, on as many slots as give each at least <c>minPerExercise</c> sets, at most <c>maxPerExercise</c> on one
/// exercise, each pattern where a session has room for it and in as many sessions as it can. A slot whose pattern the
/// budget gives no sets is left out; a pattern the budget does not name (mobility, foot and ankle work, plyometrics)
/// and injury-mitigation work keep the Dose rules' sets, on top of the budget.
/// </summary>
/// <remarks>Written with arrays and reference types only: it runs once per design in a fresh process, where every new generic instantiation over a value type costs JIT time.</remarks>
internal static class SetAllocation
{
    /// <summary>The fewest of the budget's patterns a hard session holds when the week's other sessions can spare one.</summary>
    private const int MinimumPatterns = 3;

    public static void Spread(WeekBudget budget, IReadOnlyList<SessionLayout> layouts, int setSeconds)
    {
        var count = layouts.Count;

        // Seconds of sets given so far per session: a slot goes to a session that still has room for it. Work the
        // budget does not count (injury work, mobility, foot drills) takes about a set's time a slot, up front.
        var used = new int[count];

        // Sets given so far per session against its work time, and patterns given: the next pattern goes where there
        // is most room, so no session is left with nothing while another is over full.
        var load = new double[count];
        var patterns = new int[count];
        for (var i = 0; i < count; i++)
        {
            foreach (var slot in layouts[i].Slots)
            {
                if (slot.Slot.Mitigation || !budget.Counts(slot.Slot.Pattern))
                {
                    used[i] += setSeconds;
                }
            }
        }

        // The Budget rule's patterns come most sets first.
        foreach (var pattern in budget.Sets)
        {
            var candidates = new List<Candidate>();
            for (var i = 0; i < count; i++)
            {
                foreach (var slot in layouts[i].Slots)
                {
                    if (slot.Slot.Pattern == pattern.Pattern && !slot.Slot.Mitigation)
                    {
                        slot.Weekly = pattern.Sets;
                        slot.Sets = 0;
                        candidates.Add(new Candidate(slot, i));
                    }
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            // Fewer exercises with real sets rather than many of one set each: the slots not picked give way.
            var exercises = Math.Min(candidates.Count, Math.Max(1, pattern.Sets / budget.MinPerExercise));
            var share = Math.Min(pattern.Sets / exercises, budget.MaxPerExercise) * setSeconds;
            var given = new bool[count];
            for (var n = 0; n < exercises; n++)
            {
                Candidate? best = null;
                foreach (var candidate in candidates)
                {
                    if (!candidate.Picked && (best is null || Better(candidate, best)))
                    {
                        best = candidate;
                    }
                }

                var sets = Math.Min((pattern.Sets / exercises) + (n < pattern.Sets % exercises ? 1 : 0), budget.MaxPerExercise);
                best!.Picked = true;
                best.Slot.Sets = sets;
                used[best.Session] += share;
                load[best.Session] += sets / (double)Math.Max(60, layouts[best.Session].WorkSeconds);
                if (!given[best.Session])
                {
                    given[best.Session] = true;
                    patterns[best.Session]++;
                }
            }

            // Single-leg work first (the staple), then a session with room for the sets, one not yet given this
            // pattern, the one with the fewest patterns so far, the one with the most room for its minutes, the
            // harder, the earlier.
            bool Better(Candidate a, Candidate b)
            {
                if (a.Slot.Slot.Unilateral != b.Slot.Slot.Unilateral)
                {
                    return a.Slot.Slot.Unilateral;
                }

                var (roomA, roomB) = (Room(a.Session) >= share, Room(b.Session) >= share);
                if (roomA != roomB)
                {
                    return roomA;
                }

                if (given[a.Session] != given[b.Session])
                {
                    return !given[a.Session];
                }

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

        int Room(int session) => layouts[session].WorkSeconds - used[session];
    }

    /// <summary>
    /// A hard session left with fewer than three of the budget's patterns takes a pattern it has a slot for from a
    /// session that has more than three, sets and all: every hard session stays a session of several patterns.
    /// </summary>
    private static void GiveEveryHardSessionThreePatterns(IReadOnlyList<SessionLayout> layouts)
    {
        foreach (var poor in layouts)
        {
            if (poor.Session.Intensity == SessionIntensity.Light)
            {
                continue;
            }

            foreach (var empty in poor.Slots)
            {
                if (empty.Sets != 0 || empty.Weekly == 0 || Patterns(poor) >= MinimumPatterns || Holds(poor, empty.Slot.Pattern))
                {
                    continue;
                }

                foreach (var rich in layouts)
                {
                    if (rich == poor || Patterns(rich) <= MinimumPatterns)
                    {
                        continue;
                    }

                    var donor = rich.Slots.FirstOrDefault(s => s.Sets > 0 && s.Slot.Pattern == empty.Slot.Pattern && !s.Slot.Mitigation);
                    if (donor is not null)
                    {
                        (empty.Sets, donor.Sets) = (donor.Sets, 0);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>The budget's patterns the session holds sets of.</summary>
    private static int Patterns(SessionLayout layout)
    {
        var seen = 0L;
        foreach (var slot in layout.Slots)
        {
            if (slot.Sets > 0 && slot.Weekly > 0)
            {
                seen |= 1L << (int)slot.Slot.Pattern;
            }
        }

        return System.Numerics.BitOperations.PopCount((ulong)seen);
    }

    private static bool Holds(SessionLayout layout, MovementPattern pattern) =>
        layout.Slots.Any(s => s.Sets > 0 && s.Slot.Pattern == pattern);

    /// <summary>A slot of the pattern being spread, in session <see cref="Session"/>.</summary>
    private sealed class Candidate(SlotPlan slot, int session)
    {
        public SlotPlan Slot { get; } = slot;

        public int Session { get; } = session;

        public bool Picked { get; set; }
    }
}

/// <summary>The week's hard sets per movement pattern (most sets first), and the fewest and most sets one exercise takes of them.</summary>
internal sealed record WeekBudget(ImmutableArray<PatternSetCount> Sets, int MinPerExercise, int MaxPerExercise)
{
    /// <summary>The most sets one exercise takes when the Budget rule does not say.</summary>
    public const int DefaultMaxPerExercise = 5;

    /// <summary>The fewest sets one exercise takes of its pattern's budget when the Budget rule does not say.</summary>
    public const int DefaultMinPerExercise = 2;

    /// <summary>No budget: every slot keeps the Dose rules' sets.</summary>
    public static WeekBudget None { get; } = new([], 1, int.MaxValue);

    /// <summary>True when the budget counts <paramref name="pattern"/>'s sets.</summary>
    public bool Counts(MovementPattern pattern)
    {
        foreach (var sets in Sets)
        {
            if (sets.Pattern == pattern)
            {
                return true;
            }
        }

        return false;
    }
}

namespace RunnerStrength.Coaching.Plans;

/// <summary>
/// A session's place in its week, the identity the calendar's UIDs and the plan diff share: 1 for the hardest, sessions
/// of one intensity by date. A session that moves to another day keeps its rank; a week that loses a session loses its
/// last rank, and the others keep theirs.
/// </summary>
internal static class SessionRanks
{
    public static Dictionary<PlannedSession, int> Of(PlanWeek week)
    {
        var ranks = new Dictionary<PlannedSession, int>(ReferenceEqualityComparer.Instance);
        var rank = 0;
        foreach (var session in week.Sessions.OrderByDescending(s => s.Intensity))
        {
            ranks[session] = ++rank;
        }

        return ranks;
    }
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>How long a session takes: the warm-up, and the designer's estimate against the minutes the athlete has.</summary>
internal sealed partial class PlanInvariants
{
    /// <summary>
    /// A session's length with the Timing rules' seconds a rep and setup: warm-up, then per group rounds x (work + longest
    /// rest) + setup; plyometrics take their rule's minutes. Work is counted at the top of each rep or seconds range, so
    /// the session fits whatever the athlete does within the range.
    /// </summary>
    public int EstimateSeconds(PlannedSession session)
    {
        var total = session.Warmup.Sum(w => w.Seconds);
        foreach (var group in session.Exercises.GroupBy(e => e.Group[..1]))
        {
            if (group.All(e => e.Pattern == MovementPattern.Plyometric) && PlyometricMinutes(session) is { } minutes)
            {
                total += minutes * 60;
                continue;
            }

            var rounds = group.Max(e => e.Sets);
            var work = group.Sum(e => WorkSeconds(e));
            var rest = group.Max(e => e.RestSeconds);
            total += (rounds * (work + rest)) + (_timing.SetupSeconds * group.Count());
        }

        return total;
    }

    private void CheckLength(AthleteProfile athlete, PlanWeek week, PlannedSession session, Findings findings)
    {
        var warmup = session.Warmup.Sum(w => w.Seconds);
        if (warmup is < 300 or > 600)
        {
            findings.Session(PlanInvariant.WarmUp, week, session, $"a {warmup} s warm-up; expected 300-600 s (5-10 minutes of dynamic movement first)");
        }

        var estimate = EstimateSeconds(session);
        var budget = Math.Min(athlete.SessionMinutes, session.Minutes) * 60;
        if (estimate > budget)
        {
            findings.Session(PlanInvariant.WithinMinutes, week, session, $"estimated {estimate} s; expected at most the {budget} s the athlete has (sessionMinutes {athlete.SessionMinutes}, session {session.Minutes} min)");
        }
    }

    private int WorkSeconds(PlannedExercise exercise)
    {
        // A set takes the middle of its range (rounded up), as the Timing rules' estimate reads it.
        var once = exercise.Reps is { } reps ? (reps.Min + reps.Max + 1) / 2 * _timing.SecondsPerRep : exercise.Seconds is { } seconds ? (seconds.Min + seconds.Max + 1) / 2 : 0;
        return exercise.PerSide ? once * 2 : once;
    }

    private int? PlyometricMinutes(PlannedSession session)
    {
        var extras = rules.RuleSet[CoachingWorkflows.SessionExtras].Definition.Rules;
        return session.Why
            .Where(w => w.Rule.StartsWith(CoachingWorkflows.SessionExtras + "/", StringComparison.Ordinal))
            .Select(w => extras.FirstOrDefault(r => $"{CoachingWorkflows.SessionExtras}/{r.Name}" == w.Rule))
            .Select(r => r is null ? null : rules.DecisionOf(r).Plyometrics?.Minutes)
            .FirstOrDefault(m => m is not null);
    }

    private static (int, int) Timing(CoachingRules rules)
    {
        var decision = rules.RuleSet[CoachingWorkflows.Timing].Definition.Rules.Select(rules.DecisionOf).First(d => d.SecondsPerRep is not null);
        return (decision.SecondsPerRep!.Value, decision.SetupSeconds!.Value);
    }
}

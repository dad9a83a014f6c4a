using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning;

/// <summary>A placed session's shape before its exercises are chosen: its facts, the SessionPlan rule's decision, and its slots with their sets.</summary>
internal sealed record SessionLayout(
    DateOnly Date,
    SessionFacts Session,
    SessionOrder? Order,
    RuleDecision Plan,
    ImmutableArray<SlotPlan> Slots,
    PlyometricsDecision? Plyometrics,
    List<PlanReason> Why,
    RuleContext Context)
{
    /// <summary>What the placement rules said about the session's day, for the runner.</summary>
    public string? DayNote { get; init; }

    /// <summary>The seconds the session has for its exercises: its minutes less the warm-up and the plyometrics.</summary>
    public int WorkSeconds =>
        (Session.Minutes * 60) - ((Plan.WarmupSeconds ?? 0) * Plan.Warmup.Length) - ((Plyometrics?.Minutes ?? 0) * 60);
}

/// <summary>One slot of a session and the sets the week's budget gave it: null for a pattern the budget does not count (the Dose rules decide), 0 to leave it out.</summary>
internal sealed class SlotPlan(SlotFacts slot)
{
    public SlotFacts Slot { get; } = slot;

    public int? Sets { get; set; }

    /// <summary>The week's hard sets of this slot's pattern (0 when the budget does not count it): what fitting keeps longest.</summary>
    public int Weekly { get; set; }
}

using System.Collections.Immutable;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>
/// The workflows the designer evaluates, and the inputs each one gets, in the order they are passed.
/// These names are what coaches write in <c>WorkflowName</c> and in expressions.
/// </summary>
public static class CoachingWorkflows
{
    /// <summary>Decides each week's phase (first success wins; Properties: phase).</summary>
    public const string Phase = "Phase";

    /// <summary>Decides deload weeks (any success makes a deload week).</summary>
    public const string Deload = "Deload";

    /// <summary>Sessions per week, their intensities and minutes (first success wins).</summary>
    public const string Volume = "Volume";

    /// <summary>Adjusts a week: caps the sessions, makes them lighter, adds notes (every success applies).</summary>
    public const string Adjustments = "Adjustments";

    /// <summary>The week's hard sets per movement pattern, spread over its sessions (first success wins).</summary>
    public const string Budget = "Budget";

    /// <summary>Which days may hold a session and which are preferred (every success applies; SuccessEvent forbid excludes a day).</summary>
    public const string Placement = "Placement";

    /// <summary>What a session holds: kind, slots, warm-up (first success wins).</summary>
    public const string SessionPlan = "SessionPlan";

    /// <summary>Additions to a session: plyometrics, injury-mitigation slots, notes (every success applies).</summary>
    public const string SessionExtras = "SessionExtras";

    /// <summary>Which exercise fills a slot (every success applies; SuccessEvent forbid excludes an exercise).</summary>
    public const string ExerciseChoice = "ExerciseChoice";

    /// <summary>Sets, reps, rest, tempo and load (every success applies, in file order; later rules override).</summary>
    public const string Dose = "Dose";

    /// <summary>How an exercise progresses from its last log (first success wins).</summary>
    public const string Progression = "Progression";

    /// <summary>How an exercise moves forward week by week through the plan, one variable at a time (first success wins).</summary>
    public const string WeeklyProgression = "WeeklyProgression";

    /// <summary>The strength tests of a week: re-test weeks and benchmarks (every success adds a test).</summary>
    public const string Retest = "Retest";

    /// <summary>How long work takes, to fit a session in its minutes (first success wins).</summary>
    public const string Timing = "Timing";

    private static readonly InputDeclaration Athlete = InputDeclaration.Of<AthleteProfile>("athlete");
    private static readonly InputDeclaration Week = InputDeclaration.Of<WeekFacts>("week");
    private static readonly InputDeclaration Day = InputDeclaration.Of<DayFacts>("day");
    private static readonly InputDeclaration Session = InputDeclaration.Of<SessionFacts>("session");
    private static readonly InputDeclaration Slot = InputDeclaration.Of<SlotFacts>("slot");
    private static readonly InputDeclaration Exercise = InputDeclaration.Of<ExerciseFacts>("exercise");
    private static readonly InputDeclaration History = InputDeclaration.Of<HistoryFacts>("history");
    private static readonly InputDeclaration Line = InputDeclaration.Of<LineFacts>("line");

    /// <summary>Every workflow the designer needs, with its inputs in order.</summary>
    public static ImmutableDictionary<string, ImmutableArray<InputDeclaration>> Inputs { get; } =
        new Dictionary<string, ImmutableArray<InputDeclaration>>
        {
            [Phase] = [Athlete, Week],
            [Deload] = [Athlete, Week],
            [Volume] = [Athlete, Week],
            [Adjustments] = [Athlete, Week],
            [Budget] = [Athlete, Week],
            [Placement] = [Athlete, Week, Day, Session],
            [SessionPlan] = [Athlete, Week, Session],
            [SessionExtras] = [Athlete, Week, Session],
            [ExerciseChoice] = [Athlete, Week, Session, Slot, Exercise],
            [Dose] = [Athlete, Week, Session, Slot, Exercise],
            [Progression] = [Athlete, Exercise, History],
            [WeeklyProgression] = [Athlete, Week, Exercise, Line],
            [Retest] = [Athlete, Week],
            [Timing] = [Athlete],
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The workflows whose first rule that fires decides: the designer reads that one rule's decision, whatever the
    /// workflow's HitPolicy, so a later rule that fires too changes nothing.
    /// </summary>
    public static ImmutableHashSet<string> FirstRuleDecides { get; } =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, Phase, Deload, Volume, Budget, SessionPlan, Progression, WeeklyProgression, Timing);

    /// <summary>
    /// The workflows that must decide each time they are asked. When no rule fires, the designer fails (Phase,
    /// Volume, Timing: RS5061) or goes without (no set budget, an empty session, no progression step). Deload is not
    /// among them: no rule firing is its decision, a week that is not a deload.
    /// </summary>
    public static ImmutableHashSet<string> MustDecide { get; } =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, Phase, Volume, Budget, SessionPlan, Progression, WeeklyProgression, Timing);

    /// <summary>The SuccessEvent that excludes a day or an exercise.</summary>
    public const string ForbidEvent = "forbid";
}

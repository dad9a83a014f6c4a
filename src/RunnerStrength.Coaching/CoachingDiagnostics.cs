using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching;

/// <summary>
/// Every coaching diagnostic (RS5xxx), in one place. Codes are stable and never reused; a retired code stays
/// here as a comment. RS5001-RS5049 belong to the coaching data (athlete profiles and the exercise catalog);
/// RS5050-RS5089 belong to the plan designer and RS5090-RS5099 to scenario tests.
/// </summary>
public static class CoachingDiagnostics
{
    // ---- RS5001-RS5009: athlete profiles -----------------------------------------------------

    /// <summary>A running week in which every day is a rest day.</summary>
    public static readonly DiagnosticDescriptor WeekWithoutRuns = Error(
        "RS5001",
        "Week without runs",
        "the week has no runs; at least one day must be easy, recovery, long, tempo, intervals, hills or race-pace");

    /// <summary>A history entry that gives both reps and seconds.</summary>
    public static readonly DiagnosticDescriptor HistoryRepsAndSeconds = Error(
        "RS5002",
        "History with reps and seconds",
        "history entry {0} ('{1}') gives both 'reps' and 'seconds'; give reps for rep work or seconds for holds, not both");

    /// <summary>A history entry that gives neither reps nor seconds.</summary>
    public static readonly DiagnosticDescriptor HistoryWithoutRepsOrSeconds = Error(
        "RS5003",
        "History without reps or seconds",
        "history entry {0} ('{1}') gives neither 'reps' nor 'seconds'; add the reps reached in every set, or the seconds held");

    /// <summary>A history entry naming an exercise the catalog does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownHistoryExercise = Warning(
        "RS5004",
        "Unknown exercise in history",
        "'{0}' is not an exercise in the catalog, so this entry cannot guide progression{1}");

    /// <summary>A history entry measured in reps for an exercise dosed in seconds, or the other way round.</summary>
    public static readonly DiagnosticDescriptor HistoryMeasureMismatch = Warning(
        "RS5005",
        "History measured differently from the exercise",
        "history entry {0} gives {1} for '{2}', which the catalog doses in {3}");

    /// <summary>A history load that is not a weight such as <c>90 kg</c>, bodyweight or a band; it is kept as text.</summary>
    public static readonly DiagnosticDescriptor LoadNotUnderstood = Warning(
        "RS5006",
        "Load not understood",
        "history entry {0}: '{1}' is not a load such as '90 kg', '2 x 26 kg' or '35 lb'; it is kept as text");

    /// <summary>An injury tag listed twice, as a string, an object or both.</summary>
    public static readonly DiagnosticDescriptor DuplicateInjury = Error(
        "RS5007",
        "Injury listed twice",
        "injury '{0}' is listed twice (items {1} and {2}); list it once, as \"{0}\" while current or as {{ \"tag\": \"{0}\", \"status\": \"recovering\" }} while recovering");

    /// <summary>Two readiness readings with the same date.</summary>
    public static readonly DiagnosticDescriptor DuplicateReadinessDate = Error(
        "RS5008",
        "Two readiness readings on one day",
        "readings {1} and {2} are both dated {0}; give one reading a day");

    /// <summary>A training log longer than the designer reads: it plans from the latest entries, so time stays bounded.</summary>
    public static readonly DiagnosticDescriptor LongHistory = Warning(
        "RS5009",
        "Training log trimmed",
        "the training log has {0} entries; the plan reads the latest {1} (from {2} on)");

    // ---- RS5010-RS5039: the exercise catalog -------------------------------------------------

    /// <summary>Two exercises with one id.</summary>
    public static readonly DiagnosticDescriptor DuplicateExerciseId = Error(
        "RS5010",
        "Duplicate exercise id",
        "exercise '{0}' is already defined at line {1}");

    /// <summary>A harder or easier list naming an exercise that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownProgressionExercise = Error(
        "RS5011",
        "Unknown exercise in a progression",
        "'{0}' in the '{1}' list of '{2}' is not an exercise in the catalog{3}");

    /// <summary>An exercise listed as its own harder or easier variation.</summary>
    public static readonly DiagnosticDescriptor SelfProgression = Error(
        "RS5012",
        "Exercise progresses to itself",
        "'{0}' lists itself in '{1}'; a progression must lead to another exercise");

    /// <summary>Harder and easier links that go round in a circle.</summary>
    public static readonly DiagnosticDescriptor ProgressionCycle = Error(
        "RS5013",
        "Progression cycle",
        "the progression goes round in a circle: {0}; each step must be harder than the one before");

    /// <summary>A plyometric exercise without its impact level.</summary>
    public static readonly DiagnosticDescriptor PlyometricWithoutImpact = Error(
        "RS5014",
        "Plyometric without impact",
        "plyometric exercise '{0}' needs 'impact': low (jumping jacks, squat jumps, skipping) or high (box jumps, hops, bounding)");

    /// <summary>An impact level on an exercise that is not plyometric.</summary>
    public static readonly DiagnosticDescriptor ImpactWithoutPlyometric = Warning(
        "RS5015",
        "Impact on a non-plyometric exercise",
        "'impact' applies only to plyometric exercises; '{0}' is a {1} exercise and the value is ignored");

    /// <summary>A dose that gives both reps and seconds.</summary>
    public static readonly DiagnosticDescriptor DoseRepsAndSeconds = Error(
        "RS5016",
        "Dose with reps and seconds",
        "the dose of '{0}' gives both 'reps' and 'seconds'; give one");

    /// <summary>A dose that gives neither reps nor seconds.</summary>
    public static readonly DiagnosticDescriptor DoseWithoutRepsOrSeconds = Error(
        "RS5017",
        "Dose without reps or seconds",
        "the dose of '{0}' gives neither 'reps' nor 'seconds'; add one");

    /// <summary>A range whose low end is above its high end.</summary>
    public static readonly DiagnosticDescriptor InvertedRange = Error(
        "RS5018",
        "Inverted range",
        "the {0} of '{1}' run from {2} to {3}; 'min' must not be above 'max'");

    /// <summary>A harder or easier link that the other exercise does not list back.</summary>
    public static readonly DiagnosticDescriptor ProgressionNotMirrored = Warning(
        "RS5019",
        "One-way progression",
        "'{0}' lists '{1}' in '{2}', but '{1}' does not list '{0}' in '{3}'");

    /// <summary>A harder variation that suits a lower athlete level than the exercise before it.</summary>
    public static readonly DiagnosticDescriptor ProgressionLevelInverted = Warning(
        "RS5020",
        "Harder exercise at a lower level",
        "'{0}' is harder than '{1}' but suits {2} athletes, while '{1}' needs {3}");

    // ---- RS5040-RS5049: athlete profiles, continued (RS5001-RS5009 are taken) ---------------------

    /// <summary>A race whose day is given twice or not at all: it needs a date, or a week counted from the plan's start.</summary>
    public static readonly DiagnosticDescriptor RaceDayNotGivenOnce = Error(
        "RS5040",
        "Race day not given once",
        "the race has {0}; give its 'date' (YYYY-MM-DD), or 'inWeeks' to count it from the plan's start, with 'day' if it is not the week's last day");

    // ---- RS5050-RS5089: the plan designer ------------------------------------------------------
    /// <summary>A workflow the designer needs is not in the rule set.</summary>
    public static readonly DiagnosticDescriptor MissingWorkflow = Error("RS5050", "Missing coaching workflow", "the rule set has no workflow '{0}'; the designer needs {1}");

    /// <summary>A decision property the workflow does not use.</summary>
    public static readonly DiagnosticDescriptor UnknownDecision = Error("RS5051", "Unknown decision property", "rule '{0}' sets '{1}', which {2} rules cannot decide{3}");

    /// <summary>A decision property with a value of the wrong kind.</summary>
    public static readonly DiagnosticDescriptor InvalidDecision = Error("RS5052", "Invalid decision value", "rule '{0}': '{1}' must be {2}");

    /// <summary>A rule that fires but decides nothing the workflow needs.</summary>
    public static readonly DiagnosticDescriptor MissingDecision = Error("RS5053", "Missing decision", "rule '{0}' of {1} must set '{2}' in its Properties");

    /// <summary>A problem with ruleset.json.</summary>
    public static readonly DiagnosticDescriptor Manifest = Error("RS5054", "Rule set manifest", "{0}");

    /// <summary>A warm-up drill or other id that is not in the catalog.</summary>
    public static readonly DiagnosticDescriptor DecisionUnknownExercise = Error("RS5055", "Unknown exercise", "rule '{0}' names '{1}', which is not in the exercise catalog{2}");

    /// <summary>"$output" without an OutputExpression to give it.</summary>
    public static readonly DiagnosticDescriptor OutputWithoutAction = Error("RS5056", "Output without action", "rule '{0}' uses \"$output\" for '{1}' but has no OnSuccess OutputExpression");

    /// <summary>The race is before the plan starts.</summary>
    public static readonly DiagnosticDescriptor RaceBeforeStart = Error("RS5060", "Race before start", "the race on {0} is before the plan starts on {1}; start the plan by race day, such as --start {2} (the Monday of race week), or move the race: a later 'date', or 'inWeeks' to count it from the plan's start");

    /// <summary>No rule decided something the plan needs for a week.</summary>
    public static readonly DiagnosticDescriptor NothingDecided = Error("RS5061", "Nothing decided", "no {0} rule fired for week {1} ({2}); add a rule that always fires last, such as Expression \"true\"");

    /// <summary>A plan length out of range.</summary>
    public static readonly DiagnosticDescriptor InvalidWeeks = Error("RS5062", "Invalid weeks", "the plan must have 1 to {1} weeks, not {0}");

    /// <summary>A rule failed while evaluating (a null read or similar) during planning.</summary>
    public static readonly DiagnosticDescriptor RuleFailed = Warning("RS5063", "Rule failed", "rule '{0}' could not be evaluated for {1}: {2}");

    /// <summary>A slot no exercise could fill.</summary>
    public static readonly DiagnosticDescriptor SlotUnfilled = Warning("RS5064", "Slot unfilled", "{0}: no exercise fits the {1} slot for this athlete (equipment, injuries and level rule them all out); the session goes without it");

    /// <summary>A plan whose dates (with a week either side for the days around sessions) would leave 0001-01-01 to 9999-12-31.</summary>
    public static readonly DiagnosticDescriptor PlanOutsideCalendar = Error("RS5065", "Plan outside the calendar", "a {0}-week plan starting on {1} would run {2}; plans must start on or after 0001-01-08 and end a week before 9999-12-31");

    // ---- RS5090-RS5099: scenario tests -------------------------------------------------------
    /// <summary>The athlete file a scenario names does not exist.</summary>
    public static readonly DiagnosticDescriptor AthleteFileNotFound = Error("RS5090", "Athlete file not found", "the athlete file '{0}' does not exist (looked for {1})");

    /// <summary>The rule-set folder a scenario names does not exist.</summary>
    public static readonly DiagnosticDescriptor RulesFolderNotFound = Error("RS5091", "Rule set not found", "the rule set folder '{0}' does not exist (looked for {1}){2}");

    /// <summary>An expectation names a rule the rule set does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownRule = Error("RS5092", "Unknown rule", "'{0}' is not a rule of the rule set in {1}{2}");

    /// <summary>An expectation names an exercise the catalog does not have.</summary>
    public static readonly DiagnosticDescriptor ScenarioUnknownExercise = Error("RS5093", "Unknown exercise", "'{0}' is not an exercise in the catalog{1}");

    /// <summary>A range whose min is above its max.</summary>
    public static readonly DiagnosticDescriptor ScenarioInvertedRange = Error("RS5094", "Inverted range", "'{0}' runs from {1} to {2}; 'min' must not be above 'max'");

    /// <summary>An expectation that checks nothing but its week.</summary>
    public static readonly DiagnosticDescriptor EmptyExpectation = Error("RS5095", "Empty expectation", "this expectation checks nothing; add one of {0}");

    /// <summary>An expectation about a week the plan does not have.</summary>
    public static readonly DiagnosticDescriptor WeekOutsidePlan = Error("RS5096", "Week outside the plan", "week {0} is outside the plan, which has {1} weeks");

    private static DiagnosticDescriptor Error(string code, string title, string format) =>
        new(code, title, format, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string code, string title, string format) =>
        new(code, title, format, DiagnosticSeverity.Warning);
}

using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// The scenario tests' diagnostics, RS5090-RS5099 (the coaching data's are in CoachingDiagnostics, the designer's in
/// PlanningDiagnostics). Codes are stable and never reused. JSON and schema problems of a scenario file are RS1xxx.
/// </summary>
public static class ScenarioDiagnostics
{
    /// <summary>The athlete file a scenario names does not exist.</summary>
    public static readonly DiagnosticDescriptor AthleteFileNotFound = Error("RS5090", "Athlete file not found", "the athlete file '{0}' does not exist (looked for {1})");

    /// <summary>The rule-set folder a scenario names does not exist.</summary>
    public static readonly DiagnosticDescriptor RulesFolderNotFound = Error("RS5091", "Rule set not found", "the rule set folder '{0}' does not exist (looked for {1}){2}");

    /// <summary>An expectation names a rule the rule set does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownRule = Error("RS5092", "Unknown rule", "'{0}' is not a rule of the rule set in {1}{2}");

    /// <summary>An expectation names an exercise the catalog does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownExercise = Error("RS5093", "Unknown exercise", "'{0}' is not an exercise in the catalog{1}");

    /// <summary>A range whose min is above its max.</summary>
    public static readonly DiagnosticDescriptor InvertedRange = Error("RS5094", "Inverted range", "'{0}' runs from {1} to {2}; 'min' must not be above 'max'");

    /// <summary>An expectation that checks nothing but its week.</summary>
    public static readonly DiagnosticDescriptor EmptyExpectation = Error("RS5095", "Empty expectation", "this expectation checks nothing; add one of {0}");

    /// <summary>An expectation about a week the plan does not have.</summary>
    public static readonly DiagnosticDescriptor WeekOutsidePlan = Error("RS5096", "Week outside the plan", "week {0} is outside the plan, which has {1} weeks");

    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, title, format, DiagnosticSeverity.Error);
}

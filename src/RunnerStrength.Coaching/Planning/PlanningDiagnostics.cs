using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// The plan designer's diagnostics, RS5050 and above (RS5001-RS5049 are the coaching data's, in CoachingDiagnostics).
/// Codes are stable and never reused.
/// </summary>
public static class PlanningDiagnostics
{
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
    public static readonly DiagnosticDescriptor UnknownExercise = Error("RS5055", "Unknown exercise", "rule '{0}' names '{1}', which is not in the exercise catalog{2}");

    /// <summary>"$output" without an OutputExpression to give it.</summary>
    public static readonly DiagnosticDescriptor OutputWithoutAction = Error("RS5056", "Output without action", "rule '{0}' uses \"$output\" for '{1}' but has no OnSuccess OutputExpression");

    /// <summary>The race is before the plan starts.</summary>
    public static readonly DiagnosticDescriptor RaceBeforeStart = Error("RS5060", "Race before start", "the race on {0} is before the plan starts on {1}");

    /// <summary>No rule decided something the plan needs for a week.</summary>
    public static readonly DiagnosticDescriptor NothingDecided = Error("RS5061", "Nothing decided", "no {0} rule fired for week {1} ({2}); add a rule that always fires last, such as Expression \"true\"");

    /// <summary>A plan length out of range.</summary>
    public static readonly DiagnosticDescriptor InvalidWeeks = Error("RS5062", "Invalid weeks", "the plan must have 1 to {1} weeks, not {0}");

    /// <summary>A rule failed while evaluating (a null read or similar) during planning.</summary>
    public static readonly DiagnosticDescriptor RuleFailed = Warning("RS5063", "Rule failed", "rule '{0}' could not be evaluated for {1}: {2}");

    /// <summary>A slot no exercise could fill.</summary>
    public static readonly DiagnosticDescriptor SlotUnfilled = Warning("RS5064", "Slot unfilled", "week {0} {1}: no exercise fits the {2} slot for this athlete");

    private static DiagnosticDescriptor Error(string code, string title, string format) => new(code, title, format, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string code, string title, string format) => new(code, title, format, DiagnosticSeverity.Warning);
}

using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    /// <summary>
    /// A rule has an Expression or child Rules (with an Operator), and never neither. Both, with an Operator, is
    /// RulesEngine's nested rule whose Expression is ignored (RS4018, reported while reading); <c>"Rules": null</c> or
    /// <c>[]</c> is no child rules.
    /// </summary>
    private void CheckShape(WorkflowObject rule, RuleDefinition definition)
    {
        var children = rule["Rules"];
        var hasChildren = children is not null and not JsonArraySyntax { Items.IsEmpty: true };
        var hasExpression = rule["Expression"] is not null;
        var problem = (hasExpression, hasChildren) switch
        {
            (true, true) when rule["Operator"] is null => "has both an Expression and child Rules; a rule has one or the other",
            (false, false) => "has neither an Expression nor child Rules",
            (false, true) when children is JsonArraySyntax && rule["Operator"] is null => "has child Rules but no Operator; add one of And, AndAlso, Or, OrElse",
            _ => null,
        };

        if (problem is not null)
        {
            var name = definition.Name.Length > 0 ? definition.Name : "(without a RuleName)";
            _diagnostics.Report(DiagnosticCatalog.RuleShape, definition.NameLocation, name, problem);
        }
    }

    private void ReportDuplicateRules(WorkflowDefinition workflow)
    {
        var first = new Dictionary<string, RuleDefinition>(StringComparer.OrdinalIgnoreCase);
        // Only top-level names must differ, as in RulesEngine: results, EvaluateRule and WorkflowsToInject name those,
        // and a child rule is found through its parent.
        foreach (var rule in workflow.Rules)
        {
            if (rule.Name.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(rule.Name, out var earlier))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateRule, rule.NameLocation, rule.Name, workflow.Name, earlier.NameLocation.ToString());
            }
            else
            {
                first.Add(rule.Name, rule);
            }
        }
    }
}

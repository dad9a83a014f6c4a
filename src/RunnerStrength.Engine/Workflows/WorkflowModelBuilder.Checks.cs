using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    /// <summary>A rule has an Expression or child Rules (with an Operator), never both and never neither.</summary>
    private void CheckShape(WorkflowObject rule, RuleDefinition definition)
    {
        var children = rule["Rules"];
        var hasChildren = children is not null and not JsonArraySyntax { Items.IsEmpty: true };
        var hasExpression = rule["Expression"] is not null;
        var problem = (hasExpression, hasChildren) switch
        {
            (true, _) when children is not null => "has both an Expression and child Rules; a rule has one or the other",
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
        foreach (var rule in RuleTree.PreOrder(workflow.Rules))
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

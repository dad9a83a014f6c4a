using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    private static readonly string[] ErrorTypes = ["Warning", "Error"];

    private WorkflowDefinition ReadWorkflow(JsonObjectSyntax syntax)
    {
        var workflow = Open(syntax, WorkflowPropertyNames.Workflow);
        ReadString(workflow, "$schema");
        ReadExpressionType(workflow);
        var name = ReadString(workflow, "WorkflowName");
        var location = At(syntax.Span);
        var definition = new WorkflowDefinition
        {
            Name = name?.Value ?? string.Empty,
            NameLocation = name is null ? location : At(name.Span),
            Location = location,
            Description = ReadString(workflow, "Description")?.Value,
            HitPolicy = ReadChoice<HitPolicy>(workflow, "HitPolicy", DiagnosticCatalog.InvalidHitPolicy) ?? HitPolicy.All,
            GlobalParams = ReadParams(workflow, "GlobalParams"),
            Rules = ReadRules(workflow),
            WorkflowsToInject = [.. (ReadStringList(workflow, "WorkflowsToInject") ?? ReadStringList(workflow, "WorkflowRulesToInject") ?? [])
                .Select(name => new WorkflowReference(name.Value, At(name.Span)))],
        };

        ReportDuplicateRules(definition);
        return definition;
    }

    private ImmutableArray<RuleDefinition> ReadRules(WorkflowObject owner)
    {
        var array = ReadArray(owner, "Rules");
        return array is null ? [] : [.. ObjectItems(array, "Rules").Select(ReadRule)];
    }

    // Recursion follows the nesting of the file, which the JSON parser has already limited.
    private RuleDefinition ReadRule(JsonObjectSyntax syntax)
    {
        var rule = Open(syntax, WorkflowPropertyNames.Rule);
        var name = ReadString(rule, "RuleName");
        var expression = ReadString(rule, "Expression");
        var errorMessage = ReadString(rule, "ErrorMessage");
        var (onSuccess, onFailure) = ReadActions(rule);
        ReadExpressionType(rule);
        ReadErrorType(rule);

        // RulesEngine 6 reads a rule's WorkflowsToInject only to accept an Operator rule without child Rules.
        ReadStringList(rule, "WorkflowsToInject");
        var ruleOperator = ReadChoice<RuleOperator>(rule, "Operator", DiagnosticCatalog.InvalidOperator);
        var children = ReadRules(rule);
        if (expression is not null && ruleOperator is { } combined && !children.IsEmpty)
        {
            // RulesEngine combines the children and never reads the Expression: it is not compiled, so it cannot refuse the file.
            Report(DiagnosticCatalog.IgnoredExpression, expression.Span, name?.Value ?? "(without a RuleName)", combined.ToString());
            expression = null;
        }

        var location = At(syntax.Span);
        var definition = new RuleDefinition
        {
            Name = name?.Value ?? string.Empty,
            NameLocation = name is null ? location : At(name.Span),
            Location = location,
            Description = ReadString(rule, "Description")?.Value,
            Enabled = ReadBoolean(rule, "Enabled") ?? true,
            Expression = expression?.ToExpressionText(_source),
            Operator = ruleOperator,
            Rules = children,
            LocalParams = ReadParams(rule, "LocalParams"),
            SuccessEvent = ReadString(rule, "SuccessEvent")?.Value,
            ErrorMessage = errorMessage is null ? null : MessageTemplateParser.Parse(errorMessage, _source, _diagnostics),
            Properties = ReadProperties(rule),
            OnSuccess = onSuccess,
            OnFailure = onFailure,
        };

        CheckShape(rule, definition);
        return definition;
    }

    /// <summary>RuleExpressionType, of a rule or a workflow: LambdaExpression (RulesEngine's only one) by name in any case, or by its number, 0.</summary>
    private void ReadExpressionType(WorkflowObject owner)
    {
        const string Lambda = "LambdaExpression";
        switch (owner["RuleExpressionType"])
        {
            case JsonStringSyntax written when Lambda.Equals(written.Value, StringComparison.OrdinalIgnoreCase):
                Canonicalize(written, Lambda);
                return;
            case JsonNumberSyntax { Text: "0" } or null:
                return;
            case JsonStringSyntax written:
                Report(DiagnosticCatalog.UnsupportedExpressionType, written.Span, written.Value);
                Claim(written);
                return;
            case JsonNumberSyntax number:
                Report(DiagnosticCatalog.UnsupportedExpressionType, number.Span, number.Text);
                Claim(number);
                return;
            case { } other:
                WrongKind("RuleExpressionType", other, "LambdaExpression or 0");
                return;
        }
    }

    /// <summary>
    /// ErrorType (Warning or Error, by name in any case or by number), which older RulesEngine versions read and
    /// RulesEngine 6 ignores, as the engine does; anything else is left to the schema.
    /// </summary>
    private void ReadErrorType(WorkflowObject rule)
    {
        if (rule["ErrorType"] is JsonStringSyntax written
            && ErrorTypes.FirstOrDefault(n => n.Equals(written.Value, StringComparison.OrdinalIgnoreCase)) is { } canonical)
        {
            Canonicalize(written, canonical);
        }
    }
}

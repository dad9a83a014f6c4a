using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    private WorkflowDefinition ReadWorkflow(JsonObjectSyntax syntax)
    {
        var workflow = Open(syntax, WorkflowPropertyNames.Workflow);
        ReadString(workflow, "$schema");
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
        var location = At(syntax.Span);
        var definition = new RuleDefinition
        {
            Name = name?.Value ?? string.Empty,
            NameLocation = name is null ? location : At(name.Span),
            Location = location,
            Description = ReadString(rule, "Description")?.Value,
            Enabled = ReadBoolean(rule, "Enabled") ?? true,
            Expression = expression?.ToExpressionText(_source),
            Operator = ReadChoice<RuleOperator>(rule, "Operator", DiagnosticCatalog.InvalidOperator),
            Rules = ReadRules(rule),
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

    private void ReadExpressionType(WorkflowObject rule)
    {
        const string Lambda = "LambdaExpression";
        var written = ReadString(rule, "RuleExpressionType");
        if (written is null)
        {
            return;
        }

        if (Lambda.Equals(written.Value, StringComparison.OrdinalIgnoreCase))
        {
            Canonicalize(written, Lambda);
            return;
        }

        Report(DiagnosticCatalog.UnsupportedExpressionType, written.Span, written.Value);
        Claim(written);
    }
}

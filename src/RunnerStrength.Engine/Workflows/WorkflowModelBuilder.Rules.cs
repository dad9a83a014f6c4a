using System.Collections.Immutable;
using System.Text.Json;
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

    private ImmutableArray<ParamDefinition> ReadParams(WorkflowObject owner, string listName)
    {
        var array = ReadArray(owner, listName);
        if (array is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ParamDefinition>();
        var first = new Dictionary<string, ParamDefinition>(StringComparer.Ordinal);
        foreach (var item in ObjectItems(array, listName))
        {
            var param = Open(item, WorkflowPropertyNames.Param);
            var name = ReadString(param, "Name");
            var expression = ReadString(param, "Expression");
            if (name is null || expression is null)
            {
                // A missing Name or Expression is reported by the schema.
                continue;
            }

            var definition = new ParamDefinition
            {
                Name = name.Value,
                NameLocation = At(name.Span),
                Expression = expression.ToExpressionText(_source),
            };

            if (first.TryGetValue(name.Value, out var earlier))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateParam, definition.NameLocation, name.Value, earlier.NameLocation.ToString());
            }
            else
            {
                first.Add(name.Value, definition);
            }

            result.Add(definition);
        }

        return result.ToImmutable();
    }

    private ImmutableDictionary<string, JsonElement> ReadProperties(WorkflowObject rule)
    {
        if (Expect<JsonObjectSyntax>(rule, "Properties", "an object") is not { } properties)
        {
            return ImmutableDictionary<string, JsonElement>.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in properties.Properties)
        {
            if (ToElement(property.Value) is { } element)
            {
                result[property.Name.Value] = element;
            }
        }

        return result.ToImmutable();
    }

    private JsonElement? ToElement(JsonNodeSyntax value)
    {
        try
        {
            var options = new JsonDocumentOptions { MaxDepth = WorkflowReader.MaxNesting };
            using var document = JsonDocument.Parse(_source.Text.AsMemory(value.Span.Start, value.Span.Length), options);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // The JSON parser is stricter than System.Text.Json, so this is a safety net, not an expected path.
            Report(DiagnosticCatalog.InvalidJson, value.Span, ex.Message);
            return null;
        }
    }

    private void ReportDuplicateRules(WorkflowDefinition workflow)
    {
        var first = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
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

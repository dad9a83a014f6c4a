using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    private (ActionDefinition? OnSuccess, ActionDefinition? OnFailure) ReadActions(WorkflowObject rule)
    {
        var actions = ReadObject(rule, "Actions", WorkflowPropertyNames.Actions);
        return actions is null ? (null, null) : (ReadAction(actions, "OnSuccess"), ReadAction(actions, "OnFailure"));
    }

    private ActionDefinition? ReadAction(WorkflowObject actions, string trigger)
    {
        var action = ReadObject(actions, trigger, WorkflowPropertyNames.Action);
        if (action is null || ReadChoice<ActionKind>(action, "Name", DiagnosticCatalog.UnknownAction) is not { } kind)
        {
            // A missing Name is reported by the schema, an unknown one by ReadChoice.
            return null;
        }

        var location = At(action.Syntax.Span);
        var context = ReadObject(action, "Context", WorkflowPropertyNames.ActionContext);
        if (context is null && action["Context"] is not null)
        {
            // The Context is not an object, which is already reported; asking for its parts would say it twice.
            return new ActionDefinition { Kind = kind, Location = location };
        }

        var where = context?.Syntax.Span ?? action.Syntax.Span;
        return kind switch
        {
            ActionKind.OutputExpression => new ActionDefinition
            {
                Kind = kind,
                Location = location,
                Expression = RequireContext(context, kind, "Expression", where)?.ToExpressionText(_source),
            },
            _ => new ActionDefinition
            {
                Kind = kind,
                Location = location,
                WorkflowName = RequireContext(context, kind, "WorkflowName", where)?.Value,
                RuleName = RequireContext(context, kind, "RuleName", where)?.Value,
                AdditionalInputs = context is null ? [] : ReadParams(context, "AdditionalInputs"),
                InputFilter = context is null ? null : ReadStringList(context, "InputFilter")?.Select(name => name.Value).ToImmutableArray(),
            },
        };
    }

    private JsonStringSyntax? RequireContext(WorkflowObject? context, ActionKind kind, string name, TextSpan where)
    {
        if (context?[name] is null)
        {
            Report(DiagnosticCatalog.ActionContext, where, kind.ToString(), name);
            return null;
        }

        return ReadString(context, name);
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using RulesEngine.Models;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.RulesEngine;

/// <summary>A rule set's workflows as RulesEngine's model, and the enum types RulesEngine must be told of to read them.</summary>
internal sealed record ConvertedWorkflows(ImmutableArray<Workflow> Workflows, ImmutableArray<Type> CustomTypes);

/// <summary>Turns the workflows RunnerStrength read (and checked) into the <see cref="Workflow"/>s Microsoft RulesEngine takes.</summary>
internal static class RulesEngineWorkflows
{
    public static ConvertedWorkflows Convert(CompiledRuleSet ruleSet)
    {
        var workflows = ImmutableArray.CreateBuilder<Workflow>(ruleSet.Workflows.Length);
        var enums = new HashSet<Type>();
        foreach (var compiled in ruleSet.Workflows)
        {
            var dialect = new DynamicLinqDialect(compiled.Inputs);
            workflows.Add(Convert(compiled.Definition, dialect));
            enums.UnionWith(dialect.EnumTypes);
        }

        return new ConvertedWorkflows(workflows.MoveToImmutable(), [.. enums.OrderBy(t => t.FullName, StringComparer.Ordinal)]);
    }

    private static Workflow Convert(WorkflowDefinition workflow, DynamicLinqDialect dialect)
    {
        var globals = new List<ScopedParam>();
        foreach (var param in workflow.GlobalParams)
        {
            globals.Add(new ScopedParam { Name = param.Name, Expression = dialect.Rewrite(param.Expression) });
            dialect.DeclareParam(param.Name, param.Expression);
        }

        return new Workflow
        {
            WorkflowName = workflow.Name,
            WorkflowsToInject = workflow.WorkflowsToInject.IsDefaultOrEmpty ? null : [.. workflow.WorkflowsToInject.Select(w => w.Name)],
            GlobalParams = globals,
            Rules = [.. workflow.Rules.Select(rule => Convert(rule, dialect))],
        };
    }

    private static Rule Convert(RuleDefinition rule, DynamicLinqDialect dialect)
    {
        var scope = dialect.Nested();
        var locals = new List<ScopedParam>();
        foreach (var param in rule.LocalParams)
        {
            locals.Add(new ScopedParam { Name = param.Name, Expression = scope.Rewrite(param.Expression) });
            scope.DeclareParam(param.Name, param.Expression);
        }

        return new Rule
        {
            RuleName = rule.Name,
            Enabled = rule.Enabled,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = rule.Expression is { } expression && rule.Rules.IsDefaultOrEmpty ? scope.Rewrite(expression) : null,
            Operator = rule.Rules.IsDefaultOrEmpty ? null : (rule.Operator ?? RuleOperator.And).ToString(),
            Rules = rule.Rules.IsDefaultOrEmpty ? null : [.. rule.Rules.Select(child => Convert(child, scope))],
            LocalParams = locals,
            SuccessEvent = rule.SuccessEvent,
            ErrorMessage = rule.ErrorMessage?.Text,
            Properties = rule.Properties.Count == 0 ? null : rule.Properties.ToDictionary(p => p.Key, p => (object)p.Value.Clone()),
            Actions = rule.OnSuccess is null && rule.OnFailure is null ? null : new RuleActions { OnSuccess = Convert(rule.OnSuccess, scope), OnFailure = Convert(rule.OnFailure, scope) },
        };
    }

    private static ActionInfo? Convert(ActionDefinition? action, DynamicLinqDialect dialect)
    {
        if (action is null)
        {
            return null;
        }

        var context = new Dictionary<string, object>(StringComparer.Ordinal);
        if (action.Kind == ActionKind.OutputExpression)
        {
            context["expression"] = dialect.Rewrite(action.Expression!);
            return new ActionInfo { Name = "OutputExpression", Context = context };
        }

        context["workflowName"] = action.WorkflowName!;
        context["ruleName"] = action.RuleName!;
        if (!action.AdditionalInputs.IsDefaultOrEmpty)
        {
            context["additionalInputs"] = action.AdditionalInputs.Select(p => new ScopedParam { Name = p.Name, Expression = dialect.Rewrite(p.Expression) }).ToList();
        }

        if (action.InputFilter is { } filter)
        {
            context["inputFilter"] = filter.ToList();
        }

        return new ActionInfo { Name = "EvaluateRule", Context = context };
    }
}

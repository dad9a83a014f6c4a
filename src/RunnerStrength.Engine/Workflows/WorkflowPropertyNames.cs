using System.Collections.Immutable;

namespace RunnerStrength.Engine.Workflows;

/// <summary>
/// The property names of each kind of rule-file object, spelt as <c>schemas/workflow.schema.json</c> spells them.
/// Files may write them in any case; the reader matches them case-insensitively, as RulesEngine's users expect.
/// </summary>
internal static class WorkflowPropertyNames
{
    public static readonly ImmutableArray<string> Workflow =
    [
        "$schema", "WorkflowName", "Description", "HitPolicy", "GlobalParams", "Rules", "WorkflowsToInject", "WorkflowRulesToInject",
        "RuleExpressionType",
    ];

    public static readonly ImmutableArray<string> Rule =
    [
        "RuleName", "Description", "Enabled", "Expression", "RuleExpressionType", "Operator", "Rules", "LocalParams",
        "SuccessEvent", "ErrorMessage", "Properties", "Actions", "ErrorType", "WorkflowsToInject",
    ];

    public static readonly ImmutableArray<string> Param = ["Name", "Expression"];

    public static readonly ImmutableArray<string> Actions = ["OnSuccess", "OnFailure"];

    public static readonly ImmutableArray<string> Action = ["Name", "Context"];

    public static readonly ImmutableArray<string> ActionContext = ["Expression", "WorkflowName", "RuleName", "AdditionalInputs", "InputFilter"];
}

using RulesEngine.Models;

namespace RunnerStrength.Engine.Tests.InputShapes;

/// <summary>Runs a RulesEngine-format workflow through Microsoft RulesEngine 6.0.1 itself, for comparison.</summary>
internal static class RulesEngineRunner
{
    /// <summary>Each rule's outcome, by rule name, with the inputs given positionally (RulesEngine names them input1, input2...).</summary>
    public static async Task<IReadOnlyDictionary<string, bool>> RunAsync(string workflowJson, params object[] inputs)
    {
        var workflow = System.Text.Json.JsonSerializer.Deserialize<Workflow>(workflowJson)!;
        var engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        var results = await engine.ExecuteAllRulesAsync(workflow.WorkflowName, inputs);
        return results.ToDictionary(r => r.Rule.RuleName, r => r.IsSuccess);
    }

    /// <summary>Each rule's outcome and exception message, with named inputs.</summary>
    public static async Task<IReadOnlyDictionary<string, (bool IsSuccess, string? Exception)>> RunNamedAsync(string workflowJson, params RuleParameter[] inputs)
    {
        var workflow = System.Text.Json.JsonSerializer.Deserialize<Workflow>(workflowJson)!;
        var engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        var results = await engine.ExecuteAllRulesAsync(workflow.WorkflowName, inputs);
        return results.ToDictionary(r => r.Rule.RuleName, r => (r.IsSuccess, (string?)r.ExceptionMessage));
    }
}

using System.Text.Json;
using Newtonsoft.Json;
using RulesEngine.Models;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.RulesEngineFormat;

/// <summary>One RulesEngine-format file loaded by this engine and by Microsoft RulesEngine 6.0.1, evaluated with the same input1.</summary>
internal sealed class SideBySide
{
    private readonly global::RulesEngine.RulesEngine _rulesEngine;

    private SideBySide(RuleSetLoadResult ours, global::RulesEngine.RulesEngine rulesEngine)
    {
        Ours = ours;
        _rulesEngine = rulesEngine;
    }

    /// <summary>What our engine made of the file.</summary>
    public RuleSetLoadResult Ours { get; }

    /// <summary>Every workflow takes <c>input1</c>, a <see cref="Customer"/>, unless <paramref name="options"/> says otherwise.</summary>
    public static RuleSetOptions DefaultOptions { get; } = new RuleSetOptions().WithInputs(InputDeclaration.Of<Customer>("input1"));

    /// <summary>
    /// Reads <paramref name="json"/> as RulesEngine's users do (Newtonsoft's <c>DeserializeObject&lt;List&lt;Workflow&gt;&gt;</c>, or
    /// RulesEngine's own System.Text.Json constructor with <paramref name="rulesEngineReadsWithSystemTextJson"/>) and as we do.
    /// </summary>
    public static SideBySide Load(string json, RuleSetOptions? options = null, bool rulesEngineReadsWithSystemTextJson = false)
    {
        var ours = RuleSetLoader.Load([SourceText.From(json, "workflows.json")], options ?? DefaultOptions);
        var trimmed = json.TrimStart();
        global::RulesEngine.RulesEngine rulesEngine;
        if (rulesEngineReadsWithSystemTextJson)
        {
            using var document = JsonDocument.Parse(json);
            var texts = document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToArray()
                : [document.RootElement.GetRawText()];
            rulesEngine = new global::RulesEngine.RulesEngine(texts);
        }
        else
        {
            var workflows = trimmed.StartsWith('[')
                ? JsonConvert.DeserializeObject<List<Workflow>>(json)!
                : [JsonConvert.DeserializeObject<Workflow>(json)!];
            rulesEngine = new global::RulesEngine.RulesEngine([.. workflows]);
        }

        return new SideBySide(ours, rulesEngine);
    }

    /// <summary>The same <paramref name="workflows"/> given to RulesEngine as objects and to us as the text Newtonsoft writes of them.</summary>
    public static (SideBySide Both, string Json) FromModel(Workflow[] workflows, RuleSetOptions? options = null)
    {
        var json = JsonConvert.SerializeObject(workflows, Formatting.Indented);
        var ours = RuleSetLoader.Load([SourceText.From(json, "serialized.json")], options ?? DefaultOptions);
        return (new SideBySide(ours, new global::RulesEngine.RulesEngine(workflows)), json);
    }

    /// <summary>Our results for <paramref name="workflowName"/>; the file must have loaded.</summary>
    public WorkflowResult OursFor(string workflowName, Customer input1)
    {
        var set = Ours.RuleSet.ShouldNotBeNull(string.Join("\n", Ours.Diagnostics));
        return set[workflowName].Evaluate([new RuleInput("input1", input1)]);
    }

    /// <summary>RulesEngine's results for <paramref name="workflowName"/>.</summary>
    public List<RuleResultTree> TheirsFor(string workflowName, Customer input1) =>
        _rulesEngine.ExecuteAllRulesAsync(workflowName, new RuleParameter("input1", input1)).AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Requires the same top-level rules with the same outcome and action output in both engines, and the same child
    /// outcomes where <paramref name="compareChildren"/> (RulesEngine evaluates every child; AndAlso and OrElse stop early here).
    /// </summary>
    public void ShouldAgree(string workflowName, Customer input1, bool compareChildren = true)
    {
        var ours = OursFor(workflowName, input1).Results;
        var theirs = TheirsFor(workflowName, input1);

        ours.Select(r => Outcome(r, compareChildren)).ShouldBe(theirs.Select(r => Outcome(r, compareChildren)), $"{workflowName} for {input1}");
        ours.Select(r => r.ActionResult?.Output).ShouldBe(theirs.Select(r => r.ActionResult?.Output), $"action outputs of {workflowName} for {input1}");
    }

    private static string Outcome(RuleResult result, bool children) =>
        $"{result.RuleName}:{result.IsSuccess}" + (children && result.ChildResults.Count > 0 ? $"({string.Join(", ", result.ChildResults.Select(c => Outcome(c, children)))})" : string.Empty);

    private static string Outcome(RuleResultTree result, bool children) =>
        $"{result.Rule.RuleName}:{result.IsSuccess}" + (children && result.ChildResults?.Any() == true ? $"({string.Join(", ", result.ChildResults.Select(c => Outcome(c, children)))})" : string.Empty);
}

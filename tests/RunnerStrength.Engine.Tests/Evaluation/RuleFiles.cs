using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Loads rule files from strings, with <c>athlete</c> as the input of every workflow.</summary>
internal static class RuleFiles
{
    public static RuleSetOptions Options { get; } = new RuleSetOptions().WithInputs(InputDeclaration.Of<Athlete>("athlete"));

    public static RuleSetLoadResult Load(string json, RuleSetOptions? options = null) => LoadAll([("rules.json", json)], options);

    public static RuleSetLoadResult LoadAll(IEnumerable<(string Path, string Json)> files, RuleSetOptions? options = null) =>
        RuleSetLoader.Load(files.Select(f => SourceText.From(f.Json, f.Path)), options ?? Options);

    /// <summary>Loads (which must succeed).</summary>
    public static CompiledRuleSet Compile(string json, RuleSetOptions? options = null)
    {
        var result = Load(json, options);
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        return result.RuleSet.ShouldNotBeNull();
    }

    /// <summary>Loads one workflow named "w" and evaluates it for <paramref name="athlete"/>.</summary>
    public static WorkflowResult Evaluate(string json, Athlete? athlete = null, EvaluationOptions? options = null) =>
        Compile(json).Evaluate("w", [new RuleInput("athlete", athlete ?? Athlete.Sample)], options ?? EvaluationOptions.Default);

    /// <summary>A workflow "w" of rules given as (name, expression) pairs, one per line so line numbers are predictable.</summary>
    public static string Workflow(params (string Name, string Expression)[] rules) =>
        "{\n  \"WorkflowName\": \"w\",\n  \"Rules\": [\n"
        + string.Join(",\n", rules.Select(r => $"    {{ \"RuleName\": \"{r.Name}\", \"Expression\": {Quote(r.Expression)} }}"))
        + "\n  ]\n}\n";

    /// <summary>The JSON string literal for <paramref name="text"/>, escaping only what JSON requires, so columns stay predictable.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static ImmutableArray<RuleInput> InputsFor(Athlete athlete) => [new RuleInput("athlete", athlete)];

    /// <summary>The 1-based line and column where <paramref name="marker"/> is written in <paramref name="json"/> (its n-th occurrence).</summary>
    public static (int Line, int Column) PositionOf(string json, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = json.IndexOf(marker, index + 1, StringComparison.Ordinal);
            index.ShouldBeGreaterThanOrEqualTo(0, $"'{marker}' is not in the test's JSON");
        }

        var lineStart = json.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = json[..index].Count(c => c == '\n') + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>A rule failure's message as the rule result carries it: placed at <paramref name="expression"/> in <paramref name="json"/>.</summary>
    public static string FailureAt(string json, string expression, string message)
    {
        var (line, column) = PositionOf(json, Quote(expression)[1..^1]);
        return $"rules.json({line},{column}): {message}";
    }

    /// <summary>(code, line, column) for a diagnostic expected at <paramref name="marker"/>.</summary>
    public static (string Code, int Line, int Column) At(string code, string json, string marker, int occurrence = 1)
    {
        var (line, column) = PositionOf(json, marker, occurrence);
        return (code, line, column);
    }
}

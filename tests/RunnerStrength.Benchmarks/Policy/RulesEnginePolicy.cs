using RulesEngine.Models;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// The generated rule sets in Microsoft RulesEngine: the same rules, in the same order, written in the syntax its
/// Dynamic LINQ reads (<see cref="CoachingRuleTemplate.RulesEngineExpression"/>: C# member names, enums by their type,
/// dates built with <c>DateOnly(y, m, d)</c>), evaluated with the athlete as the typed input <c>athlete</c>.
/// </summary>
public sealed class RulesEnginePolicy
{
    /// <summary>The enum types the rules name, which Dynamic LINQ only resolves when RulesEngine is told of them.</summary>
    public static readonly Type[] CustomTypes = [typeof(AthleteLevel), typeof(RunKind), typeof(RaceDistance)];

    private readonly RulesEngine.RulesEngine _engine;

    private RulesEnginePolicy(RulesEngine.RulesEngine engine, int count)
    {
        _engine = engine;
        Count = count;
    }

    public int Count { get; }

    /// <summary>A RulesEngine holding the <paramref name="ruleCount"/>-rule workflow (rule <c>i</c> as in <see cref="RuleSetText.Workflow"/>).</summary>
    public static RulesEnginePolicy Create(int ruleCount) => new(new RulesEngine.RulesEngine([Workflow(ruleCount)], Settings()), ruleCount);

    /// <summary>RulesEngine's settings for these rules: its defaults, plus the enum types.</summary>
    public static ReSettings Settings() => new() { CustomTypes = CustomTypes };

    /// <summary>The workflow as RulesEngine's model.</summary>
    public static Workflow Workflow(int ruleCount)
    {
        var rules = new List<Rule>(ruleCount);
        for (var i = 0; i < ruleCount; i++)
        {
            var (template, variant) = RuleSetText.TemplateOf(i);
            rules.Add(new Rule
            {
                RuleName = template.RuleName(variant),
                Expression = template.RulesEngineExpression(variant),
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            });
        }

        return new Workflow { WorkflowName = RuleSetText.WorkflowName, Rules = rules };
    }

    /// <summary>Every rule's result tree, as RulesEngine returns them.</summary>
    public List<RuleResultTree> Execute(AthleteProfile athlete)
    {
        // RulesEngine's only entry point is async; it completes synchronously here, so take the result as it comes.
        var pending = _engine.ExecuteAllRulesAsync(RuleSetText.WorkflowName, new RuleParameter("athlete", athlete));
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Each rule's result, in file order; throws when RulesEngine reports a rule it could not evaluate.</summary>
    public bool[] Evaluate(AthleteProfile athlete)
    {
        var results = Execute(athlete);
        var passed = new bool[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine could not evaluate {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            passed[i] = result.IsSuccess;
        }

        return passed;
    }
}

using System.Text;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// Watches the designer plan lint's population, one athlete after another, and tallies every evaluation of its
/// workflows. For a variant, each evaluation of a workflow the variant replaces is also made with the workflow it
/// replaces, on the same inputs, and the two decisions compared.
/// </summary>
internal sealed class LintObserver : IRuleObserver
{
    private readonly Dictionary<string, WorkflowTally> _tallies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DesignerWorkflow> _replaced;
    private readonly DecisionText _decisions = new();
    private int _index = -1;
    private LintAthlete? _athlete;

    /// <param name="rules">The rule set linted.</param>
    /// <param name="replaced">The workflows a variant replaces, by name: the extended rule set's, to compare with.</param>
    public LintObserver(CoachingRules rules, Dictionary<string, DesignerWorkflow> replaced)
    {
        foreach (var name in CoachingWorkflows.Inputs.Keys)
        {
            var workflow = rules.RuleSet[name];
            _tallies[workflow.Name] = new WorkflowTally(workflow);
        }

        _replaced = replaced;
    }

    /// <summary>Every evaluation the plans made.</summary>
    public long Evaluations { get; private set; }

    /// <summary>The designer's workflows, by name.</summary>
    public IReadOnlyDictionary<string, WorkflowTally> Tallies => _tallies;

    /// <summary>Adds what <paramref name="later"/> saw of the athletes after this observer's (see <see cref="WorkflowTally.Merge"/>).</summary>
    public void Merge(LintObserver later)
    {
        Evaluations += later.Evaluations;
        foreach (var (name, tally) in _tallies)
        {
            tally.Merge(later._tallies[name]);
        }
    }

    /// <summary>The athlete whose plan the next evaluations belong to (number <paramref name="index"/> of the population).</summary>
    public void Start(int index, LintAthlete athlete) => (_index, _athlete) = (index, athlete);

    public void Evaluated(DesignerWorkflow workflow, object?[] inputs, WorkflowResult everyRule, RuleContext context)
    {
        Evaluations++;
        var tally = _tallies[workflow.Name];
        tally.Add(everyRule, _index, _athlete!, context);
        if (_replaced.TryGetValue(workflow.Name, out var before))
        {
            var now = Decided(workflow, everyRule, tally.FirstDecides);
            var then = Decided(before, before.Compiled.Evaluate(inputs), tally.FirstDecides);
            tally.Compare(now == then, _athlete!, context);
        }
    }

    /// <summary>What the designer takes from <paramref name="result"/>: the decisions of the rules it reads, in order.</summary>
    private string Decided(DesignerWorkflow workflow, WorkflowResult result, bool firstDecides)
    {
        var stopAtFirst = workflow.Compiled.Definition.HitPolicy == HitPolicy.First;
        var text = new StringBuilder();
        foreach (var rule in result.Results)
        {
            if (rule.IsSuccess && workflow.TryGetRule(rule.RuleName, out _))
            {
                text.Append(_decisions.Of(rule)).Append('\n');
                if (firstDecides)
                {
                    break;
                }
            }

            if (stopAtFirst && rule.IsSuccess)
            {
                break;
            }
        }

        return text.ToString();
    }
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Tests.Lint;

/// <summary>
/// Lint watches the designer evaluate every rule, past the first success of a First workflow too; the plans it
/// watches must be the plans the designer makes without it.
/// </summary>
public sealed class DesignUnderLintTests
{
    [Fact]
    public void Watching_every_rule_changes_no_plan_and_sees_the_later_rules_of_First_workflows()
    {
        var rules = CoachingRules.Load(RepositoryPaths.Rules).Rules!;
        var watcher = new CountingObserver();
        foreach (var file in LintRuns.SampleFiles)
        {
            var request = new PlanRequest { Athlete = AthleteProfileReader.ReadFile(file).Profile!, Start = LintRuns.Start };

            var plain = ProgramDesigner.Design(request, rules, LintRuns.Start);
            var watched = ProgramDesigner.Design(request, rules, LintRuns.Start, watcher);

            PlanJson.Serialize(watched.Plan!).ShouldBe(PlanJson.Serialize(plain.Plan!), file);
            watched.FiredRules.ShouldBe(plain.FiredRules, file);
            watched.Diagnostics.Select(d => d.ToString()).ShouldBe(plain.Diagnostics.Select(d => d.ToString()), file);
        }

        // Phase is First: every enabled rule's result is seen, not just up to the first success.
        watcher.ResultsPerEvaluation[CoachingWorkflows.Phase].ShouldAllBe(n => n == rules.RuleSet[CoachingWorkflows.Phase].Definition.Rules.Count(r => r.Enabled));
        watcher.ResultsPerEvaluation.Keys.ShouldBe(CoachingWorkflows.Inputs.Keys, ignoreOrder: true);
    }

    private sealed class CountingObserver : IRuleObserver
    {
        public Dictionary<string, List<int>> ResultsPerEvaluation { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Evaluated(DesignerWorkflow workflow, object?[] inputs, WorkflowResult everyRule, RuleContext context)
        {
            if (!ResultsPerEvaluation.TryGetValue(workflow.Name, out var counts))
            {
                ResultsPerEvaluation[workflow.Name] = counts = [];
            }

            counts.Add(everyRule.Results.Count);
            if (workflow.Compiled.Definition.HitPolicy == HitPolicy.First)
            {
                everyRule.Results.Count.ShouldBe(workflow.Compiled.Definition.Rules.Count(r => r.Enabled));
            }
        }
    }
}

using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// Checks the names a scenario uses against its rule set: every rule in rulesFired and rulesNotFired (RS5092) and
/// every exercise id (RS5093), each with the nearest real name. A misspelt name would otherwise pass silently.
/// </summary>
internal sealed class ScenarioNameCheck
{
    public ScenarioNameCheck(Scenario scenario, CoachingRules rules)
    {
        var ruleNames = CoachingRuleNames.Of(rules);
        var ids = rules.Catalog.Exercises.Select(e => e.Id).ToList();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var failures = ImmutableArray.CreateBuilder<ExpectationFailure>();
        foreach (var expectation in scenario.Expect)
        {
            foreach (var (property, rule) in Named(expectation.RulesFired, "rulesFired").Concat(Named(expectation.RulesNotFired, "rulesNotFired")))
            {
                if (!ruleNames.Contains(rule))
                {
                    var suggestion = NameSuggester.Suggest(rule, ruleNames);
                    var diagnostic = new Diagnostic(CoachingDiagnostics.UnknownRule, expectation.LocationOf(property), rule, PathDisplay.Of(scenario.Rules), suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                    diagnostics.Add(diagnostic);
                    failures.Add(new ExpectationFailure(property, "a rule of the rule set", diagnostic.Message, diagnostic.Location));
                }
            }

            var exercises = Named(expectation.ExercisesPresent, "exercisesPresent")
                .Concat(Named(expectation.ExercisesAbsent, "exercisesAbsent"))
                .Concat(Named(expectation.Progression is { } p ? [p.Exercise] : null, "progression"));
            foreach (var (property, id) in exercises)
            {
                if (!rules.Catalog.Contains(id))
                {
                    var suggestion = NameSuggester.Suggest(id, ids);
                    var diagnostic = new Diagnostic(CoachingDiagnostics.ScenarioUnknownExercise, expectation.LocationOf(property), id, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                    diagnostics.Add(diagnostic);
                    failures.Add(new ExpectationFailure(property, "an exercise of the catalog", diagnostic.Message, diagnostic.Location));
                }
            }
        }

        Diagnostics = diagnostics.ToImmutable();
        Failures = failures.ToImmutable();
    }

    /// <summary>One diagnostic for every unknown name.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The same problems as failures, so the scenario fails.</summary>
    public ImmutableArray<ExpectationFailure> Failures { get; }

    private static IEnumerable<(string Property, string Name)> Named(IEnumerable<string>? names, string property) =>
        (names ?? []).Select(name => (property, name));
}

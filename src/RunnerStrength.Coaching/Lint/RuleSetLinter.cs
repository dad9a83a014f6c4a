using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// Lint: what a rule set does that its author may not have meant, found by planning a population of athletes and
/// looking at every evaluation of the designer's workflows. A rule that fires only where an earlier rule of a
/// first-rule-decides workflow fires too (RS4101), a rule that fires for nobody (RS4102), two rules whose order
/// alone decides between different decisions (RS4103), a workflow that must decide and for some athletes does not
/// (RS4104), and a variant's file that decides the same as the one it replaces (RS4105). Each finding is judged over
/// the population and names athletes that show it.
/// </summary>
public static class RuleSetLinter
{
    /// <summary>Plans every athlete of <paramref name="population"/> with <paramref name="rules"/> from <paramref name="start"/>, and reports the findings.</summary>
    public static LintResult Lint(CoachingRules rules, LintPopulation population, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(population);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(population.Diagnostics);
        var overrides = Overrides(rules, diagnostics);
        var replaced = overrides.ToDictionary(o => o.Workflow, o => o.Replaced, StringComparer.OrdinalIgnoreCase);
        var athletes = population.All;

        // Contiguous runs of athletes planned in parallel, each watched by its own observer; merged in order, the
        // tallies are the same as one observer's over the whole population.
        var runs = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, athletes.Length));
        var observers = new LintObserver[runs];
        var stopped = new Diagnostic?[athletes.Length];
        var undecided = new bool[athletes.Length];
        Parallel.For(0, runs, run =>
        {
            var observer = observers[run] = new LintObserver(rules, replaced);
            for (var i = athletes.Length * run / runs; i < athletes.Length * (run + 1) / runs; i++)
            {
                var athlete = athletes[i];
                observer.Start(i, athlete);
                var planned = ProgramDesigner.Design(new PlanRequest { Athlete = athlete.Profile, Start = start }, rules, start, observer);

                // A workflow that decided nothing is a finding of its own (RS4104); any other error stopped the plan early.
                undecided[i] = planned.Diagnostics.Any(d => d.Descriptor == CoachingDiagnostics.NothingDecided);
                if (planned.Diagnostics.FirstOrDefault(d => d.IsError && d.Descriptor != CoachingDiagnostics.NothingDecided) is { } error)
                {
                    stopped[i] = new Diagnostic(DiagnosticCatalog.AthleteNotPlanned, Location.None, athlete.Label, error.ToString());
                }
            }
        });
        diagnostics.AddRange(stopped.OfType<Diagnostic>());
        var observer = observers[0];
        foreach (var later in observers.Skip(1))
        {
            observer.Merge(later);
        }

        var findings = observer.Tallies.Values.SelectMany(t => LintAnalysis.Findings(t, population)).ToList();
        foreach (var (workflow, file, replaces, _) in overrides)
        {
            if (LintAnalysis.Override(observer.Tallies[workflow], file, replaces, population) is { } unchanged)
            {
                findings.Add(unchanged);
            }
        }

        // Plans a gap stopped (Phase, Volume or Timing deciding nothing) leave the other findings judged without
        // them: a rule would "never fire" only because its athletes' plans ended early. Only the gaps are sure.
        if (undecided.Count(u => u) is var stoppedPlans and > 0)
        {
            findings.RemoveAll(f => f.Kind != LintFindingKind.Gap);
            diagnostics.Report(DiagnosticCatalog.LintIncomplete, Location.None, stoppedPlans, population.Describe());
        }

        return new LintResult
        {
            Findings = [.. findings
                .OrderBy(f => f.Diagnostic.Location.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Diagnostic.Location.Span.Start)
                .ThenBy(f => f.Diagnostic.Code, StringComparer.Ordinal)],
            Diagnostics = diagnostics.ToImmutable(),
            Population = population,
            Workflows = observer.Tallies.Count,
            Evaluations = observer.Evaluations,
        };
    }

    /// <summary>
    /// The designer's workflows that a variant's own files replace, each with the workflow it replaces from the rule
    /// set the variant extends (loaded here). None for a rule set that extends none.
    /// </summary>
    private static List<(string Workflow, string File, string Replaces, DesignerWorkflow Replaced)> Overrides(CoachingRules rules, DiagnosticBag diagnostics)
    {
        var found = new List<(string, string, string, DesignerWorkflow)>();
        if (rules.Extends is not { } folder || rules.OwnOverrides.IsEmpty)
        {
            return found;
        }

        var extended = CoachingRules.Load(folder);
        if (extended.Rules is not { } before)
        {
            diagnostics.AddRange(extended.Diagnostics.Where(d => d.IsError));
            return found;
        }

        foreach (var (file, replaces) in rules.OwnOverrides)
        {
            foreach (var workflow in rules.RuleSet.Workflows.Where(w => w.Definition.Location.Path == file && CoachingWorkflows.Inputs.ContainsKey(w.Name)))
            {
                found.Add((workflow.Name, file, replaces, before.Designer(workflow.Name)));
            }
        }

        return found;
    }
}

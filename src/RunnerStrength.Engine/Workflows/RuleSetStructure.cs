using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Workflows;

/// <summary>Checks a rule set across its files: unique workflow names, EvaluateRule targets and cycles, the rule limit.</summary>
public static class RuleSetStructure
{
    /// <summary>Reports duplicate workflows (RS4001), EvaluateRule actions to missing workflows or rules (RS4005, RS4006), EvaluateRule cycles (RS4007) and more than <paramref name="maxRules"/> rules (RS4008).</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<WorkflowDefinition> workflows, int maxRules)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRules);
        var diagnostics = new DiagnosticBag();
        var byName = IndexWorkflows(workflows, diagnostics);
        CheckRuleCount(workflows, maxRules, diagnostics);
        var graph = new EvaluateRuleGraph(workflows.Where(w => IsFirstOfItsName(w, byName)));
        foreach (var workflow in workflows)
        {
            foreach (var rule in workflow.Rules)
            {
                foreach (var action in EvaluateRuleActions(rule))
                {
                    // Every action is checked; only the first workflow of a name takes part in the graph.
                    if (Resolve(action, byName, diagnostics) is { } target && IsFirstOfItsName(workflow, byName))
                    {
                        graph.AddEdge(rule, target, action);
                    }
                }
            }
        }

        diagnostics.AddRange(graph.FindCycles());
        CheckInjections(workflows, byName, diagnostics);
        return diagnostics.ToSortedImmutable();
    }

    /// <summary>
    /// WorkflowsToInject: each name must be a workflow (RS4005); following them must never come back to the workflow
    /// (RS4019); and the rules they bring must not share a name with the workflow's own or each other (RS4002).
    /// </summary>
    private static void CheckInjections(IReadOnlyList<WorkflowDefinition> workflows, Dictionary<string, WorkflowDefinition> byName, DiagnosticBag diagnostics)
    {
        foreach (var workflow in workflows.Where(w => !w.WorkflowsToInject.IsEmpty && IsFirstOfItsName(w, byName)))
        {
            var ruleNames = new Dictionary<string, RuleDefinition>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in workflow.Rules)
            {
                ruleNames.TryAdd(rule.Name, rule);
            }

            var seen = new HashSet<WorkflowDefinition>(ReferenceEqualityComparer.Instance) { workflow };
            foreach (var reference in workflow.WorkflowsToInject)
            {
                if (!byName.TryGetValue(reference.Name, out var injected))
                {
                    diagnostics.Report(DiagnosticCatalog.MissingWorkflow, reference.Location, reference.Name, DidYouMean(reference.Name, byName.Keys));
                    continue;
                }

                // Depth-first along the injections from here, with the path kept to name a cycle.
                var pending = new Stack<(WorkflowDefinition Workflow, string Path)>([(injected, $"{workflow.Name} -> {injected.Name}")]);
                while (pending.Count > 0)
                {
                    var (next, path) = pending.Pop();
                    if (ReferenceEquals(next, workflow))
                    {
                        diagnostics.Report(DiagnosticCatalog.InjectionCycle, reference.Location, path);
                        continue;
                    }

                    if (!seen.Add(next))
                    {
                        continue;
                    }

                    foreach (var rule in next.Rules.Where(r => r.Name.Length > 0))
                    {
                        if (!ruleNames.TryAdd(rule.Name, rule))
                        {
                            diagnostics.Report(DiagnosticCatalog.DuplicateRule, reference.Location, rule.Name, workflow.Name, ruleNames[rule.Name].NameLocation.ToString());
                        }
                    }

                    foreach (var further in next.WorkflowsToInject)
                    {
                        if (byName.TryGetValue(further.Name, out var target))
                        {
                            pending.Push((target, $"{path} -> {target.Name}"));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The first workflow of each name; later ones are RS4001.</summary>
    private static Dictionary<string, WorkflowDefinition> IndexWorkflows(IReadOnlyList<WorkflowDefinition> workflows, DiagnosticBag diagnostics)
    {
        // Names are matched in any case, as everywhere in the engine, so two spellings of one name are a duplicate.
        var byName = new Dictionary<string, WorkflowDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var workflow in workflows)
        {
            if (workflow.Name.Length == 0)
            {
                continue;
            }

            if (byName.TryGetValue(workflow.Name, out var first))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateWorkflow, workflow.NameLocation, workflow.Name, first.NameLocation.ToString());
            }
            else
            {
                byName.Add(workflow.Name, workflow);
            }
        }

        return byName;
    }

    private static bool IsFirstOfItsName(WorkflowDefinition workflow, Dictionary<string, WorkflowDefinition> byName) =>
        byName.TryGetValue(workflow.Name, out var first) && ReferenceEquals(first, workflow);

    private static void CheckRuleCount(IReadOnlyList<WorkflowDefinition> workflows, int maxRules, DiagnosticBag diagnostics)
    {
        var count = 0;
        RuleDefinition? firstOverLimit = null;
        foreach (var rule in workflows.SelectMany(w => RuleTree.PreOrder(w.Rules)))
        {
            count++;
            if (count == maxRules + 1)
            {
                firstOverLimit = rule;
            }
        }

        if (firstOverLimit is not null)
        {
            diagnostics.Report(DiagnosticCatalog.TooManyRules, firstOverLimit.NameLocation, count, maxRules);
        }
    }

    /// <summary>The EvaluateRule actions of a top-level rule and of its child rules: all run when the rule is evaluated.</summary>
    private static IEnumerable<ActionDefinition> EvaluateRuleActions(RuleDefinition rule) =>
        RuleTree.PreOrder([rule])
            .SelectMany(r => new[] { r.OnSuccess, r.OnFailure })
            .OfType<ActionDefinition>()
            .Where(a => a.Kind == ActionKind.EvaluateRule && a.WorkflowName is not null && a.RuleName is not null);

    /// <summary>The top-level rule an EvaluateRule action names, or null after reporting RS4005 or RS4006.</summary>
    private static RuleDefinition? Resolve(
        ActionDefinition action,
        Dictionary<string, WorkflowDefinition> byName,
        DiagnosticBag diagnostics)
    {
        if (!byName.TryGetValue(action.WorkflowName!, out var workflow))
        {
            diagnostics.Report(DiagnosticCatalog.MissingWorkflow, action.Location, action.WorkflowName, DidYouMean(action.WorkflowName!, byName.Keys));
            return null;
        }

        var rule = workflow.Rules.FirstOrDefault(r => string.Equals(r.Name, action.RuleName, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            diagnostics.Report(
                DiagnosticCatalog.MissingRule,
                action.Location,
                workflow.Name,
                action.RuleName,
                DidYouMean(action.RuleName!, workflow.Rules.Select(r => r.Name).Where(n => n.Length > 0)));
            return null;
        }

        return rule;
    }

    private static string DidYouMean(string name, IEnumerable<string> candidates) =>
        NameSuggester.Suggest(name, candidates) is { } best ? $"; did you mean '{best}'?" : string.Empty;
}

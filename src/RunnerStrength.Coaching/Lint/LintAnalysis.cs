using System.Collections.Immutable;
using System.Globalization;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// Reads the findings out of a workflow's <see cref="WorkflowTally"/>. A rule "fires" in an evaluation when its
/// expression holds, whether or not an earlier rule decided first; so each finding is judged over every evaluation
/// the population's plans made, and says so.
/// </summary>
internal static class LintAnalysis
{
    /// <summary>Every finding about the workflow's rules and its decisions, in file order.</summary>
    public static IEnumerable<LintFinding> Findings(WorkflowTally tally, LintPopulation population)
    {
        var sets = tally.Sets.ToList();
        var rules = tally.Rules;
        var name = tally.Workflow.Name;
        var everyone = population.Describe();
        var decisions = rules.Select(DecisionText.Of).ToList();
        var facts = rules.Select(r => Facts(tally.Workflow, r)).ToList();
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var withIt = sets.Where(s => s.Fired(i)).ToList();
            if (withIt.Count == 0)
            {
                var asked = tally.Evaluations == 0
                    ? $"{name} was never asked"
                    : $"{name} was asked {Number(tally.Evaluations)} {(tally.Evaluations == 1 ? "time" : "times")}, for {Number(tally.AthletesAsked)} of them";
                yield return Finding(LintFindingKind.NeverFires, name, [rule.Name], rule.NameLocation, [], DiagnosticCatalog.RuleNeverFires, rule.Name, "the " + everyone, asked);
                continue;
            }

            if (tally.FirstDecides && withIt.All(s => s.Lowest < i))
            {
                var (count, examples) = Athletes(withIt);
                var first = withIt.Select(s => s.Lowest).Distinct().Order().Select(w => $"'{rules[w].Name}' (line {rules[w].NameLocation.Line})");
                yield return Finding(LintFindingKind.Shadowed, name, [rule.Name], rule.NameLocation, examples, DiagnosticCatalog.RuleShadowed, rule.Name, string.Join(" or ", first), everyone, Of(count), examples[0])
                    with
                { AthleteCount = count };
                continue;
            }

            if (!tally.FirstDecides)
            {
                continue;
            }

            // An earlier rule that fires with this one and decides where it does, though each fires without the
            // other too: neither is the other's special case, and only the order says which wins.
            for (var earlier = 0; earlier < i; earlier++)
            {
                var both = sets.Where(s => s.Lowest == earlier && s.Fired(i) && s.Second == i).ToList();
                if (both.Count == 0
                    || decisions[earlier] == decisions[i]
                    || !facts[earlier].Overlaps(facts[i])
                    || !sets.Any(s => s.Fired(earlier) && !s.Fired(i))
                    || !sets.Any(s => s.Lowest == i))
                {
                    continue;
                }

                var (count, examples) = Athletes(both);
                var other = rules[earlier];
                var shared = string.Join(", ", facts[earlier].Intersect(facts[i]).Order(StringComparer.Ordinal));
                yield return Finding(LintFindingKind.Overlap, name, [other.Name, rule.Name], rule.NameLocation, examples, DiagnosticCatalog.RulesOverlap, rule.Name, other.Name, other.NameLocation.Line, Wording.Quantity("athlete", count), examples[0], shared)
                    with
                { AthleteCount = count };
            }
        }

        var none = sets.Where(s => s.Lowest < 0).ToList();
        if (tally.MustDecide && none.Count > 0)
        {
            var (count, examples) = Athletes(none);
            yield return Finding(LintFindingKind.Gap, name, [], tally.Workflow.Definition.NameLocation, examples, DiagnosticCatalog.WorkflowGap, name, $"{Number(count)} of the {everyone}", examples[0])
                with
            { AthleteCount = count };
        }
    }

    /// <summary>The facts a rule's expression reads: <c>week.phase</c>, <c>athlete.sessionMinutes</c>; <c>week.*</c> for an input read whole.</summary>
    private static HashSet<string> Facts(Engine.Evaluation.CompiledWorkflow workflow, RuleDefinition rule)
    {
        var reads = Planning.Rules.WorkflowReads.Of(workflow.Definition with { Rules = [rule], GlobalParams = [] }, workflow.Inputs, Planning.Rules.CoachingRules.CompileOptions.Limits);
        var facts = new HashSet<string>(StringComparer.Ordinal);
        for (var input = 0; input < workflow.Inputs.Length; input++)
        {
            var name = workflow.Inputs[input].Name;
            if (reads[input].IsWhole)
            {
                facts.Add(name + ".*");
                continue;
            }

            foreach (var member in reads[input].Members)
            {
                facts.Add($"{name}.{JsonName(member)}");
            }
        }

        return facts;
    }

    /// <summary>A member as rules write it: its JSON name (<c>sessionMinutes</c>).</summary>
    private static string JsonName(System.Reflection.MemberInfo member) =>
        member.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), inherit: true) is [System.Text.Json.Serialization.JsonPropertyNameAttribute named, ..]
            ? named.Name
            : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    /// <summary>The finding for a variant's workflow that decided as the one it replaces in every evaluation compared.</summary>
    public static LintFinding? Override(WorkflowTally tally, string file, string replaces, LintPopulation population)
    {
        if (tally.FirstChange is not null)
        {
            return null;
        }

        var compared = tally.Compared == 0 ? $"{tally.Workflow.Name} was never asked" : $"{Number(tally.Compared)} {(tally.Compared == 1 ? "evaluation" : "evaluations")} compared";
        return Finding(LintFindingKind.UnchangedOverride, tally.Workflow.Name, [], tally.Workflow.Definition.NameLocation, [], DiagnosticCatalog.OverrideUnchanged, file, replaces, population.Describe(), compared);
    }

    private static LintFinding Finding(LintFindingKind kind, string workflow, ImmutableArray<string> rules, Location location, ImmutableArray<LintExample> examples, DiagnosticDescriptor descriptor, params object?[] arguments) => new()
    {
        Kind = kind,
        Workflow = workflow,
        Rules = rules,
        Examples = examples,
        Diagnostic = new Diagnostic(descriptor, location, arguments),
    };

    /// <summary>How many athletes the sets came up for, and the first of them (population order) with where.</summary>
    private static (int Count, ImmutableArray<LintExample> Examples) Athletes(IReadOnlyList<FiredSet> sets)
    {
        var count = sets.Count == 1 ? sets[0].Athletes.Count : sets.SelectMany(s => s.Athletes).Distinct().Count();
        var examples = sets.SelectMany(s => s.Examples)
            .OrderBy(e => e.Index)
            .DistinctBy(e => e.Index)
            .Take(FiredSet.MaxExamples)
            .Select(e => e.Example)
            .ToImmutableArray();
        return (count, examples);
    }

    private static string Of(int count) => count == 1 ? "1 of them" : $"{Number(count)} of them";

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

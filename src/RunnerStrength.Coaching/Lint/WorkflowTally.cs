using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// What one workflow's rules did over lint's population: each evaluation reduced to the set of its rules that fired
/// (a <see cref="FiredSet"/>), with how often and for which athletes that set came up. Every finding about the
/// workflow is read from these sets afterwards.
/// </summary>
internal sealed class WorkflowTally
{
    private readonly Dictionary<string, FiredSet> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FiredSet>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly char[] _mask;
    private int _lastAthlete = -1;

    public WorkflowTally(CompiledWorkflow workflow)
    {
        Workflow = workflow;
        Rules = [.. workflow.Definition.Rules.Where(r => r.Enabled)];
        for (var i = 0; i < Rules.Length; i++)
        {
            _indexByName.TryAdd(Rules[i].Name, i);
        }

        FirstDecides = CoachingWorkflows.FirstRuleDecides.Contains(workflow.Name) || workflow.Definition.HitPolicy == HitPolicy.First;
        MustDecide = CoachingWorkflows.MustDecide.Contains(workflow.Name);
        _mask = new char[Rules.Length];
        _lookup = _sets.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public CompiledWorkflow Workflow { get; }

    /// <summary>The workflow's own enabled rules, in file order: disabled ones are switched off on purpose.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; }

    /// <summary>True when only the first rule that fires decides (HitPolicy First, or the designer reads one rule).</summary>
    public bool FirstDecides { get; }

    /// <summary>True when the designer needs a decision each time it asks (<see cref="CoachingWorkflows.MustDecide"/>).</summary>
    public bool MustDecide { get; }

    /// <summary>How often the designer asked the workflow.</summary>
    public long Evaluations { get; private set; }

    /// <summary>For how many athletes it asked at least once.</summary>
    public int AthletesAsked { get; private set; }

    /// <summary>The sets of rules that fired together, each with its athletes.</summary>
    public IEnumerable<FiredSet> Sets => _sets.Values;

    /// <summary>For a variant's override: evaluations compared with the workflow it replaces, and the first that decided differently.</summary>
    public long Compared { get; private set; }

    public LintExample? FirstChange { get; private set; }

    /// <summary>Counts one evaluation for athlete number <paramref name="index"/> of the population.</summary>
    public void Add(WorkflowResult result, int index, LintAthlete athlete, RuleContext context)
    {
        Evaluations++;
        if (_lastAthlete != index)
        {
            AthletesAsked++;
            _lastAthlete = index;
        }

        Array.Fill(_mask, '0');
        var results = result.Results;
        for (var i = 0; i < results.Count; i++)
        {
            var rule = results[i];
            if (!rule.IsSuccess)
            {
                continue;
            }

            // Enabled rules come in file order, the workflow's own first, then any injected (which lint leaves alone).
            var at = i < Rules.Length && string.Equals(Rules[i].Name, rule.RuleName, StringComparison.OrdinalIgnoreCase) ? i
                : _indexByName.TryGetValue(rule.RuleName, out var named) ? named : -1;
            if (at >= 0)
            {
                _mask[at] = '1';
            }
        }

        if (!_lookup.TryGetValue(_mask, out var set))
        {
            set = new FiredSet(new string(_mask));
            _sets.Add(set.Mask, set);
        }

        set.Add(index, athlete, context);
    }

    /// <summary>
    /// Adds what <paramref name="later"/> counted for later athletes of the population (a design run in parallel
    /// over the next athletes), keeping the athletes in population order.
    /// </summary>
    public void Merge(WorkflowTally later)
    {
        Evaluations += later.Evaluations;
        AthletesAsked += later.AthletesAsked;
        Compared += later.Compared;
        FirstChange ??= later.FirstChange;
        foreach (var set in later._sets.Values)
        {
            if (!_sets.TryGetValue(set.Mask, out var mine))
            {
                mine = new FiredSet(set.Mask);
                _sets.Add(mine.Mask, mine);
            }

            mine.Merge(set);
        }
    }

    /// <summary>Counts one comparison of a variant's workflow with the one it replaces.</summary>
    public void Compare(bool same, LintAthlete athlete, RuleContext context)
    {
        Compared++;
        if (!same && FirstChange is null)
        {
            FirstChange = new LintExample(athlete, context.ToString());
        }
    }
}

/// <summary>One set of a workflow's rules that fired together in an evaluation, and the evaluations and athletes that gave it.</summary>
internal sealed class FiredSet(string mask)
{
    /// <summary>The most examples kept: the first athletes, in population order.</summary>
    public const int MaxExamples = 5;

    private readonly List<int> _athletes = [];
    private readonly List<(int Index, LintExample Example)> _examples = [];

    /// <summary>'1' for each rule (by position among the enabled rules) that fired.</summary>
    public string Mask { get; } = mask;

    /// <summary>The first rule that fired: the one that decides where the first decides; -1 when none fired.</summary>
    public int Lowest { get; } = mask.IndexOf('1', StringComparison.Ordinal);

    /// <summary>The second rule that fired: the one that would decide without the first; -1 when fewer fired.</summary>
    public int Second => Lowest < 0 ? -1 : Mask.IndexOf('1', Lowest + 1);

    public long Evaluations { get; private set; }

    /// <summary>The athletes (population indexes, ascending) it came up for.</summary>
    public IReadOnlyList<int> Athletes => _athletes;

    /// <summary>Its first athletes (population index and example), with where in the plan.</summary>
    public IReadOnlyList<(int Index, LintExample Example)> Examples => _examples;

    public bool Fired(int rule) => Mask[rule] == '1';

    /// <summary>Adds the evaluations and athletes of <paramref name="later"/>, whose athletes all come after these.</summary>
    public void Merge(FiredSet later)
    {
        Evaluations += later.Evaluations;
        _athletes.AddRange(later._athletes);
        _examples.AddRange(later._examples.Take(MaxExamples - _examples.Count));
    }

    public void Add(int index, LintAthlete athlete, RuleContext context)
    {
        Evaluations++;
        if (_athletes.Count > 0 && _athletes[^1] == index)
        {
            return;
        }

        _athletes.Add(index);
        if (_examples.Count < MaxExamples)
        {
            _examples.Add((index, new LintExample(athlete, context.ToString())));
        }
    }
}

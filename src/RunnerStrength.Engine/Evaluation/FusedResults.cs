namespace RunnerStrength.Engine.Evaluation;

/// <summary>
/// The results of one fused evaluation, written by the chunks as they run: a bit per rule whose result is one of its
/// two shared ones, set when it succeeds, and the results of the other rules. Read as a list, a rule's result is its
/// computed one where it has one, otherwise its shared success or failure by its bit. Nothing per rule is allocated for
/// the common outcome, and the first two chunks' words are fields, so a workflow of up to 32 rules allocates this
/// object and nothing more for its bits.
/// </summary>
internal sealed class FusedResults : IReadOnlyList<RuleResult>
{
    /// <summary>The chunks whose words are fields (<see cref="Word0"/> and <see cref="Word1"/>); the rest are in <see cref="MoreWords"/>.</summary>
    internal const int WordFields = 2;

    private readonly FusedWorkflow _workflow;

    /// <summary>The successes of chunk 0, a bit per rule (written by emitted code).</summary>
    public int Word0;

    /// <summary>The successes of chunk 1.</summary>
    public int Word1;

    /// <summary>The successes of chunks 2 and on, or null when the workflow has no more than two chunks.</summary>
    public readonly int[]? MoreWords;

    /// <summary>The results of rules whose results are computed (actions, messages, child rules, a rule that threw), by index.</summary>
    public RuleResult[]? Computed;

    public FusedResults(FusedWorkflow workflow, int rules, int chunks, bool writesComputed)
    {
        _workflow = workflow;
        MoreWords = chunks > WordFields ? new int[chunks - WordFields] : null;
        Computed = writesComputed ? new RuleResult[rules] : null;
        Count = rules;
    }

    /// <summary>How many rules were evaluated: all of them, or fewer when a workflow stopped at its first success.</summary>
    public int Count { get; internal set; }

    public RuleResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (Computed?[index] is { } result)
            {
                return result;
            }

            var succeeded = (Word(index / FusedWorkflow.RulesPerChunk) & (1 << (index % FusedWorkflow.RulesPerChunk))) != 0;
            return _workflow.Shared(index, succeeded);
        }
    }

    /// <summary>The computed results, allocated the first time a chunk that does not write them needs them (a rule threw).</summary>
    public RuleResult[] EnsureComputed() => Computed ??= new RuleResult[_workflow.RuleCount];

    public IEnumerator<RuleResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int Word(int chunk) => chunk switch
    {
        0 => Word0,
        1 => Word1,
        _ => MoreWords![chunk - WordFields],
    };
}

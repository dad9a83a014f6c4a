using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>
/// A workflow's enabled rules compiled together, a chunk of rules per delegate (see <see cref="FusedChunkEmitter"/>):
/// what a workflow evaluated many times switches to. It computes exactly what evaluating rule by rule computes; a rule
/// that throws fails alone, as it does there, and the rest of its chunk is evaluated rule by rule.
/// </summary>
internal sealed class FusedWorkflow
{
    /// <summary>
    /// Rules per delegate: enough that the call between chunks costs little, few enough that the JIT still optimises
    /// each one (it gives up on very large methods). A chunk's successes fit the bits of one int.
    /// </summary>
    internal const int RulesPerChunk = 16;

    private readonly CompiledWorkflow _workflow;
    private readonly CompiledRule[] _rules;
    private readonly RuleResult?[] _successes;
    private readonly RuleResult?[] _failures;
    private readonly Chunk[] _chunks;
    private readonly bool _writesComputed;
    private readonly bool _stopAtFirstSuccess;

    private FusedWorkflow(CompiledWorkflow workflow, CompiledRule[] rules, RuleResult?[] successes, RuleResult?[] failures, Chunk[] chunks, bool stopAtFirstSuccess)
    {
        _workflow = workflow;
        _rules = rules;
        _successes = successes;
        _failures = failures;
        _chunks = chunks;
        _writesComputed = chunks.Any(c => c.WritesComputed);
        _stopAtFirstSuccess = stopAtFirstSuccess;
    }

    /// <summary>Compiles the enabled rules of <paramref name="workflow"/>.</summary>
    public static FusedWorkflow Compile(CompiledWorkflow workflow)
    {
        var rules = workflow.Rules.Where(r => r.Definition.Enabled).ToArray();
        var stopAtFirstSuccess = workflow.Definition.HitPolicy == HitPolicy.First;
        var successes = new RuleResult?[rules.Length];
        var failures = new RuleResult?[rules.Length];
        var chunks = new Chunk[(rules.Length + RulesPerChunk - 1) / RulesPerChunk];
        for (var c = 0; c < chunks.Length; c++)
        {
            var start = c * RulesPerChunk;
            var end = Math.Min(start + RulesPerChunk, rules.Length);
            var fused = new List<FusedRule>(end - start);
            for (var i = start; i < end; i++)
            {
                var shared = workflow.SharedOutcomes(rules[i]);
                (successes[i], failures[i]) = shared is var (success, failure) ? (success, failure) : (null, null);
                fused.Add(new FusedRule(i, rules[i], shared));
            }

            var (run, writesComputed) = FusedChunkEmitter.Compile(workflow, workflow.Inputs, c, fused, stopAtFirstSuccess);
            chunks[c] = new Chunk(start, end, run, writesComputed);
        }

        return new FusedWorkflow(workflow, rules, successes, failures, chunks, stopAtFirstSuccess);
    }

    /// <summary>The rules' predicates, which this compiles inline.</summary>
    public static IEnumerable<CompiledCode<bool>> Predicates(CompiledWorkflow workflow) =>
        workflow.Rules.Where(r => r.Definition.Enabled && r.Predicate is not null).Select(r => r.Predicate!);

    /// <summary>Evaluates every rule (or, under HitPolicy First, up to the first success) in <paramref name="frame"/>.</summary>
    public IReadOnlyList<RuleResult> Evaluate(EvaluationFrame frame)
    {
        var passed = new int[_chunks.Length];
        var computed = _writesComputed ? new RuleResult[_rules.Length] : null;
        for (var c = 0; c < _chunks.Length; c++)
        {
            var chunk = _chunks[c];
            int stopped;
            try
            {
                stopped = chunk.Run(frame, passed, computed!);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                computed ??= new RuleResult[_rules.Length];
                stopped = Recover(frame, chunk, computed);
            }

            if (stopped >= 0)
            {
                return new FusedResults(this, passed, computed, stopped);
            }
        }

        return new FusedResults(this, passed, computed, _rules.Length);
    }

    // A rule of the chunk threw, and the chunk's successes so far went with it: the chunk is evaluated again rule by
    // rule (rules read their inputs and change nothing, so the rules before give the same results), and the rule that
    // threw fails with the message it gets alone.
    private int Recover(EvaluationFrame frame, Chunk chunk, RuleResult[] computed)
    {
        for (var i = chunk.Start; i < chunk.End; i++)
        {
            var result = _workflow.EvaluateRule(_rules[i], frame);
            computed[i] = result;
            if (_stopAtFirstSuccess && result.IsSuccess)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private sealed record Chunk(int Start, int End, FusedChunk Run, bool WritesComputed);

    /// <summary>
    /// The results of one fused evaluation: a rule's computed result where it has one, otherwise its shared success
    /// or failure by its bit. Nothing per rule is allocated for the common outcome.
    /// </summary>
    private sealed class FusedResults(FusedWorkflow workflow, int[] passed, RuleResult[]? computed, int count) : IReadOnlyList<RuleResult>
    {
        public int Count => count;

        public RuleResult this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)count, nameof(index));
                if (computed?[index] is { } result)
                {
                    return result;
                }

                var succeeded = (passed[index / RulesPerChunk] & (1 << (index % RulesPerChunk))) != 0;
                return (succeeded ? workflow._successes[index] : workflow._failures[index])!;
            }
        }

        public IEnumerator<RuleResult> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

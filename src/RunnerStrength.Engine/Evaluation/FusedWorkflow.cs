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

            var (run, writesComputed, inlinedLoops) = FusedChunkEmitter.Compile(workflow, workflow.Inputs, c, fused, stopAtFirstSuccess);
            chunks[c] = new Chunk(start, end, run, writesComputed, inlinedLoops);
        }

        return new FusedWorkflow(workflow, rules, successes, failures, chunks, stopAtFirstSuccess);
    }

    /// <summary>The loops over a list the chunks write out instead of calling a loop method (see <see cref="LoopInliner"/>).</summary>
    public int InlinedLoops => _chunks.Sum(c => c.InlinedLoops);

    /// <summary>The number of enabled rules, each with a result.</summary>
    public int RuleCount => _rules.Length;

    /// <summary>The shared success or failure of the rule at <paramref name="index"/> (a rule whose result carries nothing computed).</summary>
    public RuleResult Shared(int index, bool succeeded) => (succeeded ? _successes[index] : _failures[index])!;

    /// <summary>The rules' predicates, which this compiles inline.</summary>
    public static IEnumerable<CompiledCode<bool>> Predicates(CompiledWorkflow workflow) =>
        workflow.Rules.Where(r => r.Definition.Enabled && r.Predicate is not null).Select(r => r.Predicate!);

    /// <summary>Evaluates every rule (or, under HitPolicy First, up to the first success) in <paramref name="frame"/>.</summary>
    public IReadOnlyList<RuleResult> Evaluate(EvaluationFrame frame)
    {
        var results = new FusedResults(this, _rules.Length, _chunks.Length, _writesComputed);
        for (var c = 0; c < _chunks.Length; c++)
        {
            var chunk = _chunks[c];
            int stopped;
            try
            {
                stopped = chunk.Run(frame, results);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                stopped = Recover(frame, chunk, results.EnsureComputed());
            }

            if (stopped >= 0)
            {
                results.Count = stopped;
                return results;
            }
        }

        return results;
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

    private sealed record Chunk(int Start, int End, FusedChunk Run, bool WritesComputed, int InlinedLoops);
}

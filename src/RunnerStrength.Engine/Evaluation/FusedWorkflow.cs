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
    /// each one (it gives up on very large methods).
    /// </summary>
    internal const int RulesPerChunk = 16;

    private readonly CompiledWorkflow _workflow;
    private readonly CompiledRule[] _rules;
    private readonly Chunk[] _chunks;
    private readonly bool _stopAtFirstSuccess;

    private FusedWorkflow(CompiledWorkflow workflow, CompiledRule[] rules, Chunk[] chunks, bool stopAtFirstSuccess)
    {
        _workflow = workflow;
        _rules = rules;
        _chunks = chunks;
        _stopAtFirstSuccess = stopAtFirstSuccess;
    }

    /// <summary>Compiles the enabled rules of <paramref name="workflow"/>.</summary>
    public static FusedWorkflow Compile(CompiledWorkflow workflow)
    {
        var rules = workflow.Rules.Where(r => r.Definition.Enabled).ToArray();
        var stopAtFirstSuccess = workflow.Definition.HitPolicy == HitPolicy.First;
        var chunks = new Chunk[(rules.Length + RulesPerChunk - 1) / RulesPerChunk];
        for (var c = 0; c < chunks.Length; c++)
        {
            var start = c * RulesPerChunk;
            var end = Math.Min(start + RulesPerChunk, rules.Length);
            var fused = new List<FusedRule>(end - start);
            for (var i = start; i < end; i++)
            {
                fused.Add(new FusedRule(i, rules[i], workflow.SharedOutcomes(rules[i])));
            }

            chunks[c] = new Chunk(start, end, FusedChunkEmitter.Compile(workflow, workflow.Inputs, fused, stopAtFirstSuccess));
        }

        return new FusedWorkflow(workflow, rules, chunks, stopAtFirstSuccess);
    }

    /// <summary>The rules' predicates, which this compiles inline.</summary>
    public static IEnumerable<CompiledCode<bool>> Predicates(CompiledWorkflow workflow) =>
        workflow.Rules.Where(r => r.Definition.Enabled && r.Predicate is not null).Select(r => r.Predicate!);

    /// <summary>Evaluates every rule (or, under HitPolicy First, up to the first success) in <paramref name="frame"/>.</summary>
    public IReadOnlyList<RuleResult> Evaluate(EvaluationFrame frame)
    {
        var results = new RuleResult[_rules.Length];
        foreach (var chunk in _chunks)
        {
            int stopped;
            try
            {
                stopped = chunk.Run(frame, results);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                stopped = Recover(frame, results, chunk, ex);
            }

            if (stopped >= 0)
            {
                return stopped == results.Length ? results : results[..stopped];
            }
        }

        return results;
    }

    // A rule of the chunk threw: the first one without a result, since the chunk stores each result before it goes on.
    // It fails, with the message it would get alone, and the rest of the chunk is evaluated rule by rule.
    private int Recover(EvaluationFrame frame, RuleResult[] results, Chunk chunk, Exception error)
    {
        var failed = Array.IndexOf(results, null, chunk.Start, chunk.End - chunk.Start);
        results[failed] = CompiledWorkflow.CompleteFailure(_rules[failed], frame, error);
        for (var i = failed + 1; i < chunk.End; i++)
        {
            var result = _workflow.EvaluateRule(_rules[i], frame);
            results[i] = result;
            if (_stopAtFirstSuccess && result.IsSuccess)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private sealed record Chunk(int Start, int End, Func<EvaluationFrame, RuleResult[], int> Run);
}

using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// What one fused evaluation allocates: its frame, its results and the <see cref="WorkflowResult"/>, whatever the number
/// of rules whose results are shared (their successes are bits of the results object, two chunks' words held in it);
/// only a workflow of more chunks adds one array of words. Counted with the thread's allocation counter, which counts
/// bytes, not time.
/// </summary>
public sealed class FusedAllocationTests
{
    // Frame (80 B), results (56 B) and WorkflowResult (32 B) on 64-bit .NET.
    private const long ThreeObjects = 168;

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(30)]
    [InlineData(32)]
    public void A_fused_evaluation_of_up_to_two_chunks_allocates_three_objects_and_nothing_per_rule(int rules)
    {
        BytesPerEvaluation(rules).ShouldBe(ThreeObjects);
    }

    [Theory]
    [InlineData(33, 3)]
    [InlineData(64, 4)]
    [InlineData(1_000, 63)]
    public void A_workflow_of_more_chunks_adds_one_array_of_their_words(int rules, int chunks)
    {
        // An int[] of the chunks past the first two: 24 B of header and length, 4 B a word, in steps of 8 B.
        var words = 24 + (((chunks - 2) * 4) + 7) / 8 * 8;
        BytesPerEvaluation(rules).ShouldBe(ThreeObjects + words);
    }

    private static long BytesPerEvaluation(int rules)
    {
        // Rules that hold for some thresholds and not others, none of them computing anything: every result is shared.
        var workflow = RuleFiles.Compile(RuleFiles.Workflow([.. Enumerable.Range(0, rules).Select(i => ("r" + i, $"athlete.sessionMinutes > {i % 70}"))]))["w"];
        workflow.FuseNow();
        object?[] inputs = [Athlete.Sample];
        var expected = Enumerable.Range(0, rules).Select(i => Athlete.Sample.SessionMinutes > i % 70).ToArray();
        workflow.Evaluate(inputs).Results.Select(r => r.IsSuccess).ShouldBe(expected);

        const int Evaluations = 100;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Evaluations; i++)
        {
            workflow.Evaluate(inputs);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.ShouldBe(allocated / Evaluations * Evaluations, "every evaluation allocates the same");
        return allocated / Evaluations;
    }
}

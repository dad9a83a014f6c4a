using System.Collections.Concurrent;
using System.Globalization;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.RulesEngine;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Coaching.Tests.RulesEngine;

/// <summary>
/// A backend that evaluates every workflow call with both engines: the designer goes on with Microsoft RulesEngine's
/// results (so the plan it makes is RulesEngine's), and every call whose results differ from the built-in engine's (rule by rule: outcome, SuccessEvent, action output, whether
/// it failed) is recorded. RulesEngine evaluates every rule whatever the hit policy; a rule it could not evaluate past the
/// point where HitPolicy First stops is recorded too, so no rule hides behind an earlier success.
/// </summary>
internal sealed class DifferentialBackend : EvaluationBackend
{
    // What the design running on this thread (or task) records into: one log per design, while one prepared pair of
    // engines per rule set serves them all.
    private static readonly AsyncLocal<Log?> Current = new();

    public override string Name => "differential";

    /// <summary>Records what the designs run inside <paramref name="design"/> compare into a new log, and returns it.</summary>
    public static Log Record(Action design)
    {
        var log = new Log();
        Current.Value = log;
        try
        {
            design();
        }
        finally
        {
            Current.Value = null;
        }

        return log;
    }

    public override WorkflowEvaluator Prepare(CoachingRules rules) =>
        new Evaluator(BuiltIn.Prepare(rules), (RulesEngineEvaluator)RulesEngineBackend.Instance.Prepare(rules), rules.Directory);

    /// <summary>One result as the designer reads it, for comparison.</summary>
    public static string Describe(RuleResult result) =>
        $"{result.RuleName}:{(result.IsSuccess ? "success" : "failure")}"
        + (result.SuccessEvent is { } e ? $" event={e}" : string.Empty)
        + (result.ActionResult is { } a ? $" output={Value(a.Output)}" + (a.ExceptionMessage is null ? string.Empty : " (action failed)") : string.Empty)
        + (result.ExceptionMessage is null ? string.Empty : " (failed)");

    private static string Value(object? value) => value switch
    {
        null => "null",
        IFormattable f => $"{value.GetType().Name} {f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name} {value}",
    };

    /// <summary>What one design's comparisons found.</summary>
    internal sealed class Log
    {
        /// <summary>Each call whose results differed: the workflow, what each engine said, and the inputs.</summary>
        public ConcurrentQueue<string> Differences { get; } = new();

        /// <summary>Rules RulesEngine could not evaluate beyond where the built-in engine stopped (HitPolicy First).</summary>
        public ConcurrentQueue<string> HiddenFailures { get; } = new();

        /// <summary>How many calls of each workflow were compared.</summary>
        public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Evaluator(WorkflowEvaluator builtIn, RulesEngineEvaluator rulesEngine, string rules) : WorkflowEvaluator
    {
        public override IReadOnlyList<RuleResult> Evaluate(CompiledWorkflow workflow, object?[] inputs)
        {
            var ours = builtIn.Evaluate(workflow, inputs);
            var all = rulesEngine.EvaluateAll(workflow, inputs);
            var theirs = rulesEngine.ApplyHitPolicy(workflow, all);
            var log = Current.Value ?? throw new InvalidOperationException("a design with the differential backend runs inside DifferentialBackend.Record");
            log.Calls.AddOrUpdate(workflow.Name, 1, (_, n) => n + 1);

            var oursText = string.Join("; ", ours.Select(Describe));
            var theirsText = string.Join("; ", theirs.Select(Describe));
            if (oursText != theirsText)
            {
                log.Differences.Enqueue($"{rules} {workflow.Name}\n  built-in:    {oursText}\n  RulesEngine: {theirsText}\n  inputs: {string.Join(" | ", inputs)}");
            }

            foreach (var failed in all.Skip(theirs.Count).Where(r => r.ExceptionMessage is not null))
            {
                log.HiddenFailures.Enqueue($"{rules} {workflow.Name}/{failed.RuleName}: {failed.ExceptionMessage}");
            }

            return theirs;
        }
    }
}

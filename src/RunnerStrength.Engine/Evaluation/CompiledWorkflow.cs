using System.Collections.Immutable;
using System.Text;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>A compiled workflow: immutable, and safe to evaluate from many threads at once.</summary>
public sealed class CompiledWorkflow
{
    private readonly ImmutableArray<CompiledCode<object?>> _globals;
    private readonly string[] _globalNames;
    private readonly EvaluationBudget _budget;

    // Tiering: rule by rule (each rule's code interpreted, then compiled) until the workflow has been evaluated a few
    // times, then all rules fused into a few delegates, compiled on the thread pool (see FusedWorkflow).
    private FusedWorkflow? _fused;
    private int _evaluations;
    private int _fusing;

    internal CompiledWorkflow(WorkflowDefinition definition, ImmutableArray<InputDeclaration> inputs, ImmutableArray<CompiledCode<object?>> globals, ImmutableArray<CompiledRule> rules, EvaluationBudget budget)
    {
        Definition = definition;
        Inputs = inputs;
        _globals = globals;
        _globalNames = [.. definition.GlobalParams.Select(g => g.Name)];
        Rules = rules;
        _budget = budget;
    }

    /// <summary>The workflow as read from its file.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The workflow's name.</summary>
    public string Name => Definition.Name;

    /// <summary>The inputs it takes, in the order <see cref="Evaluate(object?[], EvaluationOptions?)"/> expects them.</summary>
    public ImmutableArray<InputDeclaration> Inputs { get; }

    internal ImmutableArray<CompiledRule> Rules { get; }

    /// <summary>Evaluates with inputs given by name (case-insensitive); every declared input must be given.</summary>
    public WorkflowResult Evaluate(IEnumerable<RuleInput> inputs, EvaluationOptions? options = null)
    {
        var given = inputs.ToList();
        var values = new object?[Inputs.Length];
        List<string>? missing = null;
        for (var i = 0; i < Inputs.Length; i++)
        {
            var declared = Inputs[i];
            var index = given.FindIndex(g => string.Equals(g.Name, declared.Name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                (missing ??= []).Add(declared.Name);
                continue;
            }

            values[i] = given[index].Value;
        }

        // As in RulesEngine, a missing input fails the rules, each with a message that names it, not the call.
        return missing is null ? Evaluate(values, options) : WorkflowInputs.Missing(Definition, Inputs, missing);
    }

    /// <summary>Evaluates with inputs in declaration order: the fast path for hosts that evaluate often.</summary>
    public WorkflowResult Evaluate(object?[] inputs, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Length < Inputs.Length)
        {
            return WorkflowInputs.Missing(Definition, Inputs, [.. Inputs.Skip(inputs.Length).Select(i => i.Name)]);
        }

        inputs = WorkflowInputs.Prepare(Name, Inputs, inputs);
        options ??= EvaluationOptions.Default;
        var frame = CreateFrame(inputs, options);
        if (options.EveryRule)
        {
            // Analysis only: rule by rule (the fused code stops where the hit policy says), without counting towards fusing.
            return EvaluateRuleByRule(frame, stopAtFirstSuccess: false);
        }

        if (frame.Trace is null)
        {
            if (Volatile.Read(ref _fused) is { } fused)
            {
                return new WorkflowResult(Name, fused.Evaluate(frame));
            }

            CountEvaluation();
        }

        return EvaluateRuleByRule(frame, Definition.HitPolicy == HitPolicy.First);
    }

    /// <summary>Evaluates rule by rule, never through the fused delegates (tests compare the two).</summary>
    internal WorkflowResult EvaluateRuleByRule(object?[] inputs)
    {
        return EvaluateRuleByRule(CreateFrame(WorkflowInputs.Prepare(Name, Inputs, inputs), EvaluationOptions.Default), Definition.HitPolicy == HitPolicy.First);
    }

    private WorkflowResult EvaluateRuleByRule(EvaluationFrame frame, bool stopAtFirstSuccess)
    {
        var rules = Rules;
        var results = new List<RuleResult>(rules.Length);
        var first = stopAtFirstSuccess;
        foreach (var rule in rules)
        {
            if (!rule.Definition.Enabled)
            {
                continue;
            }

            var result = EvaluateRule(rule, frame);
            results.Add(result);
            if (first && result.IsSuccess)
            {
                break;
            }
        }

        return new WorkflowResult(Name, results);
    }

    internal RuleResult EvaluateSingle(CompiledRule rule, object?[] inputs, TraceRecorder? trace) =>
        EvaluateRule(rule, CreateFrame(inputs, trace is null ? EvaluationOptions.Default : EvaluationOptions.Traced));

    private EvaluationFrame CreateFrame(object?[] inputs, EvaluationOptions options)
    {
        var frame = new EvaluationFrame(inputs, _globalNames, _budget, options.Trace ? new TraceRecorder() : null);
        for (var i = 0; i < _globals.Length; i++)
        {
            try
            {
                frame.ResetSteps();
                frame.SetGlobal(i, _globals[i].Run(frame));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                frame.FailGlobal(i, _globals[i].Locate(ex));
            }
        }

        frame.Trace?.Take();
        return frame;
    }

    /// <summary>True once the workflow evaluates through its fused delegates.</summary>
    internal bool IsFused => Volatile.Read(ref _fused) is not null;

    /// <summary>The fused delegates, once compiled.</summary>
    internal FusedWorkflow? Fused => Volatile.Read(ref _fused);

    /// <summary>
    /// Compiles now, on the calling thread, everything an evaluation runs: the fused delegates, the lambda arguments
    /// inside the rules they inline, and the code of global params, messages, actions and child rules (and of any
    /// rule the fused code does not inline). Nothing is left to tier up after it except the own delegates of inlined
    /// rules, which run only when a rule of their chunk throws or an EvaluateRule action targets them.
    /// </summary>
    internal void CompileAll()
    {
        FuseNow();
        var inlined = FusedWorkflow.Predicates(this).ToHashSet();
        foreach (var code in Code())
        {
            if (code is CompiledCode<bool> predicate && inlined.Contains(predicate))
            {
                predicate.CompileLambdasNow();
            }
            else
            {
                code.CompileNow();
            }
        }
    }

    /// <summary>Every piece of compiled code of this workflow: global params, and each enabled rule's predicate, message, actions and children.</summary>
    internal IEnumerable<ICompiledCode> Code()
    {
        foreach (var global in _globals)
        {
            yield return global;
        }

        foreach (var code in Rules.Where(r => r.Definition.Enabled).SelectMany(CodeOf))
        {
            yield return code;
        }
    }

    private static IEnumerable<ICompiledCode> CodeOf(CompiledRule rule)
    {
        if (rule.Predicate is { } predicate)
        {
            yield return predicate;
        }

        foreach (var part in rule.ErrorMessage)
        {
            if (part.Value is { } value)
            {
                yield return value;
            }
        }

        CompiledAction?[] actions = [rule.OnSuccess, rule.OnFailure];
        foreach (var action in actions)
        {
            if (action?.Output is { } output)
            {
                yield return output;
            }
        }

        foreach (var code in rule.Children.Where(c => c.Definition.Enabled).SelectMany(CodeOf))
        {
            yield return code;
        }
    }

    /// <summary>Compiles the fused delegates now rather than after a few evaluations (tests, benchmarks).</summary>
    internal void FuseNow()
    {
        if (Volatile.Read(ref _fused) is null)
        {
            Volatile.Write(ref _fused, FusedWorkflow.Compile(this));
        }
    }

    // Racy on purpose, as in TieredDelegate: the count only decides when to queue, and the flag makes that happen once.
    private void CountEvaluation()
    {
        if (++_evaluations < TieredDelegate<Func<EvaluationFrame, bool>>.CallsBeforeCompiling || Interlocked.Exchange(ref _fusing, 1) != 0)
        {
            return;
        }

        // The fused code inlines each rule's tree: held meanwhile, the rules do not compile on their own as well.
        var predicates = FusedWorkflow.Predicates(this).ToArray();
        foreach (var predicate in predicates)
        {
            predicate.Tiered.Hold();
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                try
                {
                    state.Workflow.FuseNow();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Rule by rule computes the same results; keep it rather than take the process down.
                    System.Diagnostics.Debug.WriteLine($"fusing workflow '{state.Workflow.Name}' failed; it stays rule by rule: {ex}");
                }
                finally
                {
                    foreach (var predicate in state.Predicates)
                    {
                        predicate.Tiered.Release();
                    }
                }
            },
            (Workflow: this, Predicates: predicates),
            preferLocal: false);
    }

    /// <summary>Evaluates one rule in <paramref name="frame"/>: its predicate or its children, then its result.</summary>
    internal RuleResult EvaluateRule(CompiledRule rule, EvaluationFrame frame)
    {
        if (rule.Refusal is { } refusal)
        {
            return Complete(rule, frame, false, refusal.ToString(), []);
        }

        if (rule.Predicate is not { } predicate)
        {
            var (allHeld, children) = EvaluateChildren(rule, frame);
            return Complete(rule, frame, allHeld, null, children);
        }

        bool success;
        try
        {
            frame.ResetSteps();
            success = frame.Trace is null ? predicate.Run(frame) : predicate.Traced(frame);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return CompleteFailure(rule, frame, ex);
        }

        return Complete(rule, frame, success, null, []);
    }

    /// <summary>The result of a predicate rule whose predicate came out as <paramref name="success"/> (called by fused code).</summary>
    internal static RuleResult CompletePredicate(CompiledRule rule, EvaluationFrame frame, bool success) => Complete(rule, frame, success, null, []);

    /// <summary>The result of a predicate rule whose predicate threw <paramref name="error"/>.</summary>
    internal static RuleResult CompleteFailure(CompiledRule rule, EvaluationFrame frame, Exception error) =>
        Complete(rule, frame, false, RuleEvaluationException.Describe(rule.Predicate?.Locate(error) ?? error), []);

    /// <summary>
    /// For a predicate rule whose outcome carries nothing computed (no action, no placeholder in its message): the
    /// one success and one failure result every evaluation returns; otherwise null.
    /// </summary>
    internal (RuleResult Success, RuleResult Failure)? SharedOutcomes(CompiledRule rule)
    {
        if (rule.Predicate is null || rule.OnSuccess is not null || rule.OnFailure is not null || !rule.HasConstantErrorMessage)
        {
            return null;
        }

        var frame = new EvaluationFrame([], [], _budget, trace: null);
        return (CompletePredicate(rule, frame, success: true), CompletePredicate(rule, frame, success: false));
    }

    private static RuleResult Complete(CompiledRule rule, EvaluationFrame frame, bool success, string? exception, IReadOnlyList<RuleResult> children)
    {
        var definition = rule.Definition;
        var action = success ? rule.OnSuccess : rule.OnFailure;

        // The common outcome depends on the rule and on success alone: share one result instead of a new one per call.
        var shareable = exception is null && frame.Trace is null && action is null && rule.Predicate is not null
            && (success || rule.HasConstantErrorMessage);
        if (shareable && rule.SharedResult(success) is { } shared)
        {
            return shared;
        }

        var trace = frame.Trace?.Take() ?? [];
        var result = new RuleResult
        {
            RuleName = definition.Name,
            IsSuccess = success,
            ExceptionMessage = exception,
            ErrorMessage = success || rule.ErrorMessage.IsDefaultOrEmpty ? null : FormatMessage(rule.ErrorMessage, frame),
            SuccessEvent = success ? definition.SuccessEvent : null,
            Properties = definition.Properties,
            ChildResults = children,
            ActionResult = action is null ? null : RunAction(action, frame),
            Source = definition.Location,
            Trace = trace,
        };
        return shareable ? rule.Share(result) : result;
    }

    private (bool Success, IReadOnlyList<RuleResult> Children) EvaluateChildren(CompiledRule rule, EvaluationFrame frame)
    {
        var op = rule.Definition.Operator ?? RuleOperator.And;
        var isAnd = op is RuleOperator.And or RuleOperator.AndAlso;
        var shortCircuit = op is RuleOperator.AndAlso or RuleOperator.OrElse;
        var results = new List<RuleResult>(rule.Children.Length);
        var success = isAnd;
        foreach (var child in rule.Children)
        {
            if (!child.Definition.Enabled)
            {
                continue;
            }

            var result = EvaluateRule(child, frame);
            results.Add(result);
            success = isAnd ? success && result.IsSuccess : success || result.IsSuccess;
            if (shortCircuit && (isAnd ? !result.IsSuccess : result.IsSuccess))
            {
                break;
            }
        }

        // As in RulesEngine, a rule whose child rules are all disabled fails, whatever its operator.
        return (success && results.Count > 0, results);
    }

    private static string FormatMessage(ImmutableArray<CompiledMessagePart> parts, EvaluationFrame frame)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Value is null)
            {
                text.Append(part.Literal);
                continue;
            }

            try
            {
                frame.ResetSteps();
                text.Append(RuntimeSupport.Format(part.Value.Run(frame), frame));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                text.Append('(').Append(RuleEvaluationException.Describe(ex)).Append(')');
            }
        }

        return text.ToString();
    }

    private static ActionResult RunAction(CompiledAction action, EvaluationFrame frame)
    {
        try
        {
            frame.ResetSteps();
            if (action.Output is { } output)
            {
                return new ActionResult(output.Run(frame), null, null);
            }

            var target = action.TargetWorkflow!;
            var inputs = new object?[action.InputMap.Length];
            for (var i = 0; i < inputs.Length; i++)
            {
                var from = action.InputMap[i];
                if (from >= 0)
                {
                    inputs[i] = frame.Inputs[from];
                    continue;
                }

                frame.ResetSteps();
                inputs[i] = action.AdditionalInputs[-1 - from].Value!.Run(frame);
            }

            // As RulesEngine's EvaluateRule: the output is what the evaluated rule's own action produced for its
            // outcome (null when it has none), not whether it succeeded; that is in EvaluatedRule.
            var result = target.EvaluateSingle(action.TargetRule!, inputs, frame.Trace);
            return new ActionResult(result.ActionResult?.Output, result.ActionResult?.ExceptionMessage, result);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ActionResult(null, RuleEvaluationException.Describe(action.Output?.Locate(ex) ?? ex), null);
        }
    }
}

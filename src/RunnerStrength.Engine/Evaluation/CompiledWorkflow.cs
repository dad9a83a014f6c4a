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
    private readonly int _maxSteps;

    internal CompiledWorkflow(WorkflowDefinition definition, ImmutableArray<InputDeclaration> inputs, ImmutableArray<CompiledCode<object?>> globals, ImmutableArray<CompiledRule> rules, int maxSteps)
    {
        Definition = definition;
        Inputs = inputs;
        _globals = globals;
        _globalNames = [.. definition.GlobalParams.Select(g => g.Name)];
        Rules = rules;
        _maxSteps = maxSteps;
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
        for (var i = 0; i < Inputs.Length; i++)
        {
            var declared = Inputs[i];
            var index = given.FindIndex(g => string.Equals(g.Name, declared.Name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new ArgumentException($"workflow '{Name}' needs the input '{declared.Name}' ({declared.Type.Name})", nameof(inputs));
            }

            values[i] = given[index].Value;
        }

        return Evaluate(values, options);
    }

    /// <summary>Evaluates with inputs in declaration order: the fast path for hosts that evaluate often.</summary>
    public WorkflowResult Evaluate(object?[] inputs, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        CheckInputs(inputs);
        var frame = CreateFrame(inputs, options ?? EvaluationOptions.Default);
        var rules = Rules;
        var results = new List<RuleResult>(rules.Length);
        var first = Definition.HitPolicy == HitPolicy.First;
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
        var frame = new EvaluationFrame(inputs, _globalNames, _maxSteps, options.Trace ? new TraceRecorder() : null);
        for (var i = 0; i < _globals.Length; i++)
        {
            try
            {
                frame.ResetSteps();
                frame.SetGlobal(i, _globals[i].Run(frame));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                frame.FailGlobal(i, ex);
            }
        }

        frame.Trace?.Take();
        return frame;
    }

    private void CheckInputs(object?[] inputs)
    {
        if (inputs.Length != Inputs.Length)
        {
            throw new ArgumentException($"workflow '{Name}' takes {Inputs.Length} inputs ({string.Join(", ", Inputs.Select(i => i.Name))}), not {inputs.Length}", nameof(inputs));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            var value = inputs[i];
            var type = Inputs[i].Type;
            if (value is null ? !TypeFacts.CanBeNull(type) : !type.IsInstanceOfType(value))
            {
                throw new ArgumentException($"input '{Inputs[i].Name}' of workflow '{Name}' must be {type.Name}, not {value?.GetType().Name ?? "null"}", nameof(inputs));
            }
        }
    }

    private RuleResult EvaluateRule(CompiledRule rule, EvaluationFrame frame)
    {
        var definition = rule.Definition;
        bool success;
        string? exception = null;
        IReadOnlyList<RuleResult> children = [];
        if (rule.Predicate is { } predicate)
        {
            try
            {
                frame.ResetSteps();
                success = frame.Trace is null ? predicate.Run(frame) : predicate.Traced(frame);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                success = false;
                exception = RuleEvaluationException.Describe(ex);
            }
        }
        else
        {
            (success, children) = EvaluateChildren(rule, frame);
        }

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

        return (success, results);
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
                text.Append(RuntimeSupport.Format(part.Value.Run(frame)));
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
                inputs[i] = frame.Inputs[action.InputMap[i]];
            }

            var result = target.EvaluateSingle(action.TargetRule!, inputs, frame.Trace);
            return new ActionResult(result.IsSuccess, result.ExceptionMessage, result);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ActionResult(null, RuleEvaluationException.Describe(ex), null);
        }
    }
}

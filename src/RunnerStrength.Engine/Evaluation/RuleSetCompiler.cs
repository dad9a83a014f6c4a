using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>Type-checks every expression of a rule set against its inputs, then emits, verifies and compiles them.</summary>
internal sealed class RuleSetCompiler
{
    private readonly RuleSetOptions _options;

    // Swapped for a bag per top-level rule while that rule compiles, when the host loads refused rules.
    private DiagnosticBag _diagnostics = new();

    // The errors of rules loaded as refused (RuleSetOptions.LoadRefusedRules): reported, but they do not keep the set from loading.
    private readonly HashSet<Diagnostic> _refusalErrors = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, WorkflowDefinition> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(CompiledAction Action, ImmutableArray<InputDeclaration> SourceInputs)> _evaluateRuleActions = [];

    // The most characters each text param can hold, where its literals alone decide it (see TextBound).
    private readonly Dictionary<VariableSymbol, long?> _localText = [];
    private readonly List<long?> _globalText = [];

    private RuleSetCompiler(RuleSetOptions options) => _options = options;

    public static RuleSetLoadResult Compile(IReadOnlyList<WorkflowDefinition> workflows, RuleSetOptions options, IEnumerable<Diagnostic> earlier)
    {
        var compiler = new RuleSetCompiler(options);
        compiler._diagnostics.AddRange(earlier);
        compiler._diagnostics.AddRange(RuleSetStructure.Check(workflows, options.MaxRules));
        foreach (var workflow in workflows)
        {
            compiler._byName.TryAdd(workflow.Name, workflow);
        }

        var compiled = workflows.Select(compiler.CompileWorkflow).ToImmutableArray();
        compiler.ResolveEvaluateRuleActions(compiled);
        var diagnostics = compiler._diagnostics.ToSortedImmutable();
        return diagnostics.Any(d => d.IsError && !compiler._refusalErrors.Contains(d))
            ? new RuleSetLoadResult(null, diagnostics)
            : new RuleSetLoadResult(new CompiledRuleSet(compiled), diagnostics);
    }

    private CompiledWorkflow CompileWorkflow(WorkflowDefinition workflow)
    {
        var inputs = _options.InputsFor(workflow.Name);
        foreach (var duplicate in inputs.GroupBy(i => i.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            _diagnostics.Report(DiagnosticCatalog.DuplicateInput, workflow.NameLocation, duplicate.Key);
        }

        var scope = BindingScope.ForInputs(inputs, _options.Functions);
        var globals = ImmutableArray.CreateBuilder<CompiledCode<object?>>();
        _globalText.Clear();
        foreach (var global in workflow.GlobalParams)
        {
            ReportShadowing(global, scope, null);
            var bound = BindExpression(global.Expression, scope);
            _globalText.Add(CheckTextSize(bound, global.Expression, $"global param '{global.Name}'"));
            var type = bound is BoundError || bound.Type == typeof(NullLiteral) ? typeof(BoundError) : bound.Type;
            if (bound.Type == typeof(NullLiteral))
            {
                _diagnostics.Report(DiagnosticCatalog.NullNotAllowed, global.Expression.Location, $"the value of param '{global.Name}' (its type comes from its expression)");
            }

            scope = scope.WithGlobal(global.Name, type);
            // A failed global leaves a gap; the set is not built when anything failed.
            globals.Add((bound is BoundError ? null : Emit<object?>([], bound, global.Expression))!);
        }

        var rules = WithInjectedRules(workflow).Select(r => CompileTopLevelRule(r, scope)).ToImmutableArray();
        return new CompiledWorkflow(workflow, inputs, globals.ToImmutable(), rules, EvaluationBudget.From(_options));
    }

    /// <summary>
    /// The workflow's rules, then those of each workflow it injects (WorkflowsToInject, with theirs in turn), as
    /// RulesEngine appends them; a workflow injected twice, or a cycle (RS4019), adds its rules once.
    /// </summary>
    private List<RuleDefinition> WithInjectedRules(WorkflowDefinition workflow)
    {
        var rules = new List<RuleDefinition>();
        var seen = new HashSet<WorkflowDefinition>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<WorkflowDefinition>([workflow]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next))
            {
                continue;
            }

            rules.AddRange(next.Rules);
            for (var i = next.WorkflowsToInject.Length - 1; i >= 0; i--)
            {
                if (_byName.TryGetValue(next.WorkflowsToInject[i].Name, out var injected))
                {
                    pending.Push(injected);
                }
            }
        }

        return rules;
    }

    /// <summary>Compiles a top-level rule; when the host loads refused rules, one with errors becomes a rule that fails with its first.</summary>
    private CompiledRule CompileTopLevelRule(RuleDefinition rule, BindingScope scope)
    {
        if (!_options.LoadRefusedRules)
        {
            return CompileRule(rule, scope, []);
        }

        var outer = _diagnostics;
        var ruleDiagnostics = new DiagnosticBag();
        var actionsBefore = _evaluateRuleActions.Count;
        _diagnostics = ruleDiagnostics;
        CompiledRule compiled;
        try
        {
            compiled = CompileRule(rule, scope, []);
        }
        finally
        {
            _diagnostics = outer;
        }

        var found = ruleDiagnostics.ToSortedImmutable();
        _diagnostics.AddRange(found);
        if (found.FirstOrDefault(d => d.IsError) is { } first)
        {
            // A refused rule runs none of its actions, so its EvaluateRule targets need no inputs.
            _evaluateRuleActions.RemoveRange(actionsBefore, _evaluateRuleActions.Count - actionsBefore);
            compiled.Refuse(first);
            _refusalErrors.UnionWith(found.Where(d => d.IsError));
            _diagnostics.Report(DiagnosticCatalog.RefusedRuleLoaded, rule.NameLocation, rule.Name, first.Code);
        }

        return compiled;
    }

    /// <param name="rule">The rule.</param>
    /// <param name="scope">What the rule sees: inputs, globals, and the local params of the rules that hold it.</param>
    /// <param name="outerLocals">
    /// The local params of the rules that hold this one, which its code computes first (as RulesEngine, a child rule
    /// sees its parents' local params); null when one of them failed to bind.
    /// </param>
    private CompiledRule CompileRule(RuleDefinition rule, BindingScope scope, BoundLocal[]? outerLocals)
    {
        var compiled = new CompiledRule(rule);
        var locals = new List<BoundLocal>(outerLocals ?? []);
        var localsFailed = outerLocals is null;
        var enclosing = scope.Locals;
        foreach (var local in rule.LocalParams)
        {
            ReportShadowing(local, scope, enclosing);
            var bound = BindExpression(local.Expression, scope);
            if (bound.Type == typeof(NullLiteral))
            {
                _diagnostics.Report(DiagnosticCatalog.NullNotAllowed, local.Expression.Location, $"the value of param '{local.Name}' (its type comes from its expression)");
                bound = new BoundError(bound.Syntax);
            }

            var symbol = new VariableSymbol(local.Name, bound is BoundError ? typeof(BoundError) : bound.Type);
            _localText[symbol] = CheckTextSize(bound, local.Expression, $"local param '{local.Name}'");
            localsFailed |= bound is BoundError;
            locals.Add(new BoundLocal(symbol, bound, local.Expression));
            scope = scope.WithLocal(symbol);
        }

        var localArray = localsFailed ? null : locals.ToArray();
        if (rule.Expression is { } expression)
        {
            var bound = BindExpression(expression, scope);
            CheckTextSize(bound, expression, "the expression");
            if (bound is not BoundError && bound.Type != typeof(bool))
            {
                _diagnostics.Report(DiagnosticCatalog.RuleNotBoolean, expression.Location, TypeFacts.Display(bound.Type));
            }
            else if (bound is not BoundError && localArray is not null)
            {
                compiled.Predicate = Emit<bool>(localArray, bound, expression);
            }
        }

        compiled.Children = [.. rule.Rules.Select(child => CompileRule(child, scope, localArray))];
        if (rule.ErrorMessage is { } message)
        {
            compiled.ErrorMessage = [.. message.Parts.Select(part => CompileMessagePart(part, scope, localArray))];
        }

        compiled.OnSuccess = CompileAction(rule.OnSuccess, scope, localArray);
        compiled.OnFailure = CompileAction(rule.OnFailure, scope, localArray);
        return compiled;
    }

    private CompiledMessagePart CompileMessagePart(MessagePart part, BindingScope scope, BoundLocal[]? locals)
    {
        if (part.Expression is null)
        {
            return new CompiledMessagePart(part.Literal, null);
        }

        var bound = BindExpression(part.Expression, scope);
        CheckTextSize(bound, part.Expression, "the placeholder");

        // A message shows an enum the way the rule file spells it (intermediate, race-pace).
        var shown = bound is not BoundError && TypeFacts.IsEnum(bound.Type) ? new BoundEnumText(bound.Syntax, bound) : bound;
        return new CompiledMessagePart(null, bound is BoundError || locals is null ? null : Emit<object?>(locals, shown, part.Expression));
    }

    private CompiledAction? CompileAction(ActionDefinition? action, BindingScope scope, BoundLocal[]? locals)
    {
        if (action is null)
        {
            return null;
        }

        var compiled = new CompiledAction(action);
        if (action.Kind == ActionKind.OutputExpression && action.Expression is { } expression)
        {
            var bound = BindExpression(expression, scope);
            CheckTextSize(bound, expression, "the output expression");
            if (bound is not BoundError && locals is not null)
            {
                compiled.Output = Emit<object?>(locals, bound, expression);
            }
        }
        else if (action.Kind == ActionKind.EvaluateRule)
        {
            compiled.AdditionalInputs = [.. action.AdditionalInputs.Select(input =>
            {
                var bound = BindExpression(input.Expression, scope);
                CheckTextSize(bound, input.Expression, $"additional input '{input.Name}'");
                return bound is BoundError || locals is null
                    ? (input.Name, typeof(BoundError), null)
                    : (input.Name, bound.Type, Emit<object?>(locals, bound, input.Expression));
            })];
            _evaluateRuleActions.Add((compiled, scope.Inputs));
        }

        return compiled;
    }

    private void ResolveEvaluateRuleActions(ImmutableArray<CompiledWorkflow> workflows)
    {
        foreach (var (action, sourceInputs) in _evaluateRuleActions)
        {
            var target = workflows.FirstOrDefault(w => string.Equals(w.Name, action.Definition.WorkflowName, StringComparison.OrdinalIgnoreCase));
            var rule = target?.Rules.FirstOrDefault(r => string.Equals(r.Definition.Name, action.Definition.RuleName, StringComparison.OrdinalIgnoreCase));
            if (target is null || rule is null)
            {
                continue; // RuleSetStructure reported it.
            }

            var map = new int[target.Inputs.Length];
            var filter = action.Definition.InputFilter;
            for (var i = 0; i < map.Length; i++)
            {
                var needed = target.Inputs[i];
                var additional = Array.FindLastIndex(action.AdditionalInputs, a => string.Equals(a.Name, needed.Name, StringComparison.OrdinalIgnoreCase));
                if (additional >= 0)
                {
                    // As in RulesEngine, an additional input is given besides the caller's inputs; here it wins over one of the same name.
                    map[i] = -1 - additional;
                    var type = action.AdditionalInputs[additional].Type;
                    if (type != typeof(BoundError) && !needed.Type.IsAssignableFrom(type))
                    {
                        _diagnostics.Report(DiagnosticCatalog.InputMismatch, action.Definition.Location, $"workflow '{target.Name}' needs the input '{needed.Name}' as {needed.Type.Name}, but the additional input of that name is {TypeFacts.Display(type)}");
                    }

                    continue;
                }

                map[i] = sourceInputs.IndexOf(sourceInputs.FirstOrDefault(s => string.Equals(s.Name, needed.Name, StringComparison.OrdinalIgnoreCase) && needed.Type.IsAssignableFrom(s.Type))!);
                if (map[i] >= 0 && filter is { } names && !names.Contains(sourceInputs[map[i]].Name, StringComparer.OrdinalIgnoreCase))
                {
                    _diagnostics.Report(DiagnosticCatalog.InputMismatch, action.Definition.Location, $"workflow '{target.Name}' needs the input '{needed.Name}' ({needed.Type.Name}), which the inputFilter leaves out");
                }
                else if (map[i] < 0)
                {
                    _diagnostics.Report(DiagnosticCatalog.InputMismatch, action.Definition.Location, $"workflow '{target.Name}' needs the input '{needed.Name}' ({needed.Type.Name}), which this workflow does not have");
                }
            }

            action.TargetWorkflow = target;
            action.TargetRule = rule;
            action.InputMap = map;
        }
    }

    /// <summary>Reports a param that hides an input, a global (for a local) or a local param of an enclosing rule.</summary>
    /// <param name="param">The param.</param>
    /// <param name="scope">The names in scope.</param>
    /// <param name="enclosingLocals">For a local param, the local params of the rules that hold its rule; null for a global.</param>
    private void ReportShadowing(ParamDefinition param, BindingScope scope, ImmutableArray<VariableSymbol>? enclosingLocals)
    {
        var isGlobal = enclosingLocals is null;
        if (scope.Inputs.Any(i => string.Equals(i.Name, param.Name, StringComparison.OrdinalIgnoreCase)))
        {
            _diagnostics.Report(DiagnosticCatalog.ShadowingParam, param.NameLocation, param.Name, "the input");
        }
        else if (!isGlobal && scope.Globals.Any(g => string.Equals(g.Name, param.Name, StringComparison.OrdinalIgnoreCase)))
        {
            _diagnostics.Report(DiagnosticCatalog.ShadowingParam, param.NameLocation, param.Name, "the global param");
        }
        else if (enclosingLocals is { } outer && outer.Any(l => string.Equals(l.Name, param.Name, StringComparison.OrdinalIgnoreCase)))
        {
            // Two params of one list with one name are RS4003, reported by the reader.
            _diagnostics.Report(DiagnosticCatalog.ShadowingParam, param.NameLocation, param.Name, "the local param");
        }
    }

    /// <summary>
    /// Refuses (RS3131) text the expression would build past the memory budget whatever the inputs, such as params that
    /// double a literal level after level; returns the most characters the expression's own text can hold, if known.
    /// </summary>
    private long? CheckTextSize(BoundExpression bound, ExpressionText text, string what) =>
        ExpressionBinding.CheckTextSize(bound, text, what, _options.MaxEvaluationBytes, node => node switch
        {
            BoundVariable variable => _localText.GetValueOrDefault(variable.Symbol),
            BoundGlobalParam global when global.Index < _globalText.Count => _globalText[global.Index],
            _ => null,
        }, _diagnostics);

    private BoundExpression BindExpression(ExpressionText text, BindingScope scope) => ExpressionBinding.Bind(text, scope, _options.Limits, _diagnostics);

    private CompiledCode<T>? Emit<T>(BoundLocal[] locals, BoundExpression body, ExpressionText text)
    {
        var code = CompiledCode<T>.Create(locals, body, text, _options.Functions, out var violations, out var tooDeep);
        foreach (var violation in violations.Distinct())
        {
            _diagnostics.Report(DiagnosticCatalog.UnsafeExpression, text.Location, violation);
        }

        if (tooDeep)
        {
            _diagnostics.Report(DiagnosticCatalog.ExpressionTooDeep, text.Location, _options.Limits.MaxDepth);
        }

        return code;
    }
}

/// <summary>Parse and bind in one step, for every place an expression is compiled.</summary>
internal static class ExpressionBinding
{
    /// <summary>
    /// Reports RS3131 at the outermost text joining of <paramref name="bound"/> whose text, as its literals and params
    /// decide it, outgrows <paramref name="maxBytes"/>; returns the most characters <paramref name="bound"/> itself builds, if known.
    /// </summary>
    public static long? CheckTextSize(BoundExpression bound, ExpressionText text, string what, long maxBytes, Func<BoundExpression, long?> variables, DiagnosticBag diagnostics)
    {
        if (bound is BoundError)
        {
            return null;
        }

        foreach (var concatenation in TextBound.Concatenations(bound))
        {
            if (TextBound.MaxLength(concatenation, variables) is { } length && length > (maxBytes - 24) / 2)
            {
                diagnostics.Report(DiagnosticCatalog.TextTooLarge, text.GetLocation(concatenation.Syntax.Span), what, length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), RuntimeSupport.Size(maxBytes));
                return null;
            }
        }

        return bound.Type == typeof(string) ? TextBound.MaxLength(bound, variables) : null;
    }

    public static BoundExpression Bind(ExpressionText text, BindingScope scope, ExpressionLimits limits, DiagnosticBag diagnostics)
    {
        var parsed = Parser.Parse(text, limits);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Root is null || parsed.Diagnostics.Any(d => d.IsError))
        {
            return new BoundError(parsed.Root ?? new LiteralExpressionSyntax(new TextSpan(0, text.Text.Length), null));
        }

        if (SyntaxHeight.FindTooDeep(parsed.Root, limits.MaxDepth) is { } tooDeep)
        {
            diagnostics.Report(DiagnosticCatalog.ExpressionTooDeep, text.GetLocation(tooDeep.Span), limits.MaxDepth);
            return new BoundError(parsed.Root);
        }

        return Binder.Bind(text, parsed.Root, scope, limits.MaxDepth, diagnostics);
    }
}

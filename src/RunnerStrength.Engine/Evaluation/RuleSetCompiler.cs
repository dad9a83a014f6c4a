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
    private readonly DiagnosticBag _diagnostics = new();
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
        var compiled = workflows.Select(compiler.CompileWorkflow).ToImmutableArray();
        compiler.ResolveEvaluateRuleActions(compiled);
        var diagnostics = compiler._diagnostics.ToSortedImmutable();
        return diagnostics.Any(d => d.IsError)
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

        var rules = workflow.Rules.Select(r => CompileRule(r, scope, [])).ToImmutableArray();
        return new CompiledWorkflow(workflow, inputs, globals.ToImmutable(), rules, EvaluationBudget.From(_options));
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
            for (var i = 0; i < map.Length; i++)
            {
                var needed = target.Inputs[i];
                map[i] = sourceInputs.IndexOf(sourceInputs.FirstOrDefault(s => string.Equals(s.Name, needed.Name, StringComparison.OrdinalIgnoreCase) && needed.Type.IsAssignableFrom(s.Type))!);
                if (map[i] < 0)
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

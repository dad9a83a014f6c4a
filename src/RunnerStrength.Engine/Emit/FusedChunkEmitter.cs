using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Emit;

/// <summary>A fused chunk's compiled code (see <see cref="FusedChunkEmitter.Compile"/>).</summary>
internal delegate int FusedChunk(EvaluationFrame frame, FusedResults results);

/// <summary>How one rule of a fused chunk becomes its result.</summary>
/// <param name="Index">The rule's position among the workflow's enabled rules, and in the results array.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Shared">For a rule whose outcome carries nothing computed: its shared success and failure results.</param>
internal sealed record FusedRule(int Index, CompiledRule Rule, (RuleResult Success, RuleResult Failure)? Shared);

/// <summary>
/// Compiles a run of a workflow's rules into one delegate, <c>(frame, results) =&gt; ...</c>, that evaluates them in order
/// and stores each result: one call and one piece of contiguous code for many rules, instead of a delegate, its closure
/// and the bookkeeping around it per rule. Each rule's code is its own verified tree (see <see cref="SafetyVerifier"/>),
/// inlined with two changes that read the same values: its frame parameter is the chunk's, and its reads of the inputs
/// are variables the chunk reads once. A rule whose result is one of its two shared ones only marks a bit when it succeeds.
/// What the chunk adds around them is the engine's own: it resets the step budget
/// before each rule that can draw on it, writes out the loops of list methods over a lambda (see
/// <see cref="LoopInliner"/>), and, for rules whose results are computed (actions, messages with placeholders, child rules), calls back into
/// <see cref="CompiledWorkflow"/>.
/// </summary>
internal static class FusedChunkEmitter
{
    private static readonly FieldInfo InputsField = typeof(EvaluationFrame).GetField(nameof(EvaluationFrame.Inputs))!;
    private static readonly MethodInfo ResetStepsMethod = typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ResetSteps))!;
    private static readonly MethodInfo CompleteMethod = typeof(CompiledWorkflow).GetMethod(nameof(CompiledWorkflow.CompletePredicate), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo EvaluateRuleMethod = typeof(CompiledWorkflow).GetMethod(nameof(CompiledWorkflow.EvaluateRule), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo StoreResultMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.StoreResult))!;
    private static readonly FieldInfo ComputedField = typeof(FusedResults).GetField(nameof(FusedResults.Computed))!;
    private static readonly PropertyInfo IsSuccessProperty = typeof(RuleResult).GetProperty(nameof(RuleResult.IsSuccess))!;

    /// <summary>
    /// The chunk's delegate, <c>(frame, results) =&gt; ...</c>, and whether it writes computed results. A rule whose
    /// outcome is shared (see <see cref="FusedRule.Shared"/>) only sets its bit, <c>1 &lt;&lt; (index - first)</c>, in
    /// the chunk's word of <see cref="FusedResults"/> when it succeeds; any other rule stores its result in
    /// <c>results.Computed[index]</c>. The delegate returns -1 after its last rule, or, when <paramref name="stopAtFirstSuccess"/>,
    /// the number of results so far as soon as a rule succeeds.
    /// </summary>
    public static (FusedChunk Run, bool WritesComputed, int InlinedLoops) Compile(
        CompiledWorkflow workflow, IReadOnlyList<InputDeclaration> inputs, int chunk, IReadOnlyList<FusedRule> rules, bool stopAtFirstSuccess)
    {
        var frame = Expression.Parameter(typeof(EvaluationFrame), "frame");
        var results = Expression.Parameter(typeof(FusedResults), "results");
        var computed = Expression.Variable(typeof(RuleResult[]), "computed");
        var bits = Expression.Variable(typeof(int), "bits");
        var word = Word(results, chunk);
        var stop = Expression.Label(typeof(int), "stop");
        var inputVariables = inputs.Select(i => Expression.Variable(i.Type, i.Name)).ToArray();
        var statements = new List<Expression>();
        for (var k = 0; k < inputVariables.Length; k++)
        {
            var read = Expression.ArrayIndex(Expression.Field(frame, InputsField), Expression.Constant(k));
            statements.Add(Expression.Assign(inputVariables[k], Expression.Convert(read, inputVariables[k].Type)));
        }

        var writesComputed = false;
        var inliner = new LoopInliner(frame);
        var first = rules.Count == 0 ? 0 : rules[0].Index;
        foreach (var fused in rules)
        {
            var next = Expression.Constant(fused.Index + 1);
            var stopHere = Expression.Block(Expression.Assign(word, bits), Expression.Return(stop, next));

            // A rule with child rules, or a predicate too deep to rewrite on this thread's stack, is evaluated by
            // its own delegate, as rule-by-rule evaluation does.
            if (fused.Rule.Predicate is not { } predicate || Inline(predicate.Tiered.Tree, frame, inputVariables, inliner) is not { } condition)
            {
                var byItself = Expression.Call(Expression.Constant(workflow), EvaluateRuleMethod, Expression.Constant(fused.Rule), frame);
                statements.Add(StoreComputed(computed, fused.Index, byItself, stopHere, stopAtFirstSuccess));
                writesComputed = true;
                continue;
            }

            // Each rule starts with the whole step and memory budget (lambdas, list methods and text all draw on it). A
            // rule whose code never reads the frame draws nothing from it, so the reset waits for the next rule that does.
            if (FrameReader.Reads(condition, frame))
            {
                statements.Add(Expression.Call(frame, ResetStepsMethod));
            }

            if (fused.Shared is not null)
            {
                var mark = Expression.OrAssign(bits, Expression.Constant(1 << (fused.Index - first)));
                statements.Add(Expression.IfThen(condition, stopAtFirstSuccess ? Expression.Block(mark, stopHere) : mark));
                continue;
            }

            var completed = Expression.Call(CompleteMethod, Expression.Constant(fused.Rule), frame, condition);
            statements.Add(StoreComputed(computed, fused.Index, completed, stopHere, stopAtFirstSuccess));
            writesComputed = true;
        }

        if (writesComputed)
        {
            statements.Insert(0, Expression.Assign(computed, Expression.Field(results, ComputedField)));
        }

        statements.Add(Expression.Assign(word, bits));
        statements.Add(Expression.Label(stop, Expression.Constant(-1)));
        var body = Expression.Block(typeof(int), [bits, computed, .. inputVariables], statements);
        return (Expression.Lambda<FusedChunk>(body, "rules", [frame, results]).Compile(), writesComputed, inliner.Inlined);
    }

    // The chunk's word: a field of the results for the first chunks, an item of their extra words for the rest.
    private static Expression Word(ParameterExpression results, int chunk) => chunk < FusedResults.WordFields
        ? Expression.Field(results, "Word" + chunk.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : Expression.ArrayAccess(Expression.Field(results, nameof(FusedResults.MoreWords)), Expression.Constant(chunk - FusedResults.WordFields));

    private static Expression? Inline(Expression<Func<EvaluationFrame, bool>> tree, ParameterExpression frame, ParameterExpression[] inputs, LoopInliner inliner)
    {
        try
        {
            return inliner.Visit(new RuleInliner(tree, frame, inputs).Inline());
        }
        catch (InsufficientExecutionStackException)
        {
            return null;
        }
    }

    // computed[index] = result, through RuntimeSupport.StoreResult: the index is one of the chunk's own rules, below the
    // length the workflow made the array with, so the store needs neither the bounds nor the covariance check.
    private static Expression StoreComputed(ParameterExpression computed, int index, Expression result, Expression stopHere, bool stopAtFirstSuccess)
    {
        var store = Expression.Call(StoreResultMethod, computed, Expression.Constant(index), result);
        return stopAtFirstSuccess ? Expression.IfThen(Expression.Property(store, IsSuccessProperty), stopHere) : store;
    }

    /// <summary>Whether inlined code reads the frame at all (budgets, globals, text and list methods all go through it).</summary>
    private sealed class FrameReader(ParameterExpression frame) : ExpressionVisitor
    {
        private bool _reads;

        public static bool Reads(Expression code, ParameterExpression frame)
        {
            var reader = new FrameReader(frame);
            reader.Visit(code);
            return reader._reads;
        }

        public override Expression? Visit(Expression? node) => _reads ? node : base.Visit(node);

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _reads |= node == frame;
            return node;
        }
    }

    /// <summary>A rule's verified tree with its frame parameter replaced by the chunk's, and its input reads by the chunk's variables.</summary>
    private sealed class RuleInliner(Expression<Func<EvaluationFrame, bool>> tree, ParameterExpression frame, ParameterExpression[] inputs) : ExpressionVisitor
    {
        private readonly ParameterExpression _ruleFrame = tree.Parameters[0];

        public Expression Inline() => Visit(tree.Body)!;

        public override Expression? Visit(Expression? node)
        {
            // A host may allow very deep expressions; fusing runs on a thread-pool thread, whose stack may be smaller
            // than the one that loaded the rule.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return base.Visit(node);
        }

        protected override Expression VisitParameter(ParameterExpression node) => node == _ruleFrame ? frame : node;

        protected override Expression VisitUnary(UnaryExpression node)
        {
            // The emitter reads input k as (T)frame.Inputs[k], with T the declared type: the chunk has read it already.
            if (node is { NodeType: ExpressionType.Convert, Operand: BinaryExpression { NodeType: ExpressionType.ArrayIndex } read }
                && read.Left is MemberExpression { Member: var member, Expression: var owner } && member == InputsField && owner == _ruleFrame
                && read.Right is ConstantExpression { Value: int k } && k >= 0 && k < inputs.Length && inputs[k].Type == node.Type)
            {
                return inputs[k];
            }

            return base.VisitUnary(node);
        }
    }
}

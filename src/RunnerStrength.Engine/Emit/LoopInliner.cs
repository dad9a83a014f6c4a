using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// In fused code, turns a call of <see cref="SequenceLoops"/>' <c>Any</c>, <c>All</c>, <c>Count</c> or <c>Sum</c> over a
/// <see cref="List{T}"/> into the same loop written out, with the lambda's verified body inlined: no delegate call and
/// no closure per item. The loop does what the <see cref="SequenceLoops"/> method does, step for step: it reads the
/// list's items in order up to the count it had when the loop began, counts a step per item before the body, stops
/// where the method stops, and sums checked. A source that is not a <see cref="List{T}"/> (an array, a lazy sequence,
/// another list type) still goes through the method, so the rewritten code keeps the call as its other branch.
/// </summary>
internal sealed class LoopInliner(ParameterExpression frame) : ExpressionVisitor
{
    private static readonly MethodInfo StepMethod = typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.Step))!;

    /// <summary>How many loops this has written out so far, nested ones included.</summary>
    public int Inlined { get; private set; }

    public override Expression? Visit(Expression? node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return base.Visit(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (visited.Method.DeclaringType != typeof(SequenceLoops)
            || visited.Method.Name is not (nameof(SequenceLoops.Any) or nameof(SequenceLoops.All) or nameof(SequenceLoops.Count) or nameof(SequenceLoops.Sum))
            || visited.Arguments[3] is not ConstantExpression { Value: ITieredDelegate { Tree: var tree } })
        {
            return visited;
        }

        Inlined++;
        var item = visited.Method.GetGenericArguments()[0];
        var listType = typeof(List<>).MakeGenericType(item);
        var source = Expression.Variable(visited.Arguments[0].Type);
        var list = Expression.Variable(listType);
        var env = Expression.Variable(typeof(object[]));
        var call = visited.Update(null, [source, visited.Arguments[1], env, visited.Arguments[3]]);
        var loop = Loop(visited.Method.Name, list, env, tree, visited.Type);
        return Expression.Block(
            visited.Type,
            [source, list, env],
            Expression.Assign(source, visited.Arguments[0]),
            Expression.Assign(env, visited.Arguments[2]),
            Expression.Assign(list, Expression.TypeAs(source, listType)),
            Expression.Condition(Expression.Equal(list, Expression.Constant(null, listType)), call, loop));
    }

    private Expression Loop(string method, ParameterExpression list, ParameterExpression env, LambdaExpression tree, Type resultType)
    {
        var index = Expression.Variable(typeof(int));
        var count = Expression.Variable(typeof(int));
        var item = Expression.Variable(tree.Parameters[2].Type);
        var result = Expression.Variable(resultType);
        var end = Expression.Label();

        // The lambda's own tree, on this frame, env and item: its nested loops are inlined the same way.
        var body = Visit(new Substitution(tree.Parameters[0], frame, tree.Parameters[1], env, tree.Parameters[2], item).Visit(tree.Body))!;
        Expression onItem = method switch
        {
            nameof(SequenceLoops.Any) => Expression.IfThen(body, Expression.Block(Expression.Assign(result, Expression.Constant(true)), Expression.Break(end))),
            nameof(SequenceLoops.All) => Expression.IfThen(Expression.Not(body), Expression.Block(Expression.Assign(result, Expression.Constant(false)), Expression.Break(end))),
            nameof(SequenceLoops.Count) => Expression.IfThen(body, Expression.AddAssignChecked(result, Expression.Constant(1))),
            // Checked adds as SequenceLoops.Sum does; for a double, checked and unchecked are the same add.
            _ => Expression.AddAssignChecked(result, body),
        };
        return Expression.Block(
            resultType,
            [index, count, item, result],

            // Compiled blocks share IL locals of a type once their scope ends, and a loop inside a lambda's loop runs
            // again: every variable is set before it is read.
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Assign(result, method == nameof(SequenceLoops.All) ? Expression.Constant(true) : Expression.Default(resultType)),
            Expression.Assign(count, Expression.Property(list, nameof(List<int>.Count))),
            Expression.Loop(
                Expression.Block(
                    Expression.IfThen(Expression.GreaterThanOrEqual(index, count), Expression.Break(end)),
                    Expression.Assign(item, Expression.Property(list, "Item", index)),
                    Expression.Call(frame, StepMethod),
                    onItem,
                    Expression.PreIncrementAssign(index)),
                end),
            result);
    }

    /// <summary>The lambda's parameters replaced by the loop's variables.</summary>
    private sealed class Substitution(
        ParameterExpression frame, Expression frameValue, ParameterExpression env, Expression envValue, ParameterExpression item, Expression itemValue)
        : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return base.Visit(node);
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == frame ? frameValue : node == env ? envValue : node == item ? itemValue : node;
    }
}

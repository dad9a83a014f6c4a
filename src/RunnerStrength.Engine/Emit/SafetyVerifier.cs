using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Emit;

/// <summary>
/// Walks an emitted tree once more before it is compiled and proves it calls nothing off the allow-list:
/// no reflection, no constructors, no arbitrary methods, no writes except to its own temporaries
/// (the defence Dynamic LINQ lacked in CVE-2023-32571). A finding here is a bug in the binder, and loading fails.
/// A <see cref="DynamicExpressionVisitor"/>, so a dynamic node is seen as one rather than as an extension node.
/// </summary>
internal sealed class SafetyVerifier : DynamicExpressionVisitor
{
    private static readonly HashSet<MethodInfo> AllowedMethods =
    [
        typeof(string).GetMethod(nameof(string.IsNullOrEmpty), [typeof(string)])!,
        typeof(string).GetMethod(nameof(string.Contains), [typeof(string), typeof(StringComparison)])!,
        typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!,
        typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string), typeof(StringComparison)])!,
        typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!,
        typeof(string).GetMethod(nameof(string.ToUpperInvariant), Type.EmptyTypes)!,
        typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!,
        typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!,
        typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ReadGlobal))!,
        typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.Step))!,
        typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ReserveText))!,
        typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ReserveItems))!,
        typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Concat))!,
        typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.CharAt))!,
        typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.ContainsText))!,
        typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Finite))!,
        typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.DivideDecimal))!,
    ];

    private static readonly MethodInfo ConcatMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Concat))!;

    // Enumerable methods that compare items (first list) or the keys a selector picks (second list), so call Equals and
    // GetHashCode on them. Only Distinct and Contains are on the allow-list; the rest are named so widening the list
    // cannot let one through over records.
    private static readonly string[] ItemComparingMethods = ["Contains", "Distinct", "Except", "Intersect", "Union", "SequenceEqual", "ToHashSet"];

    private static readonly string[] KeyComparingMethods = ["DistinctBy", "ExceptBy", "IntersectBy", "UnionBy", "GroupBy", "ToDictionary", "ToLookup", "CountBy"];

    private static readonly string[] MathMethods = ["Min", "Max", "Abs", "Round", "Floor", "Ceiling"];

    private static readonly Type[] ConversionTypes = [typeof(int), typeof(long), typeof(double), typeof(decimal)];

    private static readonly Type[] OperatorTypes =
        [typeof(string), typeof(decimal), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(TimeOnly)];

    private static readonly ExpressionType[] CompoundAssignments =
    [
        ExpressionType.AddAssign, ExpressionType.AddAssignChecked, ExpressionType.SubtractAssign, ExpressionType.SubtractAssignChecked,
        ExpressionType.MultiplyAssign, ExpressionType.MultiplyAssignChecked, ExpressionType.DivideAssign, ExpressionType.ModuloAssign,
        ExpressionType.PowerAssign, ExpressionType.AndAssign, ExpressionType.OrAssign, ExpressionType.ExclusiveOrAssign,
        ExpressionType.LeftShiftAssign, ExpressionType.RightShiftAssign,
    ];

    private static readonly string[] LoopMethods =
        [nameof(SequenceLoops.Any), nameof(SequenceLoops.All), nameof(SequenceLoops.Count), nameof(SequenceLoops.Sum), nameof(SequenceLoops.Bind), nameof(SequenceLoops.Touch)];

    private readonly FunctionRegistry _functions;
    private readonly IReadOnlySet<object> _lambdas;
    private readonly HashSet<ParameterExpression> _declared = [];
    private readonly List<string> _violations = [];

    private SafetyVerifier(FunctionRegistry functions, IReadOnlySet<object> lambdas)
    {
        _functions = functions;
        _lambdas = lambdas;
    }

    /// <summary>
    /// What the tree reaches that it must not; empty when it is safe. <paramref name="lambdas"/> are the lambda
    /// arguments already proved safe and compiled for this tree (<see cref="TieredDelegate{TDelegate}"/>s): the only
    /// compiled code besides host functions it may hold.
    /// </summary>
    public static IReadOnlyList<string> Verify(LambdaExpression lambda, FunctionRegistry functions, IReadOnlySet<object>? lambdas = null)
    {
        var verifier = new SafetyVerifier(functions, lambdas ?? new HashSet<object>());
        verifier.Visit(lambda);
        return verifier._violations;
    }

    /// <inheritdoc />
    public override Expression? Visit(Expression? node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return base.Visit(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!IsAllowed(node.Method))
        {
            _violations.Add($"the method {node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        // Concat formats what it is given itself; a host object would reach its own ToString.
        if (node.Method == ConcatMethod)
        {
            // The frame first, then the two values joined.
            foreach (var argument in node.Arguments.Skip(1))
            {
                var type = argument is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand.Type : argument.Type;
                if (!TypeFacts.CanBeShownAsText(type))
                {
                    _violations.Add($"the ToString of {type.Name}");
                }
            }
        }

        if (ComparedType(node.Method) is { } compared && !TypeFacts.CanBeCompared(compared))
        {
            _violations.Add($"the Equals of {compared.Name}");
        }

        return base.VisitMethodCall(node);
    }

    /// <summary>The type whose values <paramref name="method"/> compares with each other (and so hashes or calls Equals on), if any.</summary>
    private static Type? ComparedType(MethodInfo method)
    {
        var declaring = method.DeclaringType;
        if (declaring == typeof(Enumerable) && method.IsGenericMethod)
        {
            var compared = ItemComparingMethods.Contains(method.Name) ? 0 : KeyComparingMethods.Contains(method.Name) ? 1 : -1;
            var typeArguments = method.GetGenericArguments();
            if (compared >= 0 && compared < typeArguments.Length)
            {
                return typeArguments[compared];
            }
        }

        if (declaring == typeof(RuntimeSupport) && method.IsGenericMethod && method.Name == nameof(RuntimeSupport.Lookup))
        {
            return method.GetGenericArguments()[0];
        }

        return declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && method.Name == "get_Item"
            ? declaring.GetGenericArguments()[0]
            : null;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var member = node.Member;
        var allowed = member.DeclaringType == typeof(EvaluationFrame)
            ? member.Name == nameof(EvaluationFrame.Inputs)
            : (member.DeclaringType is { IsGenericType: true } declaring && declaring.GetGenericTypeDefinition() == typeof(Nullable<>) && member.Name is "HasValue" or "Value")
                || MemberPolicy.IsReadable(member);
        if (!allowed || node.Expression is null)
        {
            _violations.Add($"the member {member.DeclaringType?.Name}.{member.Name}");
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        var value = node.Value;
        var allowed = value switch
        {
            null => true,
            string or bool or decimal or DateOnly or DateTime or TraceSite or Diagnostic => true,
            Delegate d => _functions.Owns(d),
            _ when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(TieredDelegate<>) => _lambdas.Contains(value),
            nint or nuint => false,
            _ => value.GetType().IsPrimitive || value.GetType().IsEnum,
        };
        if (!allowed)
        {
            _violations.Add($"a constant of type {value!.GetType().Name}");
        }

        return base.VisitConstant(node);
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        if (node.Expression is not ConstantExpression { Value: Delegate d } || !_functions.Owns(d))
        {
            _violations.Add("a delegate that is not a registered function");
        }

        return base.VisitInvocation(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is not (ExpressionType.Convert or ExpressionType.Not or ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.UnaryPlus or ExpressionType.ArrayLength))
        {
            _violations.Add($"the operation {node.NodeType}");
        }

        if (node.Method is not null && !IsAllowed(node.Method))
        {
            _violations.Add($"the conversion {node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        // Emitted code assigns only its own temporaries, and only with '='; x += 1 on a readable field would write it.
        if (CompoundAssignments.Contains(node.NodeType))
        {
            _violations.Add($"the operation {node.NodeType}");
        }

        if (node.NodeType == ExpressionType.Assign && (node.Left is not ParameterExpression target || !_declared.Contains(target)))
        {
            _violations.Add("an assignment");
        }

        if (node.Method is not null && !IsAllowed(node.Method))
        {
            _violations.Add($"the operator {node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        foreach (var variable in node.Variables)
        {
            _declared.Add(variable);
        }

        return base.VisitBlock(node);
    }

    protected override Expression VisitNew(NewExpression node) => Refuse(node, "a constructor");

    // The arrays emitted code builds, always with their items written out (never a size, which could be anything): the
    // env of outer values handed to a lambda argument, and array literals of plain values (new [] { 1, 2 }), which
    // hold nothing a rule could not already read. Their items are checked too.
    protected override Expression VisitNewArray(NewArrayExpression node) =>
        node.NodeType == ExpressionType.NewArrayInit && (node.Type == typeof(object[]) || TypeFacts.CanBeCompared(node.Type.GetElementType()!))
            ? base.VisitNewArray(node)
            : Refuse(node, "an array creation");

    protected override Expression VisitMemberInit(MemberInitExpression node) => Refuse(node, "an object initializer");

    protected override Expression VisitListInit(ListInitExpression node) => Refuse(node, "a collection initializer");

    protected override Expression VisitTypeBinary(TypeBinaryExpression node) => Refuse(node, "a type test");

    protected override Expression VisitDynamic(DynamicExpression node) => Refuse(node, "a dynamic operation");

    protected override Expression VisitExtension(Expression node) => Refuse(node, "an extension node");

    protected override Expression VisitIndex(IndexExpression node) => Refuse(node, "an indexer node");

    protected override Expression VisitLoop(LoopExpression node) => Refuse(node, "a loop");

    protected override Expression VisitGoto(GotoExpression node) => Refuse(node, "a jump");

    protected override Expression VisitSwitch(SwitchExpression node) => Refuse(node, "a switch");

    protected override Expression VisitTry(TryExpression node) => Refuse(node, "a try block");

    protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) => Refuse(node, "runtime variables");

    protected override Expression VisitDebugInfo(DebugInfoExpression node) => Refuse(node, "debug info");

    protected override ElementInit VisitElementInit(ElementInit node)
    {
        _violations.Add("an element initializer");
        return node;
    }

    private Expression Refuse(Expression node, string what)
    {
        _violations.Add(what);
        return node;
    }

    private static bool IsAllowed(MethodInfo method)
    {
        if (AllowedMethods.Contains(method) || SequenceMethods.IsAllowed(method))
        {
            return true;
        }

        var declaring = method.DeclaringType;
        if (declaring is null)
        {
            return false;
        }

        if (declaring == typeof(Math))
        {
            return MathMethods.Contains(method.Name);
        }

        if (declaring == typeof(RuntimeSupport) && method.IsGenericMethod
            && method.GetGenericMethodDefinition().Name is nameof(RuntimeSupport.Record) or nameof(RuntimeSupport.Materialize) or nameof(RuntimeSupport.Lookup) or nameof(RuntimeSupport.NullValue)
                or nameof(RuntimeSupport.Divide) or nameof(RuntimeSupport.NotNullArgument))
        {
            return true;
        }

        // Checked arithmetic: RuntimeSupport declares these only for int and long.
        if (declaring == typeof(RuntimeSupport) && !method.IsGenericMethod
            && method.Name is nameof(RuntimeSupport.Add) or nameof(RuntimeSupport.Subtract) or nameof(RuntimeSupport.Multiply) or nameof(RuntimeSupport.Negate))
        {
            return true;
        }

        // The conversions reach their types' own static number code, so only the language's four numbers may be used.
        if (declaring == typeof(RuntimeSupport) && method.IsGenericMethod
            && method.Name is nameof(RuntimeSupport.ConvertNumber) or nameof(RuntimeSupport.ParseNumber))
        {
            return method.GetGenericArguments().All(t => ConversionTypes.Contains(t));
        }

        if (declaring == typeof(ShapedReads) && method.IsGenericMethod && method.GetGenericMethodDefinition() == ShapedReads.ReadMethod)
        {
            return true;
        }

        if (declaring == typeof(SequenceLoops) && method.IsGenericMethod && LoopMethods.Contains(method.Name))
        {
            return true;
        }

        if (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(EnumText<>))
        {
            return method.Name == "Get";
        }

        if (declaring.IsGenericType && method.Name == "get_Item")
        {
            var definition = declaring.GetGenericTypeDefinition();
            return definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>);
        }

        return method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal) && OperatorTypes.Contains(declaring);
    }

    /// <summary>Lambda parameters are declared names, like block variables.</summary>
    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        foreach (var parameter in node.Parameters)
        {
            _declared.Add(parameter);
        }

        return base.VisitLambda(node);
    }

}

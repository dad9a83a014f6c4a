using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Emit;

/// <summary>Turns bound trees into System.Linq.Expressions lambdas over an <see cref="EvaluationFrame"/>.</summary>
internal sealed class Emitter
{
    private static readonly FieldInfo InputsField = typeof(EvaluationFrame).GetField(nameof(EvaluationFrame.Inputs))!;
    private static readonly MethodInfo ReadGlobalMethod = typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ReadGlobal))!;
    private static readonly MethodInfo StepMethod = typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.Step))!;
    private static readonly MethodInfo NullValueMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.NullValue))!;
    private static readonly MethodInfo ConcatMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Concat))!;
    private static readonly MethodInfo ContainsTextMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.ContainsText))!;
    private static readonly MethodInfo CharAtMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.CharAt))!;
    private static readonly MethodInfo LookupMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Lookup))!;
    private static readonly MethodInfo RecordMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Record))!;
    private static readonly MethodInfo MaterializeMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Materialize))!;
    private static readonly MethodInfo FiniteMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Finite))!;
    private static readonly MethodInfo DivideDecimalMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.DivideDecimal))!;
    private static readonly MethodInfo CompareOrdinalMethod = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;

    private static readonly MethodInfo BindMethod = typeof(SequenceLoops).GetMethod(nameof(SequenceLoops.Bind))!;
    private static readonly MethodInfo TouchMethod = typeof(SequenceLoops).GetMethod(nameof(SequenceLoops.Touch))!;
    private static readonly MethodInfo ReserveTextMethod = typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ReserveText))!;
    private static readonly MethodInfo ReserveItemsMethod = typeof(EvaluationFrame).GetMethod(nameof(EvaluationFrame.ReserveItems))!;
    private static readonly MethodInfo ConvertNumberMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.ConvertNumber))!;
    private static readonly MethodInfo ParseNumberMethod = typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.ParseNumber))!;

    private readonly ParameterExpression _frame = Expression.Parameter(typeof(EvaluationFrame), "frame");

    static Emitter()
    {
        // Under Native AOT the generic helpers below exist over a value type only where the program names it.
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            NativeInstantiations.IncludeEngineTypes();
        }
    }
    private readonly Dictionary<VariableSymbol, ParameterExpression> _variables = [];

    // Bound nodes already computed into a variable (by reference: bound nodes are records, equal by value).
    private readonly Dictionary<BoundExpression, ParameterExpression> _computed = new(ReferenceEqualityComparer.Instance);
    private readonly bool _trace;
    private readonly LambdaSet _lambdas;

    // For a lambda argument's body: the emitter of the code around it, the env parameter, and the outer variables it
    // reads, in the order of their slots in env.
    private readonly Emitter? _outer;
    private readonly ParameterExpression? _env;
    private readonly List<VariableSymbol> _captured = [];
    private ExpressionText _text = ExpressionText.FromString(string.Empty);

    private Emitter(bool trace, LambdaSet lambdas, Emitter? outer)
    {
        _trace = trace;
        _lambdas = lambdas;
        _outer = outer;
        _env = outer is null ? null : Expression.Parameter(typeof(object[]), "env");
    }

    /// <summary>
    /// Builds <c>frame =&gt; { locals...; return body; }</c>. Locals are computed in order, each seeing the ones before it.
    /// Each lambda argument in it is proved safe and compiled on its own first (see <see cref="SequenceLoops"/>); the
    /// result lists those compiled lambdas, the only ones the safety walk of the returned tree accepts, and their findings.
    /// </summary>
    public static EmittedCode<TResult> Lambda<TResult>(
        IReadOnlyList<BoundLocal> locals, BoundExpression body, ExpressionText bodyText, FunctionRegistry functions, bool trace)
    {
        var lambdas = new LambdaSet(functions);
        var emitter = new Emitter(trace, lambdas, outer: null);
        var variables = new List<ParameterExpression>();
        var statements = new List<Expression>();
        foreach (var local in locals)
        {
            emitter._text = local.Text;
            var variable = Expression.Variable(local.Symbol.Type, local.Symbol.Name);
            statements.Add(Expression.Assign(variable, emitter.Materialize(emitter.Emit(local.Value))));
            emitter._variables[local.Symbol] = variable;
            variables.Add(variable);
        }

        emitter._text = bodyText;
        var result = emitter.Materialize(emitter.Emit(body));
        statements.Add(result.Type == typeof(TResult) ? result : Expression.Convert(result, typeof(TResult)));
        Expression block = statements.Count == 1 ? statements[0] : Expression.Block(typeof(TResult), variables, statements);
        var lambda = Expression.Lambda<Func<EvaluationFrame, TResult>>(block, "rule", [emitter._frame]);
        return new EmittedCode<TResult>(lambda, lambdas.Compiled, lambdas.Violations);
    }

    /// <summary>
    /// A lazy sequence (Where, Select, OrderBy...) that leaves compiled code would run its lambdas later, outside the
    /// rule's error handling and step budget, and again on every read; it is turned into an array where it is computed.
    /// </summary>
    private Expression Materialize(Expression value)
    {
        var type = value.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IEnumerable<>))
        {
            return value;
        }

        var element = type.GetGenericArguments()[0];
        return Expression.Convert(Expression.Call(MaterializeMethod.MakeGenericMethod(element), value, _frame), type);
    }

    private Expression Emit(BoundExpression node)
    {
        // The binder probes the stack as it recurses; this stage nests deeper per node, so it probes too.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_computed.TryGetValue(node, out var computed))
        {
            return computed;
        }

        var expression = node switch
        {
            BoundLiteral literal => Expression.Constant(literal.Value, literal.Type),
            BoundInput input => Expression.Convert(Expression.ArrayIndex(Expression.Field(_frame, InputsField), Expression.Constant(input.Index)), input.Type),
            BoundGlobalParam global => Expression.Convert(Expression.Call(_frame, ReadGlobalMethod, Expression.Constant(global.Index)), global.Type),
            BoundVariable variable => Resolve(variable.Symbol),
            BoundMember member => EmitMember(member),
            BoundIndex index => EmitIndex(index),
            BoundUnary unary => EmitUnary(unary),
            BoundBinary binary => EmitBinary(binary),
            BoundConversion conversion => Expression.Convert(Emit(conversion.Operand), conversion.Type),
            BoundEnumText text => EmitEnumText(text),
            BoundConditional conditional => Expression.Condition(Emit(conditional.Condition), Emit(conditional.WhenTrue), Emit(conditional.WhenFalse), conditional.Type),
            BoundCoalesce coalesce => Expression.Coalesce(Emit(coalesce.Left), Emit(coalesce.Right)),
            BoundIn @in => @in.IsNegated ? Expression.Not(EmitIn(@in)) : EmitIn(@in),
            BoundCall call => EmitCall(call),
            BoundFunctionCall function => Expression.Invoke(Expression.Constant(function.Function.Implementation), function.Arguments.Select(Emit)),
            BoundNumberConversion conversion => EmitNumberConversion(conversion),
            BoundNullPropagation propagation => EmitNullPropagation(propagation, 0),
            BoundArray array => EmitArray(array),
            BoundLambda => throw new InvalidOperationException("a lambda is emitted only as the argument of a sequence method"),
            _ => throw new InvalidOperationException($"cannot emit {node.GetType().Name}"),
        };

        return _trace && node is not (BoundLiteral or BoundLambda or BoundConversion) ? Record(node, expression) : expression;
    }

    private Expression Record(BoundExpression node, Expression expression)
    {
        if (!IsWorthTracing(node.Type))
        {
            // A whole record (an input, a nested record) says nothing a reader can use; its members are traced where they are read.
            return expression;
        }

        var site = new TraceSite(SourceOf(node.Syntax), _text.GetLocation(node.Syntax.Span));
        return Expression.Call(RecordMethod.MakeGenericMethod(expression.Type), _frame, Expression.Constant(site), expression);
    }

    // Plain values and lists of them. A lazy sequence (Where, Select...) is not a value yet: recording it would run its
    // lambdas later, outside the rule, whenever the trace is read; what it feeds (Count, Any, First) is recorded instead.
    private static bool IsWorthTracing(Type type)
    {
        var underlying = TypeFacts.Underlying(type);
        var isLazy = underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IEnumerable<>);
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateOnly) || (TypeFacts.ElementType(underlying) is { } element && !isLazy && IsWorthTracing(element));
    }

    private Expression EmitMember(BoundMember node)
    {
        var target = Emit(node.Target);
        if (TypeFacts.IsNullable(node.Target.Type) && node.Member.DeclaringType == node.Target.Type)
        {
            // x.HasValue never throws; x.Value on null gets the same message as any other null read.
            return node.Member.Name == "HasValue"
                ? Expression.Property(target, "HasValue")
                : GuardNotNull(target, node.Target, node, value => Expression.Property(value, "Value"));
        }

        return GuardNotNull(target, node.Target, node, value => Expression.MakeMemberAccess(value, node.Member));
    }

    private Expression EmitIndex(BoundIndex node)
    {
        var target = Emit(node.Target);
        var index = Emit(node.Index);
        return GuardNotNull(target, node.Target, node, value =>
            node.Target.Type == typeof(string) ? Expression.Call(CharAtMethod, value, index)
            : node.Target.Type.IsSZArray ? Expression.ArrayIndex(value, index)
            : IsDictionary(node.Getter!.DeclaringType!)
                ? Expression.Call(LookupMethod.MakeGenericMethod(node.Getter.DeclaringType!.GetGenericArguments()), Expression.Convert(value, node.Getter.DeclaringType!), index)
                : Expression.Call(Expression.Convert(value, node.Getter.DeclaringType!), node.Getter, index));
    }

    private static bool IsDictionary(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>);

    /// <summary>Reads through <paramref name="target"/> only when it is not null; otherwise fails the rule with a message naming both.</summary>
    private Expression GuardNotNull(Expression target, BoundExpression targetNode, BoundExpression reading, Func<Expression, Expression> read)
    {
        if (!TypeFacts.CanBeNull(targetNode.Type))
        {
            return read(target);
        }

        var temp = target as ParameterExpression ?? Expression.Variable(target.Type, "value");
        var isNullable = TypeFacts.IsNullable(targetNode.Type);
        var readsNullableItself = reading is BoundMember { Member: var member } && member.DeclaringType == targetNode.Type;
        Expression value = isNullable && !readsNullableItself ? Expression.Property(temp, "Value") : temp;
        var body = read(value);
        Expression isNull = isNullable ? Expression.Not(Expression.Property(temp, "HasValue")) : Expression.ReferenceEqual(temp, Expression.Constant(null, temp.Type));
        var fail = Expression.Call(NullValueMethod.MakeGenericMethod(body.Type), Expression.Constant(SourceOf(targetNode.Syntax)), Expression.Constant(SourceOf(reading.Syntax)));
        var guarded = Expression.Condition(isNull, fail, body, body.Type);
        return ReferenceEquals(temp, target) ? guarded : Expression.Block(body.Type, [temp], Expression.Assign(temp, target), guarded);
    }

    private Expression EmitUnary(BoundUnary node)
    {
        var operand = Emit(node.Operand);
        return node.Operator switch
        {
            UnaryOperator.Not => Expression.Not(operand),
            UnaryOperator.Negate when IsCheckedInteger(operand.Type) =>
                Expression.Call(Checked(nameof(RuntimeSupport.Negate), operand.Type, 1), operand, Overflow(node)),
            UnaryOperator.Negate => Expression.NegateChecked(operand),
            _ => operand,
        };
    }

    private Expression EmitBinary(BoundBinary node)
    {
        var left = Emit(node.Left);
        var right = Emit(node.Right);
        switch (node.Kind)
        {
            case BinaryKind.Concatenation:
                return Expression.Call(ConcatMethod, _frame, Expression.Convert(left, typeof(object)), Expression.Convert(right, typeof(object)));
            case BinaryKind.StringOrdering:
                var compare = Expression.Call(CompareOrdinalMethod, left, right);
                return Compare(node.Operator, compare, Expression.Constant(0));
            case BinaryKind.NullCheck:
                return node.Operator == BinaryOperator.Equal ? Expression.ReferenceEqual(left, right) : Expression.ReferenceNotEqual(left, right);
        }

        if (node.Operator is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo)
        {
            return EmitArithmetic(node, left, right);
        }

        return node.Operator switch
        {
            BinaryOperator.And => Expression.AndAlso(left, right),
            BinaryOperator.Or => Expression.OrElse(left, right),
            _ => Compare(node.Operator, left, right),
        };
    }

    /// <summary>
    /// <c>+ - * / %</c>. Every failure is the rule's, with an RS code and the place: int and long are checked
    /// (through <see cref="RuntimeSupport"/>, which knows the place), a double that comes out infinite or NaN
    /// fails, and a zero divisor is named. Nullable operands use the lifted checked operators.
    /// </summary>
    private Expression EmitArithmetic(BoundBinary node, Expression left, Expression right)
    {
        var type = left.Type;
        var isDivision = node.Operator is BinaryOperator.Divide or BinaryOperator.Modulo;
        var remainder = Expression.Constant(node.Operator == BinaryOperator.Modulo);
        if (IsCheckedInteger(type))
        {
            return isDivision
                ? Expression.Call(Support(nameof(RuntimeSupport.Divide), type), left, right, remainder, Failure(node, DiagnosticCatalog.DivisionByZero), Overflow(node))
                : Expression.Call(Checked(node.Operator.ToString(), type, 2), left, right, Overflow(node));
        }

        if (type == typeof(decimal) && isDivision)
        {
            return Expression.Call(DivideDecimalMethod, left, right, remainder, Failure(node, DiagnosticCatalog.DivisionByZero), Overflow(node));
        }

        Expression result = node.Operator switch
        {
            BinaryOperator.Add => Expression.AddChecked(left, right),
            BinaryOperator.Subtract => Expression.SubtractChecked(left, right),
            BinaryOperator.Multiply => Expression.MultiplyChecked(left, right),
            BinaryOperator.Divide => Expression.Divide(left, right),
            _ => Expression.Modulo(left, right),
        };
        return type == typeof(double) ? Expression.Call(FiniteMethod, result, Failure(node, DiagnosticCatalog.NotFiniteNumber)) : result;
    }

    private static bool IsCheckedInteger(Type type) => type == typeof(int) || type == typeof(long);

    private static MethodInfo Support(string name, Type type) => typeof(RuntimeSupport).GetMethod(name)!.MakeGenericMethod(type);

    // RuntimeSupport's checked operation of int or long, taking <paramref name="operands"/> of the type and the failure.
    private static MethodInfo Checked(string name, Type type, int operands) =>
        typeof(RuntimeSupport).GetMethod(name, [.. Enumerable.Repeat(type, operands), typeof(Diagnostic)])!;

    private ConstantExpression Overflow(BoundExpression node) =>
        Failure(node, DiagnosticCatalog.IntegerOverflow, TypeFacts.Underlying(node.Type) == typeof(long) ? "64-bit integer" : node.Type == typeof(decimal) ? "decimal" : "32-bit integer");

    /// <summary>The diagnostic a failure of <paramref name="node"/> reports: the node's own text first, at its place.</summary>
    private ConstantExpression Failure(BoundExpression node, DiagnosticDescriptor descriptor, params object?[] more) =>
        Expression.Constant(new Diagnostic(descriptor, _text.GetLocation(node.Syntax.Span), [SourceOf(node.Syntax), .. more]));

    private static BinaryExpression Compare(BinaryOperator op, Expression left, Expression right) => op switch
    {
        BinaryOperator.Equal => Expression.Equal(left, right, liftToNull: false, method: null),
        BinaryOperator.NotEqual => Expression.NotEqual(left, right, liftToNull: false, method: null),
        BinaryOperator.Less => Expression.LessThan(left, right, liftToNull: false, method: null),
        BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left, right, liftToNull: false, method: null),
        BinaryOperator.Greater => Expression.GreaterThan(left, right, liftToNull: false, method: null),
        BinaryOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right, liftToNull: false, method: null),
        _ => throw new InvalidOperationException($"{op} is not a comparison"),
    };

    private Expression EmitEnumText(BoundEnumText node)
    {
        var value = Emit(node.Operand);
        var enumType = TypeFacts.Underlying(node.Operand.Type);
        var get = typeof(EnumText<>).MakeGenericType(enumType).GetMethod("Get")!;
        if (!TypeFacts.IsNullable(node.Operand.Type))
        {
            return Expression.Call(get, value);
        }

        var temp = Expression.Variable(value.Type, "value");
        return Expression.Block(
            typeof(string),
            [temp],
            Expression.Assign(temp, value),
            Expression.Condition(Expression.Property(temp, "HasValue"), Expression.Call(get, Expression.Property(temp, "Value")), Expression.Constant(null, typeof(string))));
    }

    /// <summary>
    /// int(x) and the like: a number converted with its overflow checked, text read as a number; either failure fails
    /// the rule with a message, and null fails it as a null read does.
    /// </summary>
    private Expression EmitNumberConversion(BoundNumberConversion node)
    {
        var operand = Emit(node.Operand);
        if (node.Operand.Type == typeof(string))
        {
            var notANumber = Expression.Constant(new Diagnostic(DiagnosticCatalog.TextNotANumber, _text.GetLocation(node.Syntax.Span), SourceOf(node.Operand.Syntax)));
            return Expression.Call(ParseNumberMethod.MakeGenericMethod(node.Type), operand, notANumber);
        }

        var overflow = Failure(node, DiagnosticCatalog.IntegerOverflow, Binding.Binder.OverflowWords(node.Type));
        return GuardNotNull(operand, node.Operand, node, value =>
            value.Type == node.Type ? value : Expression.Call(ConvertNumberMethod.MakeGenericMethod(value.Type, node.Type), value, overflow));
    }

    /// <summary>
    /// np(a.b.c): each link that may be null is computed once into a variable and tested; the first null gives the
    /// default. Nothing is caught: a budget or any other failure inside still fails the rule.
    /// </summary>
    private Expression EmitNullPropagation(BoundNullPropagation node, int guard)
    {
        if (guard == node.Guards.Length)
        {
            return Emit(node.Value);
        }

        var link = node.Guards[guard];
        var variable = Expression.Variable(link.Type, "link");
        var assign = Expression.Assign(variable, Emit(link));
        _computed[link] = variable;
        Expression rest;
        try
        {
            rest = EmitNullPropagation(node, guard + 1);
        }
        finally
        {
            _computed.Remove(link);
        }

        Expression isNull = TypeFacts.IsNullable(link.Type)
            ? Expression.Not(Expression.Property(variable, "HasValue"))
            : Expression.ReferenceEqual(variable, Expression.Constant(null, link.Type));
        return Expression.Block(node.Type, [variable], assign, Expression.Condition(isNull, Emit(node.Default), rest, node.Type));
    }

    /// <summary>new [] { ... }: its items are counted against the step and memory budgets before the array is built.</summary>
    private Expression EmitArray(BoundArray node)
    {
        var reserve = Expression.Call(_frame, ReserveItemsMethod, Expression.Constant(node.Items.Length));
        return Expression.Block(node.Type, reserve, Expression.NewArrayInit(node.ElementType, node.Items.Select(Emit)));
    }

    private Expression EmitIn(BoundIn node)
    {
        if (node.Collection is not null)
        {
            var collection = Emit(node.Collection);
            var value = Emit(node.Value);
            return GuardNotNull(collection, node.Collection, node, list => EmitContains(node.ContainsMethod!, list, value));
        }

        // The value is computed once and each comparison reads it: `list.Count(...) in (1, 2, 3)` counts once.
        var once = Expression.Variable(node.Value.Type, "value");
        var assign = Expression.Assign(once, Emit(node.Value));
        _computed[node.Value] = once;
        Expression? result = null;
        try
        {
            foreach (var comparison in node.Items)
            {
                var emitted = Emit(comparison);
                result = result is null ? emitted : Expression.OrElse(result, emitted);
            }
        }
        finally
        {
            _computed.Remove(node.Value);
        }

        return Expression.Block(typeof(bool), [once], assign, result ?? Expression.Constant(false));
    }

    private Expression EmitCall(BoundCall node)
    {
        if (node.Method.DeclaringType == typeof(Enumerable) && node.Target is not null && node.Arguments is [BoundLambda lambda])
        {
            return EmitLambdaCall(node, node.Target, lambda);
        }

        var arguments = node.Arguments.Select(Emit).ToList();
        if (node.Method.DeclaringType == typeof(string) && !node.Method.IsStatic)
        {
            // Contains, StartsWith, EndsWith throw ArgumentNullException for null text; the rule fails with RS3126 instead.
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Type == typeof(string) && node.Arguments[i] is not BoundLiteral { Value: not null })
                {
                    var failure = Expression.Constant(new Diagnostic(
                        DiagnosticCatalog.NullArgument, _text.GetLocation(node.Arguments[i].Syntax.Span), SourceOf(node.Arguments[i].Syntax), SourceOf(node.Syntax)));
                    arguments[i] = Expression.Call(Support(nameof(RuntimeSupport.NotNullArgument), typeof(string)), arguments[i], failure);
                }
            }
        }

        if (node.Target is null)
        {
            return Expression.Call(node.Method, arguments);
        }

        var target = Emit(node.Target);
        return GuardNotNull(target, node.Target, node, value =>
        {
            Expression call = node.Method.DeclaringType == typeof(Enumerable) && node.Method.Name == nameof(Enumerable.Contains) && arguments.Count == 1
                ? EmitContains(node.Method, value, arguments[0])
                : node.Method.DeclaringType == typeof(Enumerable) ? Expression.Call(node.Method, [Touch(value, ReachOf(node.Method)), .. arguments])
                : node.Method.IsStatic ? Expression.Call(node.Method, [value, .. arguments])
                : Expression.Call(value, node.Method, arguments);
            if (node.Method.DeclaringType == typeof(string) && node.Type == typeof(string))
            {
                // ToLower, ToUpper and Trim build new text as long as the old at most: counted before it is built.
                call = Expression.Block(Expression.Call(_frame, ReserveTextMethod, Expression.Convert(Expression.Property(value, nameof(string.Length)), typeof(long))), call);
            }

            return call.Type == node.Type ? call : Expression.Convert(call, node.Type);
        });
    }

    /// <summary>Enumerable.Contains over a counted source; over text, <see cref="RuntimeSupport.ContainsText"/>, which answers the same faster.</summary>
    private Expression EmitContains(MethodInfo contains, Expression source, Expression value) =>
        contains.GetGenericArguments()[0] == typeof(string)
            ? Expression.Call(ContainsTextMethod, Expression.Convert(source, typeof(IEnumerable<string>)), _frame, value)
            : Expression.Call(contains, Touch(source, SequenceReach.All), value);

    /// <summary>The source of a list method, counted against the step and memory budgets (see <see cref="SequenceLoops.Touch"/>).</summary>
    private Expression Touch(Expression source, SequenceReach reach)
    {
        var element = TypeFacts.ElementType(source.Type)!;
        var sequence = typeof(IEnumerable<>).MakeGenericType(element);
        var call = Expression.Call(TouchMethod.MakeGenericMethod(element), Expression.Convert(source, sequence), _frame, Expression.Constant(reach));
        return source.Type == sequence ? call : Expression.Convert(call, source.Type);
    }

    // How much of its source a list method reads. Take and Skip read nothing themselves: what consumes them does.
    private static SequenceReach ReachOf(MethodInfo method) => method.Name switch
    {
        nameof(Enumerable.Any) or nameof(Enumerable.Count) or nameof(Enumerable.First) or nameof(Enumerable.FirstOrDefault)
            or nameof(Enumerable.Last) or nameof(Enumerable.LastOrDefault) or nameof(Enumerable.Take) or nameof(Enumerable.Skip) => SequenceReach.Few,
        nameof(Enumerable.Distinct) or nameof(Enumerable.OrderBy) or nameof(Enumerable.OrderByDescending) => SequenceReach.Buffered,
        _ => SequenceReach.All,
    };

    /// <summary>
    /// <c>source.Any(x =&gt; ...)</c> and the like: the lambda is compiled once, here (a <see cref="TieredDelegate{TDelegate}"/>
    /// constant), and called through a loop of <see cref="SequenceLoops"/> with the frame and the outer values it reads.
    /// A nested lambda closing over the frame would be rebuilt, delegate and closure, on every evaluation.
    /// </summary>
    private Expression EmitLambdaCall(BoundCall node, BoundExpression sourceNode, BoundLambda lambda)
    {
        var source = Emit(sourceNode);
        var types = lambda.Type.GetGenericArguments();
        var (body, env) = EmitLambdaBody(lambda, types[0], types[1]);
        return GuardNotNull(source, sourceNode, node, value =>
        {
            if (ReachOf(node.Method) == SequenceReach.Buffered)
            {
                // OrderBy holds every item and its key at once: counted as held items besides the key lambda's steps.
                value = Touch(value, SequenceReach.Buffered);
            }

            Expression call = LoopFor(node.Method, types) is { } loop
                ? Expression.Call(loop, value, _frame, env, body)
                : Expression.Call(node.Method, value, Expression.Call(BindMethod.MakeGenericMethod(types), _frame, env, body));
            return call.Type == node.Type ? call : Expression.Convert(call, node.Type);
        });
    }

    // The loop of SequenceLoops that does what the Enumerable method does, or null to go through Enumerable with Bind.
    private static MethodInfo? LoopFor(MethodInfo method, Type[] types) => method.Name switch
    {
        nameof(Enumerable.Any) or nameof(Enumerable.All) or nameof(Enumerable.Count) when types[1] == typeof(bool) =>
            typeof(SequenceLoops).GetMethod(method.Name)!.MakeGenericMethod(types[0]),
        nameof(Enumerable.Sum) when types[1] == typeof(int) || types[1] == typeof(long) || types[1] == typeof(double) || types[1] == typeof(decimal) =>
            typeof(SequenceLoops).GetMethod(nameof(SequenceLoops.Sum))!.MakeGenericMethod(types),
        _ => null,
    };

    /// <summary>
    /// Emits the lambda's body as a lambda of its own over (frame, env, item), proves it safe and compiles it. Returns
    /// the compiled lambda as a constant and the env to call it with: the outer values it reads, boxed, or null.
    /// </summary>
    private (Expression Body, Expression Env) EmitLambdaBody(BoundLambda lambda, Type item, Type result)
    {
        var inner = new Emitter(trace: false, _lambdas, outer: this) { _text = _text };
        var parameter = Expression.Parameter(item, lambda.Parameter.Name);
        inner._variables[lambda.Parameter] = parameter;
        var body = inner.Emit(lambda.Body);
        var delegateType = typeof(LambdaBody<,>).MakeGenericType(item, result);
        var tieredType = typeof(TieredDelegate<>).MakeGenericType(delegateType);
        var tree = Expression.Lambda(delegateType, body.Type == result ? body : Expression.Convert(body, result), "lambda", [inner._frame, inner._env!, parameter]);
        var compiled = _lambdas.VerifyAndCompile(tree);
        Expression env = inner._captured.Count == 0
            ? Expression.Constant(null, typeof(object[]))
            : Expression.NewArrayInit(typeof(object), inner._captured.Select(symbol => Expression.Convert(Resolve(symbol), typeof(object))));
        return (Expression.Constant(compiled, tieredType), env);
    }

    /// <summary>A variable of this code, or, in a lambda's body, an outer one read from its slot in env.</summary>
    private Expression Resolve(VariableSymbol symbol)
    {
        if (_variables.TryGetValue(symbol, out var variable))
        {
            return variable;
        }

        if (_outer is null)
        {
            throw new InvalidOperationException($"the variable '{symbol.Name}' is not in scope");
        }

        var slot = _captured.IndexOf(symbol);
        if (slot < 0)
        {
            slot = _captured.Count;
            _captured.Add(symbol);
        }

        return Expression.Convert(Expression.ArrayIndex(_env!, Expression.Constant(slot)), symbol.Type);
    }

    private string SourceOf(ExpressionSyntax syntax)
    {
        var start = Math.Min(syntax.Span.Start, _text.Text.Length);
        return _text.Text.Substring(start, Math.Min(syntax.Span.Length, _text.Text.Length - start));
    }
}

/// <summary>An emitted tree, the lambda arguments compiled on its way, and what the safety walk found in them.</summary>
internal sealed record EmittedCode<TResult>(Expression<Func<EvaluationFrame, TResult>> Lambda, IReadOnlySet<object> Lambdas, IReadOnlyList<string> Violations);

/// <summary>
/// The lambda arguments of one emitted tree: each proved safe on its own, then compiled (as a
/// <see cref="TieredDelegate{TDelegate}"/>); nothing is compiled unproved.
/// </summary>
internal sealed class LambdaSet(FunctionRegistry functions)
{
    private static readonly MethodInfo CreateTieredMethod = typeof(LambdaSet).GetMethod(nameof(CreateTiered), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly HashSet<object> _compiled = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _violations = [];

    public IReadOnlySet<object> Compiled => _compiled;

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>The tiered delegate, or null (a placeholder in a tree that will be refused) when the walk found anything.</summary>
    public object? VerifyAndCompile(LambdaExpression tree)
    {
        var violations = SafetyVerifier.Verify(tree, functions, _compiled);
        if (violations.Count > 0)
        {
            _violations.AddRange(violations);
            return null;
        }

        var compiled = CreateTieredMethod.MakeGenericMethod(tree.Type).Invoke(null, [tree])!;
        _compiled.Add(compiled);
        return compiled;
    }

    private static TieredDelegate<TDelegate> CreateTiered<TDelegate>(LambdaExpression tree)
        where TDelegate : Delegate => new((Expression<TDelegate>)tree);
}

/// <summary>A local param ready to emit: its variable, its bound value, and the text it came from.</summary>
internal sealed record BoundLocal(VariableSymbol Symbol, BoundExpression Value, ExpressionText Text);

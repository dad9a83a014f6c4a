using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Tests.Evaluation;
using static RunnerStrength.Engine.Tests.Safety.HandBuiltTrees;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The safety walk over every kind of System.Linq.Expressions node, built by hand: the kinds emitted code never
/// holds are refused whatever they contain, and the kinds it does hold pass when what they contain passes.
/// </summary>
public sealed class SafetyVerifierNodeKindTests
{
    public static TheoryData<string, Expression> RefusedKinds
    {
        get
        {
            var label = Expression.Label(typeof(void), "out");
            var variable = Expression.Variable(typeof(int), "x");
            return new()
            {
                { "a constructor", Expression.New(typeof(object)) },
                { "a constructor", Expression.New(typeof(Guid)) },
                { "an array creation", Expression.NewArrayBounds(typeof(int), Expression.Constant(3)) },
                { "an array creation", Expression.NewArrayBounds(typeof(object), Expression.Constant(3)) },
                { "an array creation", Expression.NewArrayInit(typeof(Readiness), Expression.Constant(null, typeof(Readiness))) },
                { "an array creation", Expression.NewArrayInit(typeof(int[]), Expression.Constant(null, typeof(int[]))) },
                { "an array creation", Expression.NewArrayInit(typeof(Type), Expression.Constant(null, typeof(Type))) },
                { "an object initializer", Expression.MemberInit(Expression.New(typeof(Readiness)), Expression.Bind(typeof(Readiness).GetProperty(nameof(Readiness.Soreness))!, Expression.Constant(1, typeof(int?)))) },
                { "a collection initializer", Expression.ListInit(Expression.New(typeof(List<int>)), Expression.Constant(1)) },
                { "a type test", Expression.TypeIs(AthleteInput, typeof(string)) },
                { "a type test", Expression.TypeEqual(AthleteInput, typeof(Athlete)) },
                { "a dynamic operation", Expression.Dynamic(new UnusedBinder(), typeof(object), Expression.Constant(1)) },
                { "an extension node", new OpaqueNode() },
                { "an indexer node", Expression.ArrayAccess(Expression.Field(Frame, nameof(EvaluationFrame.Inputs)), Expression.Constant(0)) },
                { "an indexer node", Expression.Property(Expression.Default(typeof(IReadOnlyList<int>)), "Item", Expression.Constant(0)) },
                { "a loop", Expression.Loop(Expression.Empty(), Expression.Label(typeof(void), "end")) },
                { "a jump", Expression.Goto(label) },
                { "a jump", Expression.Return(label) },
                { "a jump", Expression.Break(label) },
                { "a jump", Expression.Continue(label) },
                { "a switch", Expression.Switch(Expression.Constant(1), Expression.Constant(0), Expression.SwitchCase(Expression.Constant(2), Expression.Constant(1))) },
                { "a try block", Expression.TryCatch(Expression.Constant(1), Expression.Catch(typeof(Exception), Expression.Constant(2))) },
                { "a try block", Expression.TryFinally(Expression.Constant(1), Expression.Empty()) },
                { "a try block", Expression.TryFault(Expression.Constant(1), Expression.Empty()) },
                { "runtime variables", Expression.Block([variable], Expression.RuntimeVariables(variable)) },
                { "debug info", Expression.DebugInfo(Expression.SymbolDocument("rules.json"), 1, 1, 1, 2) },
                { "debug info", Expression.ClearDebugInfo(Expression.SymbolDocument("rules.json")) },
            };
        }
    }

    [Theory]
    [MemberData(nameof(RefusedKinds))]
    public void A_kind_of_node_emitted_code_never_holds_is_refused_without_looking_inside(string violation, Expression node) =>
        Verify(node).ShouldBe([violation]);

    [Fact]
    public void A_refused_node_hides_nothing_because_it_is_refused_whole()
    {
        // The File.ReadAllText call inside is not reported: the try block around it is enough to refuse the tree.
        var read = Expression.Call(typeof(File).GetMethod(nameof(File.ReadAllText), [typeof(string)])!, Expression.Constant("/etc/passwd"));
        Verify(Expression.TryCatch(read, Expression.Catch(typeof(Exception), Expression.Constant("")))).ShouldBe(["a try block"]);
    }

    public static TheoryData<ExpressionType, Expression> RefusedUnaryOperations => new()
    {
        { ExpressionType.ConvertChecked, Expression.ConvertChecked(Expression.Constant(1L), typeof(int)) },
        { ExpressionType.Quote, Expression.Quote(Expression.Lambda<Func<int>>(Expression.Constant(1))) },
        { ExpressionType.TypeAs, Expression.TypeAs(AthleteInput, typeof(object)) },
        { ExpressionType.Increment, Expression.Increment(Expression.Constant(1)) },
        { ExpressionType.Decrement, Expression.Decrement(Expression.Constant(1)) },
        { ExpressionType.OnesComplement, Expression.OnesComplement(Expression.Constant(1)) },
        { ExpressionType.IsTrue, Expression.IsTrue(Expression.Constant(true)) },
        { ExpressionType.IsFalse, Expression.IsFalse(Expression.Constant(true)) },
        { ExpressionType.Throw, Expression.Throw(Expression.Constant(null, typeof(Exception)), typeof(int)) },
        { ExpressionType.Unbox, Expression.Unbox(Expression.Constant(1, typeof(object)), typeof(int)) },
        { ExpressionType.PreIncrementAssign, Expression.PreIncrementAssign(Expression.Variable(typeof(int), "x")) },
        { ExpressionType.PostDecrementAssign, Expression.PostDecrementAssign(Expression.Variable(typeof(int), "x")) },
    };

    [Theory]
    [MemberData(nameof(RefusedUnaryOperations))]
    public void A_unary_operation_emitted_code_never_uses_is_refused(ExpressionType operation, Expression node) =>
        Verify(node).ShouldBe([$"the operation {operation}"]);

    public static TheoryData<string, Expression> AllowedUnaryOperations => new()
    {
        { "Convert", Expression.Convert(Expression.Constant(1), typeof(long)) },
        { "Not", Expression.Not(Expression.Constant(true)) },
        { "Negate", Expression.Negate(Expression.Constant(1)) },
        { "NegateChecked", Expression.NegateChecked(Expression.Constant(1)) },
        { "UnaryPlus", Expression.UnaryPlus(Expression.Constant(1)) },
        { "ArrayLength", Expression.ArrayLength(Expression.Field(Frame, nameof(EvaluationFrame.Inputs))) },
    };

    [Theory]
    [MemberData(nameof(AllowedUnaryOperations))]
    public void A_unary_operation_emitted_code_uses_passes(string operation, Expression node)
    {
        node.NodeType.ToString().ShouldBe(operation);
        Verify(node).ShouldBeEmpty();
    }

    public static TheoryData<ExpressionType> CompoundAssignments =>
    [
        ExpressionType.AddAssign, ExpressionType.AddAssignChecked, ExpressionType.SubtractAssign, ExpressionType.SubtractAssignChecked,
        ExpressionType.MultiplyAssign, ExpressionType.MultiplyAssignChecked, ExpressionType.DivideAssign, ExpressionType.ModuloAssign,
        ExpressionType.AndAssign, ExpressionType.OrAssign, ExpressionType.ExclusiveOrAssign, ExpressionType.LeftShiftAssign,
        ExpressionType.RightShiftAssign,
    ];

    [Theory]
    [MemberData(nameof(CompoundAssignments))]
    public void A_compound_assignment_to_a_readable_field_is_refused(ExpressionType operation)
    {
        // Tally.Count is a public field the member policy lets an expression read; x += 1 would write it.
        var count = Expression.Field(Expression.Convert(Expression.Constant(null), typeof(Tally)), nameof(Tally.Count));
        Verify(Expression.MakeBinary(operation, count, Expression.Constant(1))).ShouldBe([$"the operation {operation}"]);
    }

    [Fact]
    public void A_power_assignment_is_refused_and_so_is_the_method_it_calls()
    {
        var ratio = Expression.Field(Expression.Convert(Expression.Constant(null), typeof(Tally)), nameof(Tally.Ratio));
        Verify(Expression.PowerAssign(ratio, Expression.Constant(2.0))).ShouldBe(["the operation PowerAssign", "the operator Math.Pow"]);
    }

    [Fact]
    public void A_compound_assignment_to_a_variable_the_tree_declares_is_refused_too()
    {
        var x = Expression.Variable(typeof(int), "x");
        Verify(Expression.Block([x], Expression.AddAssign(x, Expression.Constant(1)))).ShouldBe(["the operation AddAssign"]);
    }

    [Fact]
    public void An_assignment_to_a_block_variable_passes()
    {
        var x = Expression.Variable(typeof(int), "x");
        Verify(Expression.Block([x], Expression.Assign(x, Expression.Constant(1)), x)).ShouldBeEmpty();
    }

    [Fact]
    public void An_assignment_to_a_lambda_parameter_passes()
    {
        Verify(Expression.Assign(Frame, Expression.Constant(null, typeof(EvaluationFrame)))).ShouldBeEmpty();
        var item = Expression.Parameter(typeof(int), "item");
        Verify(Expression.Invoke(Expression.Lambda<Func<int, int>>(Expression.Assign(item, Expression.Constant(2)), item), Expression.Constant(1)))
            .ShouldBe(["a delegate that is not a registered function"]);
    }

    [Fact]
    public void An_assignment_to_a_variable_declared_nowhere_is_refused()
    {
        var outside = Expression.Variable(typeof(int), "outside");
        Verify(Expression.Assign(outside, Expression.Constant(1))).ShouldBe(["an assignment"]);
    }

    [Fact]
    public void An_assignment_to_a_readable_member_is_refused()
    {
        var count = Expression.Field(Expression.Convert(Expression.Constant(null), typeof(Tally)), nameof(Tally.Count));
        Verify(Expression.Assign(count, Expression.Constant(1))).ShouldBe(["an assignment"]);
        Verify(Expression.Assign(Expression.Property(AthleteInput, nameof(Evaluation.Athlete.SessionMinutes)), Expression.Constant(0))).ShouldBe(["an assignment"]);
    }

    [Fact]
    public void A_binary_operation_over_a_variable_declared_nowhere_is_not_an_assignment()
    {
        var outside = Expression.Variable(typeof(int), "outside");
        Verify(Expression.Add(outside, Expression.Constant(1))).ShouldBeEmpty();
    }

    [Fact]
    public void The_object_array_of_outer_values_passes_and_its_items_are_walked()
    {
        Verify(Expression.NewArrayInit(typeof(object), Expression.Convert(Expression.Constant(1), typeof(object)), Expression.Constant(null))).ShouldBeEmpty();
        Verify(Expression.NewArrayInit(typeof(object), Expression.Constant(typeof(File), typeof(object)))).ShouldBe(["a constant of type RuntimeType"]);
    }

    [Fact]
    public void An_array_literal_of_plain_values_passes_and_its_items_are_walked()
    {
        Verify(Expression.NewArrayInit(typeof(int), Expression.Constant(1), Expression.Constant(2))).ShouldBeEmpty();
        Verify(Expression.NewArrayInit(typeof(string), Expression.Constant("a"), Expression.Constant(null, typeof(string)))).ShouldBeEmpty();
        Verify(Expression.NewArrayInit(typeof(DateTime?), Expression.Constant(new DateTime(2024, 1, 1), typeof(DateTime?)))).ShouldBeEmpty();
        Verify(Expression.NewArrayInit(typeof(Level), Expression.Property(AthleteInput, nameof(Evaluation.Athlete.Level)))).ShouldBeEmpty();
        Verify(Expression.NewArrayInit(typeof(string), Expression.Call(Expression.Constant("a"), typeof(string).GetMethod(nameof(string.Normalize), Type.EmptyTypes)!)))
            .ShouldBe(["the method String.Normalize"]);
    }

    [Fact]
    public void The_kinds_emitted_code_holds_pass_together()
    {
        var x = Expression.Variable(typeof(int), "x");
        var body = Expression.Block(
            [x],
            Expression.Assign(x, Expression.Condition(Expression.Constant(true), Expression.Constant(1), Expression.Default(typeof(int)))),
            Expression.Label(Expression.Label(typeof(void), "unused")),
            Expression.Coalesce(Expression.Constant(null, typeof(int?)), x),
            Expression.AndAlso(Expression.LessThan(x, Expression.Constant(2)), Expression.ReferenceNotEqual(AthleteInput, Expression.Constant(null))),
            Expression.Property(Expression.Constant(null, typeof(int?)), "HasValue"),
            Expression.Property(Expression.Constant(null, typeof(int?)), "Value"),
            Expression.ArrayIndex(Expression.Field(Frame, nameof(EvaluationFrame.Inputs)), x));
        Verify(body).ShouldBeEmpty();
    }

    [Fact]
    public void Any_nullable_value_may_be_tested_and_unwrapped_whatever_it_holds()
    {
        // Emitted code reads HasValue and Value of the nullables the binder typed; the walk does not judge their T again.
        var token = Expression.Constant(null, typeof(CancellationToken?));
        Verify(Expression.Property(token, "HasValue")).ShouldBeEmpty();
        Verify(Expression.Property(token, "Value")).ShouldBeEmpty();
    }

    [Fact]
    public void A_member_called_Value_of_another_generic_type_is_judged_by_the_member_policy()
    {
        var box = Expression.Convert(Expression.Constant(null), typeof(StrongBox<int>));
        Verify(Expression.Field(box, nameof(StrongBox<int>.Value))).ShouldBe(["the member StrongBox`1.Value"]);
    }

    [Fact]
    public void A_static_member_is_refused_even_on_a_readable_type()
    {
        Verify(Expression.Field(null, typeof(Tally).GetField(nameof(Tally.Shared))!)).ShouldBe(["the member Tally.Shared"]);
    }

    [Fact]
    public void A_tree_nested_deeper_than_the_stack_allows_stops_the_walk_instead_of_the_process()
    {
        Expression deep = Expression.Constant(1);
        for (var i = 0; i < 200_000; i++)
        {
            deep = Expression.Negate(deep);
        }

        Should.Throw<InsufficientExecutionStackException>(() => Verify(deep));
    }

    /// <summary>A host type with a public field, which the member policy lets expressions read.</summary>
    public sealed class Tally
    {
#pragma warning disable CA1051, CA2211 // The point of the type: a public field an expression may read and must not write.
        public static int Shared;
        public int Count;
        public double Ratio;
#pragma warning restore CA1051, CA2211
    }

    /// <summary>A node kind of its own, which no compiler of the tree could reduce.</summary>
    private sealed class OpaqueNode : Expression
    {
        public override ExpressionType NodeType => ExpressionType.Extension;

        public override Type Type => typeof(int);

        public override bool CanReduce => false;
    }

    /// <summary>A binder for a dynamic node; the walk refuses the node before anything could bind it.</summary>
    private sealed class UnusedBinder : CallSiteBinder
    {
        public override Expression Bind(object[] args, ReadOnlyCollection<ParameterExpression> parameters, LabelTarget returnLabel) =>
            throw new NotSupportedException("the safety walk never binds");
    }
}

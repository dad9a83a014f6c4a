using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Reflection;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;
using LinqExpression = System.Linq.Expressions.Expression;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>
/// The Dynamic LINQ syntax RulesEngine users write, run through our engine and through System.Linq.Dynamic.Core 1.6.2
/// (the version RulesEngine 6.0.1 uses) on the same typed input: both must give the same value, and ours the exact one
/// expected. Misuse is refused with an RS code at the right column.
/// </summary>
public sealed class DynamicLinqSyntaxTests
{
    private static readonly ImmutableArray<InputDeclaration> Inputs = [InputDeclaration.Of<Order>("order")];

    /// <summary>Our expression, the same in Dynamic LINQ 1.6.2 where it is written otherwise (null: as ours), and the value on <see cref="Order.Full"/>.</summary>
    public static TheoryData<string, string?, object?> SameAsDynamicLinq => new()
    {
        // Comparison operators as words, in any case.
        { "order.quantity eq 5", null, true },
        { "order.quantity EQ 5", null, true },
        { "order.quantity equal 5", null, true },
        { "order.quantity ne 5", null, false },
        { "order.quantity neq 4", null, true },
        { "order.quantity NotEqual 5", null, false },
        { "order.quantity lt 6", null, true },
        { "order.quantity LessThan 5", null, false },
        { "order.quantity le 5", null, true },
        { "order.quantity LessThanEqual 4", null, false },
        { "order.quantity gt 4", null, true },
        { "order.quantity GreaterThan 5", null, false },
        { "order.quantity ge 5", null, true },
        { "order.quantity GreaterThanEqual 6", null, false },
        { "order.quantity Gt 4 eq true", null, true },
        { "order.quantity mod 3", null, 2 },
        { "order.status eq \"easy\" and order.quantity Ge 5", null, true },

        // AndAlso and OrElse as operators; and binds tighter than or.
        { "order.quantity > 9 AndAlso order.quantity < 1", null, false },
        { "order.quantity > 9 OrElse order.quantity < 6", null, true },
        { "order.quantity > 9 orelse order.quantity < 6 ANDALSO order.status eq \"easy\"", null, true },
        { "order.quantity < 9 OrElse order.quantity < 6 AndAlso false", null, true },

        // not in (Dynamic LINQ 1.7 reads it; 1.6.2, RulesEngine's, only the negated in).
        { "order.status not in (\"easy\", \"hard\")", "!(order.status in (\"easy\", \"hard\"))", false },
        { "order.status NOT IN (\"x\", \"hard\")", "!(order.status in (\"x\", \"hard\"))", true },
        { "order.quantity not_in (1, 2)", "!(order.quantity in (1, 2))", true },
        { "order.quantity not in order.codes", "!(order.quantity in order.codes)", false },
        { "order.tier not in (\"gold\", \"bronze\")", "!(order.tier in (\"gold\", \"bronze\"))", true },
        { "order.quantity not in (5) or true", "!(order.quantity in (5)) or true", true },

        // Hex and binary literals.
        { "0x1F", null, 31 },
        { "0X1f", null, 31 },
        { "0x1FL", null, 31L },
        { "0x7FFFFFFF", null, int.MaxValue },
        { "0x80000000", null, 2_147_483_648L },
        { "0x7FFFFFFFFFFFFFFF", null, long.MaxValue },
        { "0b101", null, 5 },
        { "0B1111", null, 15 },
        { "0b1111111111111111111111111111111", null, int.MaxValue },
        { "0b11111111111111111111111111111111", null, -1 },
        { "order.quantity + 0x10", null, 21 },
        { "-0x1F", null, -31 },
        { "0b1 + 0x1 + 1", null, 3 },
        { "0xFFFFFFFFFFFFFFFFL", null, -1L },
        { "0x80000000L", null, 2_147_483_648L },
        { "0x00000000000000001", null, 1 },
        { "0b10000000000000000000000000000000", null, int.MinValue },
        { "0b100000000000000000000000000000000", null, 4_294_967_296L },
        { "0b000000000000000000000000000000001", null, 1L },
        { "0x1F == 31 && 0b11 == 3", null, true },

        // Conversions written as functions.
        { "int(order.price)", null, 2 },
        { "int(-2.7)", null, -2 },
        { "long(order.price)", null, 2L },
        { "double(order.quantity)", null, 5.0 },
        { "decimal(order.quantity)", null, 5m },
        { "decimal(order.price)", null, 2.7m },
        { "double(order.total)", null, 12.5 },
        { "int(order.total)", null, 12 },
        { "int(order.tier)", null, 1 },
        { "Int32(order.price)", null, 2 },
        { "int(order.points)", null, 7 },
        { "long(order.quantity) * 3", null, 15L },
        { "int(\"42\")", null, 42 },
        { "int(\" 42 \")", null, 42 },
        { "double(\"4.5\")", null, 4.5 },
        { "decimal(\"4.5\")", null, 4.5m },
        { "long(\"42\")", null, 42L },
        { "int(order.code)", null, 42 },
        { "int(order.price) + 1", null, 3 },

        // np: null propagation, with and without a default.
        { "np(order.customer.address.zip)", null, 28001 },
        { "np(order.customer.address.zip, 0)", null, 28001 },
        { "np(order.customer.address.city)", null, "Madrid" },
        { "np(order.customer.address.city, \"none\")", null, "Madrid" },
        { "np(order.customer.age) ?? 18", null, 34 },
        { "np(order.customer.name.ToLower())", null, "ana" },
        { "np(order.note.Length, -1)", null, 7 },
        { "NP(order.customer.age)", null, 34 },
        { "np(order.quantity)", null, 5 },
        { "np(order.customer.address.zip) + 1", null, 28002 },
        { "np(order.customer.name.Length, 2.5)", null, 3.0 },
        { "np(order.customer.address.zip) == null", null, false },
        { "np(order.customer.tags.Count())", null, 2 },
        { "np(order.goal)", null, Tier.Gold },
        { "np(order.customer).name", null, "Ana" },

        // An enum value against a number compares its number.
        { "order.tier == 1", null, true },
        { "1 == order.tier", null, true },
        { "order.tier != 1", null, false },
        { "order.tier > 0", null, true },
        { "order.tier >= 2", null, false },
        { "order.tier == 7", null, false },
        { "order.tier in (1, 2)", null, true },
        { "order.tier == 1L", null, true },
        { "order.tier == 1.0", null, true },
        { "order.tier < order.quantity", null, true },

        // A date and time against text.
        { "order.placed > \"2024-01-01\"", null, true },
        { "order.placed == \"2024-03-01T10:30\"", null, true },
        { "order.placed == \"2024-03-01T10:30:00\"", null, true },
        { "order.placed < \"2024-03-01 10:30:01\"", null, true },
        { "\"2024-01-01\" < order.placed", null, true },
        { "order.placed >= \"2024-03-02\"", null, false },
        { "order.shipped > \"2024-03-01\"", null, true },
        { "order.due > \"2024-03-01\"", null, true },

        // A value that is never null, compared with null or made nullable by ?: (Dynamic LINQ lifts it).
        { "order.quantity != null", null, true },
        { "order.quantity == null", null, false },
        { "null == order.price", null, false },
        { "order.tier != null", null, true },
        { "order.placed != null", null, true },
        { "order.quantity != null ? order.quantity : null", null, 5 },
        { "order.quantity == null ? 0 : order.quantity", null, 5 },

        // Array literals.
        { "new [] {1, 2}.Contains(order.quantity)", null, false },
        { "new [] {1, 2, 5}.Contains(order.quantity)", null, true },
        { "new[] {\"easy\", \"hard\"}.Contains(order.status)", null, true },
        { "new [] {1, 2}.Count()", null, 2 },
        { "new [] {1, 2}[1]", null, 2 },
        { "order.status in new [] {\"easy\"}", null, true },
        { "new [] {1, 2}.Any(it > 1)", null, true },
        { "new [] {\"a\", null}.Contains(order.status)", null, false },
        { "new [] {order.tier}.Contains(order.tier)", null, true },
        { "new [] {order.quantity, 2, 9}.Where(q => q > 4).Count()", null, 2 },
        { "new [] {1, 2}", null, new[] { 1, 2 } },
        { "new int[] {1, 2}.Contains(order.quantity)", null, false },
        { "new double[] {1, 2.7}.Contains(order.price)", null, true },
        { "new long[] {1, 7}.Contains(order.points)", null, true },
        { "new string[] {\"easy\"}.Contains(order.status)", null, true },
        { "new decimal[] {12.5m}.Contains(order.total)", null, true },
    };

    [Theory]
    [MemberData(nameof(SameAsDynamicLinq))]
    public void A_form_gives_the_value_Dynamic_LINQ_gives(string expression, string? dynamicLinq, object? expected)
    {
        foreach (var (name, order) in Samples)
        {
            var ours = Ours(expression, order);
            var theirs = Theirs(dynamicLinq ?? expression, order);
            if (theirs.Failure is not null)
            {
                ours.Error.ShouldNotBeNull($"'{expression}' on the {name} order: Dynamic LINQ fails ({theirs.Failure}) but ours gives {ours.Value}");
                continue;
            }

            ours.Error.ShouldBeNull($"'{expression}' on the {name} order");
            Normalize(ours.Value).ShouldBe(Normalize(theirs.Value), $"'{expression}' on the {name} order");
        }

        var full = Ours(expression, Order.Full);
        full.Value.ShouldBe(expected, $"'{expression}'");
        full.Value?.GetType().ShouldBe(expected?.GetType(), $"'{expression}'");
    }

    /// <summary>Forms that fail while running, on the order given, where Dynamic LINQ throws: ours fails the rule with a code.</summary>
    public static TheoryData<string, string, string> FailuresWhileRunning => new()
    {
        { "int(order.code)", "partial", "RS3145: 'order.code' is 'abc', which is not a whole number that fits a 32-bit integer" },
        { "double(order.note)", "sparse", "RS3145: 'order.note' is null, not a number" },
        { "int(order.price * 1e10)", "full", "RS3123: int(order.price * 1e10) overflows a 32-bit integer" },
        { "long(order.price * 1e30)", "full", "RS3123: long(order.price * 1e30) overflows a 64-bit integer" },
        { "int(order.customer.age)", "partial", "RS3132: 'order.customer.age' is null, so 'int(order.customer.age)' cannot be read" },
    };

    [Theory]
    [MemberData(nameof(FailuresWhileRunning))]
    public void A_conversion_that_cannot_be_made_fails_the_rule_where_Dynamic_LINQ_throws(string expression, string sample, string failure)
    {
        var order = Samples.Single(s => s.Name == sample).Order;
        Theirs(expression, order).Failure.ShouldNotBeNull();
        var ours = Ours(expression, order);
        ours.Diagnostic.ShouldNotBeNull($"'{expression}' should have failed, gave {ours.Value}");
        $"{ours.Diagnostic.Code}: {ours.Diagnostic.Message}".ShouldBe(failure);
    }

    /// <summary>Misuse: the code, the 1-based column and the message.</summary>
    public static TheoryData<string, string, int, string> Refused => new()
    {
        { "new Order()", "RS2011", 1, "'new' can only write a list of values, such as new [] { 1, 2 }; no object can be created" },
        { "new Order[] {null}.Count()", "RS3141", 5, "an array literal can name int, long, double, decimal, string or bool as its type, not 'Order'; or write new [] { ... }" },
        { "new int[] {1, 2.5}.Count()", "RS3120", 15, "item 2 of the array must be a number (int), found a number (double)" },
        { "new (1 as a)", "RS2011", 1, "'new' can only write a list of values, such as new [] { 1, 2 }; no object can be created" },
        { "new [] {}.Contains(1)", "RS3141", 1, "an array literal needs at least one item: its type is that of its items" },
        { "new [] {1, \"a\"}.Contains(1)", "RS3141", 12, "the items of an array literal must be of one type: a number (int) and text do not mix" },
        { "new [] {null}.Contains(null)", "RS3141", 1, "an array literal of nothing but null has no type" },
        { "new [] {order.customer}.Count()", "RS3141", 1, "an array literal holds text, numbers, true/false, dates or enum values, found Customer" },
        { "new [] {order.codes}.Count()", "RS3141", 1, "an array literal holds text, numbers, true/false, dates or enum values, found a list of a number (int)" },
        { "np(1)", "RS3143", 4, "np needs a chain of member reads, such as np(order.customer.name), found '1'" },
        { "np(order.quantity + 1)", "RS3143", 4, "np needs a chain of member reads, such as np(order.customer.name), found 'order.quantity + 1'" },
        { "np(order.customer.age, \"none\")", "RS3143", 24, "the default of np must be a number (int) (or null), found text" },
        { "np()", "RS3106", 1, "'np' takes 1 or 2 arguments, found 0" },
        { "int(order.placed)", "RS3142", 5, "'int' cannot convert 'order.placed', which is DateTime; it converts numbers, enum values and text that is a number" },
        { "int(\"4.5\")", "RS3142", 5, "'int' cannot convert '4.5', which is not a whole number that fits a 32-bit integer; it converts numbers, enum values and text that is a number" },
        { "int(true)", "RS3142", 5, "'int' cannot convert 'true', which is true/false; it converts numbers, enum values and text that is a number" },
        { "int(1e20)", "RS3123", 1, "int(1e20) overflows a 32-bit integer" },
        { "int(order.quantity, 1)", "RS3106", 1, "'int' takes 1 argument, found 2" },
        { "bool(order.quantity)", "RS3105", 1, "'bool' is not a function you can call here" },
        { "order.placed > \"01/03/2024\"", "RS3144", 16, "'01/03/2024' is not a date and time; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS" },
        { "order.placed > \"2024-13-01\"", "RS3144", 16, "'2024-13-01' is not a date and time; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS" },
        { "order.quantity > null", "RS3103", 16, "operator '>' cannot be applied to a number (int) and null" },
        { "0x", "RS2004", 1, "'0x' is not a valid number" },
        { "0b2", "RS2004", 1, "'0b2' is not a valid number" },
        { "0x1FU", "RS2004", 1, "'0x1FU' is not a valid number" },
        { "0x1Fl", "RS2004", 1, "'0x1Fl' is not a valid number" },
        { "0b101L", "RS2004", 1, "'0b101L' is not a valid number" },
        { "0x8000000000000000", "RS2004", 1, "'0x8000000000000000' is not a valid number" },
        { "order.quantity not (1, 2)", "RS2005", 16, "unexpected `not`, expected an operator or the end of the expression" },
        { "order.quantity eq", "RS2005", 18, "unexpected end of the expression, expected an expression" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Misuse_is_refused_with_a_clear_diagnostic(string expression, string code, int column, string message)
    {
        var compiled = Compile(expression);
        compiled.Succeeded.ShouldBeFalse($"'{expression}' compiled but should not have");
        var error = compiled.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((code, 1, column), error.ToString());
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("order.quantity == null", 1, "'order.quantity' is a number (int) and always has a value, so 'order.quantity == null' is always false")]
    [InlineData("true && null != order.tier", 9, "'order.tier' is Tier (one of bronze, silver, gold) and always has a value, so 'null != order.tier' is always true")]
    public void A_value_that_is_never_null_compared_with_null_is_a_warning_RS3140(string expression, int column, string message)
    {
        var compiled = Compile(expression);
        compiled.Succeeded.ShouldBeTrue();
        var warning = compiled.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.Severity, warning.Location.Column).ShouldBe(("RS3140", DiagnosticSeverity.Warning, column));
        warning.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("a not in (1, 2) and b", "((a not in (1, 2)) && b)")]
    [InlineData("not a in (1)", "((!a) in (1))")]
    [InlineData("a Not_In b.c or c", "((a not in b.c) || c)")]
    [InlineData("a eq 1 OrElse b neq 2 AndAlso c ge 3", "((a == 1) || ((b != 2) && (c >= 3)))")]
    [InlineData("a lt b mod 2", "(a < (b % 2))")]
    [InlineData("new [] {1, x + 1}.Contains(y)", "new [] {1, (x + 1)}.Contains(y)")]
    [InlineData("New[]{}", "new [] {}")]
    [InlineData("new int[] {1, -2}", "new int[] {1, (-2)}")]
    [InlineData("np(a.b.c, 0)", "np(a.b.c, 0)")]
    [InlineData("int(a) + 0x10 - 0b10", "((int(a) + 16) - 2)")]
    public void The_forms_parse_with_Dynamic_LINQ_precedence(string expression, string tree) =>
        SyntaxTreePrinter.Print(RunnerStrength.Engine.Syntax.Parser.Parse(ExpressionText.FromString(expression)).Root!).ShouldBe(tree);

    [Fact]
    public void A_word_operator_after_a_dot_is_still_a_member_name()
    {
        var tree = RunnerStrength.Engine.Syntax.Parser.Parse(ExpressionText.FromString("a.eq.AndAlso.mod.not_in + b.lt")).Root;
        SyntaxTreePrinter.Print(tree!).ShouldBe("(a.eq.AndAlso.mod.not_in + b.lt)");
    }

    [Fact]
    public void An_array_literal_counts_its_items_against_the_step_budget()
    {
        var items = string.Join(", ", Enumerable.Range(1, 300));
        var expression = $"order.codes.Any(c => new [] {{{items}}}.Contains(c))";
        var options = new RuleSetOptions { MaxEvaluationSteps = 500 };

        // Three codes: the first lambda call builds 300 items and looks at 1; the second builds 300 more: past 500.
        var failure = Ours(expression, Order.Full, options).Diagnostic.ShouldNotBeNull();
        failure.Code.ShouldBe("RS3129");
        Ours(expression, Order.Full, new RuleSetOptions { MaxEvaluationSteps = 1_000 }).Value.ShouldBe(true);
    }

    [Fact]
    public void An_array_literal_counts_its_items_against_the_memory_budget()
    {
        var items = string.Join(", ", Enumerable.Range(1, 100));
        var expression = $"new [] {{{items}}}.Contains(order.quantity)";

        // 100 items of 32 bytes and the array's own 24: 3,224 bytes.
        Ours(expression, Order.Full, new RuleSetOptions { MaxEvaluationBytes = 3_223 }).Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3130");
        Ours(expression, Order.Full, new RuleSetOptions { MaxEvaluationBytes = 3_224 }).Value.ShouldBe(true);
    }

    [Fact]
    public void Np_does_not_swallow_a_budget_failure_inside_it()
    {
        var expression = "np(order.customer.tags.Where(t => t.Length > 0).First().Length, 0)";
        Ours(expression, Order.Full).Value.ShouldBe(6);
        Ours(expression, Order.Full, new RuleSetOptions { MaxEvaluationSteps = 1 }).Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3129");
        Ours(expression, Order.Sparse, new RuleSetOptions { MaxEvaluationSteps = 1 }).Value.ShouldBe(0);
    }

    [Fact]
    public void Np_does_not_swallow_a_failure_that_is_not_a_null()
    {
        var failure = Ours("np(order.customer.tags.Where(t => t == \"x\").First().Length)", Order.Full).Diagnostic.ShouldNotBeNull();
        failure.Code.ShouldBe("RS3133");
    }

    [Fact]
    public void Np_reads_each_link_once()
    {
        // A link that is a list method is computed once, not once per null test, so it is counted once.
        var expression = "np(order.customer.tags.Where(t => t.Length > 0).First().Length)";
        Ours(expression, Order.Full, new RuleSetOptions { MaxEvaluationSteps = 2 }).Value.ShouldBe(6);
    }

    [Theory]
    [InlineData("int", "Int32")]
    [InlineData("decimal", "Decimal")]
    public void A_conversion_names_no_type_beyond_its_four_words(string keyword, string clrName)
    {
        Compile($"{keyword}(1)").Succeeded.ShouldBeTrue();
        Compile($"{clrName}(1)").Succeeded.ShouldBeTrue();
        foreach (var typeName in new[] { "System.Int32", "Type", "DateTime", "Guid", "string", "object", "Activator" })
        {
            Compile($"{typeName}(1)").Succeeded.ShouldBeFalse(typeName);
        }
    }

    private static readonly (string Name, Order Order)[] Samples = [("full", Order.Full), ("sparse", Order.Sparse), ("partial", Order.Partial)];

    private static ExpressionCompileResult Compile(string expression, RuleSetOptions? options = null) =>
        ExpressionCompiler.Compile(ExpressionText.FromString(expression, "<expr>"), Inputs, options ?? new RuleSetOptions());

    /// <summary>Ours, interpreted and IL-compiled, which must agree.</summary>
    private static ExpressionValue Ours(string expression, Order order, RuleSetOptions? options = null)
    {
        var compiled = Compile(expression, options);
        compiled.Diagnostics.Where(d => d.IsError).ShouldBeEmpty($"'{expression}' did not compile:\n" + string.Join("\n", compiled.Diagnostics));
        var interpreted = compiled.Expression!.Evaluate(order);
        compiled.Expression.CompileNow();
        var ilCompiled = compiled.Expression.Evaluate(order);
        ilCompiled.Error.ShouldBe(interpreted.Error, $"'{expression}' fails differently interpreted and compiled");
        Normalize(ilCompiled.Value).ShouldBe(Normalize(interpreted.Value), $"'{expression}' computes another value interpreted and compiled");
        return ilCompiled;
    }

    /// <summary>Dynamic LINQ's value, or what it threw while running (a parse error fails the test: the row is wrong).</summary>
    private static (object? Value, string? Failure) Theirs(string expression, Order order)
    {
        var parameter = LinqExpression.Parameter(typeof(Order), "order");
        var lambda = DynamicExpressionParser.ParseLambda(new ParsingConfig(), [parameter], null, expression);
        try
        {
            return (lambda.Compile().DynamicInvoke(order), null);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            return (null, error.InnerException.GetType().Name);
        }
    }

    // Numbers compare by value (Dynamic LINQ types 0x80000000 as uint, we as long), lists by their items.
    private static object? Normalize(object? value) => value switch
    {
        null => null,
        string => value,
        int or long or uint or ulong or double or decimal => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(i => Normalize(i)?.ToString())),
        _ => value,
    };
}

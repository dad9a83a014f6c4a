namespace RunnerStrength.Engine.Tests.Syntax;

public sealed class ParserPrecedenceTests
{
    [Theory]
    // The whole ladder, lowest to highest.
    [InlineData("a || b && c == 1 + 2 * 3", "(a || (b && (c == (1 + (2 * 3)))))")]
    [InlineData("a * b + c == d && e || f", "(((((a * b) + c) == d) && e) || f)")]
    [InlineData("a ? b : c ?? d || e", "(a ? b : (c ?? (d || e)))")]
    [InlineData("a ?? b ? c : d", "((a ?? b) ? c : d)")]
    [InlineData("a || b ?? c", "((a || b) ?? c)")]
    [InlineData("a in (1, 2) && b", "((a in (1, 2)) && b)")]
    [InlineData("a == b in (true)", "((a == b) in (true))")]
    [InlineData("a + 1 in (2, 3)", "((a + 1) in (2, 3))")]
    [InlineData("-a * b", "((-a) * b)")]
    [InlineData("!a && b", "((!a) && b)")]
    [InlineData("not a and b", "((!a) && b)")]
    [InlineData("-a.b", "(-a.b)")]
    [InlineData("!a.b(1)[2]", "(!a.b(1)[2])")]
    [InlineData("- -a", "(-(-a))")]
    [InlineData("--a", "(-(-a))")]
    [InlineData("+-!a", "(+(-(!a)))")]
    [InlineData("a - -1", "(a - (-1))")]
    // Associativity.
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b * c % d", "(((a / b) * c) % d)")]
    [InlineData("a < b == c", "((a < b) == c)")]
    [InlineData("a == b != c <> d", "(((a == b) != c) != d)")]
    [InlineData("a || b or c", "((a || b) || c)")]
    [InlineData("a && b and c", "((a && b) && c)")]
    [InlineData("a ?? b ?? c", "(a ?? (b ?? c))")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a ? b ? c : d : e", "(a ? (b ? c : d) : e)")]
    [InlineData("x in (1) in (true)", "((x in (1)) in (true))")]
    // Comparison is one level, as in Dynamic LINQ.
    [InlineData("a = 1", "(a == 1)")]
    [InlineData("a <> 1", "(a != 1)")]
    [InlineData("a < b <= c > d >= e", "((((a < b) <= c) > d) >= e)")]
    // Keywords in any case.
    [InlineData("a AND b Or c", "((a && b) || c)")]
    [InlineData("NOT a", "(!a)")]
    [InlineData("x IN (1, 2)", "(x in (1, 2))")]
    // Parentheses are kept as nodes.
    [InlineData("(a + b) * c", "(((a + b)) * c)")]
    [InlineData("((a))", "((a))")]
    [InlineData("a * (b + c)", "(a * ((b + c)))")]
    public void Operators_bind_in_dynamic_linq_order(string expression, string expected) =>
        SyntaxTestText.ParseAndPrint(expression).ShouldBe(expected);

    [Theory]
    [InlineData("a.b.c", "a.b.c")]
    [InlineData("a[0]", "a[0]")]
    [InlineData("a[0, 1]", "a[0, 1]")]
    [InlineData("a[b[0]].c", "a[b[0]].c")]
    [InlineData("f()", "f()")]
    [InlineData("f(x)", "f(x)")]
    [InlineData("a.b(x, y)", "a.b(x, y)")]
    [InlineData("Math.Max(a, b)", "Math.Max(a, b)")]
    [InlineData("string.IsNullOrEmpty(s)", "string.IsNullOrEmpty(s)")]
    [InlineData("a.b().c[1].d(2)", "a.b().c[1].d(2)")]
    [InlineData("it.reps", "it.reps")]
    [InlineData("x.In", "x.In")]
    [InlineData("x.Not.And", "x.Not.And")]
    [InlineData("x in list", "(x in list)")]
    [InlineData("x in a.b.Items", "(x in a.b.Items)")]
    [InlineData("x in (list)", "(x in (list))")]
    [InlineData("x in (\"a\", 'b', \"c\")", "(x in (\"a\", \"b\", \"c\"))")]
    [InlineData("iif(a, 1, 2)", "(a ? 1 : 2)")]
    [InlineData("IIF(a > 1, 'x', 'y')", "((a > 1) ? \"x\" : \"y\")")]
    [InlineData("Iif(a, iif(b, 1, 2), 3)", "(a ? (b ? 1 : 2) : 3)")]
    [InlineData("h.Any(x => x.reps >= 15)", "h.Any((x => (x.reps >= 15)))")]
    [InlineData("h.Any((x) => x.reps >= 15)", "h.Any((x => (x.reps >= 15)))")]
    [InlineData("h.Where(x => x.a).Count(y => y.b > 1 && y.c)", "h.Where((x => x.a)).Count((y => ((y.b > 1) && y.c)))")]
    [InlineData("h.Any(x => x.items.Any(y => y == x))", "h.Any((x => x.items.Any((y => (y == x)))))")]
    [InlineData("f(x => x ? 1 : 2, 3)", "f((x => (x ? 1 : 2)), 3)")]
    [InlineData("h.Any((x))", "h.Any((x))")]
    [InlineData(" a\r\n  ==\t1 ", "(a == 1)")]
    public void Postfix_calls_in_lists_iif_and_lambdas_have_their_shape(string expression, string expected) =>
        SyntaxTestText.ParseAndPrint(expression).ShouldBe(expected);

    [Theory]
    [InlineData("42", "42")]
    [InlineData("2147483648", "2147483648L")]
    [InlineData("7L", "7L")]
    [InlineData("1.5", "1.5d")]
    [InlineData("1.5m", "1.5m")]
    [InlineData("2f", "2d")]
    [InlineData("'x'", "\"x\"")]
    [InlineData("TRUE", "true")]
    [InlineData("null", "null")]
    [InlineData("-2147483648", "(-2147483648L)")]
    public void Literals_become_literal_nodes_with_clr_values(string expression, string expected) =>
        SyntaxTestText.ParseAndPrint(expression).ShouldBe(expected);
}

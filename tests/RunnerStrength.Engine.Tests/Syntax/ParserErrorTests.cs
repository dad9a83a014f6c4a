using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Tests.Syntax;

public sealed class ParserErrorTests
{
    public static TheoryData<string, int, string> UnexpectedTokens => new()
    {
        { ")", 1, "unexpected `)`, expected an expression" },
        { "a +", 4, "unexpected end of the expression, expected an expression" },
        { "a == == b", 6, "unexpected `==`, expected an expression" },
        { "a + = 1", 5, "unexpected `=`, expected an expression" },
        { "(a", 3, "unexpected end of the expression, expected `)`" },
        { "(a b)", 4, "unexpected identifier `b`, expected `)`" },
        { "a b", 3, "unexpected identifier `b`, expected an operator or the end of the expression" },
        { "a )", 3, "unexpected `)`, expected an operator or the end of the expression" },
        { "1 2", 3, "unexpected number `2`, expected an operator or the end of the expression" },
        { "a NOT b", 3, "unexpected `NOT`, expected an operator or the end of the expression" },
        { "a 'a string far too long to show whole'", 3, "unexpected string `'a string far too lon...`, expected an operator or the end of the expression" },
        { "f(x) (y)", 6, "unexpected `(`, expected an operator or the end of the expression" },
        { "f(a b)", 5, "unexpected identifier `b`, expected `,` or `)`" },
        { "f(a,", 5, "unexpected end of the expression, expected an expression" },
        { "f(a,)", 5, "unexpected `)`, expected an expression" },
        { "a[]", 3, "unexpected `]`, expected an expression" },
        { "a[1", 4, "unexpected end of the expression, expected `,` or `]`" },
        { "a.", 3, "unexpected end of the expression, expected a member name" },
        { "a.1", 3, "unexpected number `1`, expected a member name" },
        { "a ?. b", 4, "unexpected `.`, expected an expression" },
        { "a ? b", 6, "unexpected end of the expression, expected `:`" },
        { "a ? b c", 7, "unexpected identifier `c`, expected `:`" },
        { "x in ()", 7, "unexpected `)`, expected an expression" },
        { "x in", 5, "unexpected end of the expression, expected an expression" },
        { "x in (1, 2", 11, "unexpected end of the expression, expected `,` or `)`" },
        { "a and", 6, "unexpected end of the expression, expected an expression" },
        { "x => x.a", 3, "unexpected `=>`, expected an operator or the end of the expression (a lambda such as `x => x.reps > 10` can only be the argument of a method such as Any)" },
        { "h.Any(x =>)", 11, "unexpected `)`, expected an expression" },
        { "a[x => x]", 5, "unexpected `=>`, expected `,` or `]` (a lambda such as `x => x.reps > 10` can only be the argument of a method such as Any)" },
    };

    [Theory]
    [MemberData(nameof(UnexpectedTokens))]
    public void A_token_out_of_place_is_reported_as_RS2005_saying_what_was_found_and_expected(string expression, int column, string message)
    {
        var result = SyntaxTestText.Parse(expression);

        result.ShouldHaveSingleDiagnostic("RS2005", 1, column).Message.ShouldBe(message);
        result.Root.ShouldBeNull();
        result.Succeeded.ShouldBeFalse();
    }

    [Theory]
    [InlineData("a +\n  )", 2, 3)]
    [InlineData("a\r\n\r\n  b", 3, 3)]
    [InlineData("(a\n", 2, 1)]
    public void Positions_count_lines_and_columns_from_one(string expression, int line, int column) =>
        SyntaxTestText.Parse(expression).ShouldHaveDiagnostics(("RS2005", line, column));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t\r\n ")]
    public void An_empty_expression_is_RS2008(string expression)
    {
        var result = SyntaxTestText.Parse(expression);

        result.ShouldHaveSingleDiagnostic("RS2008", 1, 1).Message.ShouldBe("the expression is empty");
        result.Root.ShouldBeNull();
    }

    [Theory]
    [InlineData("count += 1", 7)]
    [InlineData("count -=1", 7)]
    [InlineData("a *= 2", 3)]
    [InlineData("a /= 2", 3)]
    [InlineData("a %= 2", 3)]
    [InlineData("x == 1 && n += 1", 13)]
    public void A_compound_assignment_is_RS2009(string expression, int column)
    {
        var result = SyntaxTestText.Parse(expression);

        result.ShouldHaveSingleDiagnostic("RS2009", 1, column).Message.ShouldBe("expressions cannot assign; use '==' to compare");
        result.Root.ShouldBeNull();
    }

    [Theory]
    [InlineData("iif()", 1, 0)]
    [InlineData("iif(a)", 1, 1)]
    [InlineData("iif(a, b)", 1, 2)]
    [InlineData("x + IIF(a, b, c, d)", 5, 4)]
    public void Iif_without_three_arguments_is_RS2010_at_the_call(string expression, int column, int found)
    {
        var result = SyntaxTestText.Parse(expression);

        var diagnostic = result.ShouldHaveSingleDiagnostic("RS2010", 1, column);
        diagnostic.Arguments.ShouldBe([found]);
        diagnostic.Message.ShouldBe($"iif takes 3 arguments (a condition, a value if true, a value if false), found {found}");
        result.Root.ShouldBeNull();
    }

    [Fact]
    public void A_lambda_is_not_an_argument_of_iif()
    {
        SyntaxTestText.Parse("iif(x => x, 1, 2)").ShouldHaveDiagnostics(("RS2005", 1, 7));
    }

    [Fact]
    public void Only_the_first_syntax_error_is_reported()
    {
        var result = SyntaxTestText.Parse("a b c ) ( ] == == , , ,");

        result.ShouldHaveDiagnostics(("RS2005", 1, 3));
    }

    [Theory]
    [InlineData("(((")]
    [InlineData("f(1 2 3 4")]
    [InlineData("a + + + + )")]
    [InlineData(") ) ) )")]
    public void Broken_input_gives_one_error_not_a_cascade(string expression) =>
        SyntaxTestText.Parse(expression).Diagnostics.Length.ShouldBe(1);

    [Fact]
    public void A_bad_character_is_reported_once_by_the_lexer_and_not_again_by_the_parser()
    {
        var result = SyntaxTestText.Parse("a # b");

        result.ShouldHaveDiagnostics(("RS2001", 1, 3));
        result.Root.ShouldBeNull();
    }

    [Fact]
    public void An_unterminated_string_is_reported_once()
    {
        var result = SyntaxTestText.Parse("name == \"abc");

        result.ShouldHaveSingleDiagnostic("RS2002", 1, 9).Message.ShouldBe("the string has no closing \"");
        result.Root.ShouldBeNull();
    }

    [Fact]
    public void An_invalid_number_is_reported_once()
    {
        SyntaxTestText.Parse("reps > 12abc").ShouldHaveDiagnostics(("RS2004", 1, 8));
    }

    [Fact]
    public void Every_lexer_error_is_reported_with_the_first_syntax_error_in_reading_order()
    {
        var result = SyntaxTestText.Parse("x == 'a\\q' ) 'b\\z' 'c\\y'");

        result.ShouldHaveDiagnostics(("RS2003", 1, 8), ("RS2005", 1, 12), ("RS2003", 1, 16), ("RS2003", 1, 22));
    }

    [Fact]
    public void A_syntax_error_before_a_bad_character_is_still_reported()
    {
        SyntaxTestText.Parse("a b # c").ShouldHaveDiagnostics(("RS2005", 1, 3), ("RS2001", 1, 5));
    }

    [Fact]
    public void Text_longer_than_the_limit_is_RS2006_at_the_start_and_is_not_lexed()
    {
        var result = SyntaxTestText.Parse("a + b + c + # + \"", new ExpressionLimits { MaxLength = 10 });

        var diagnostic = result.ShouldHaveSingleDiagnostic("RS2006", 1, 1);
        diagnostic.Arguments.ShouldBe([17, 10]);
        diagnostic.Message.ShouldBe("the expression is 17 characters long; the limit is 10");
        result.Root.ShouldBeNull();
    }

    [Fact]
    public void Text_as_long_as_the_limit_is_read()
    {
        var text = "a" + string.Concat(Enumerable.Repeat(" + a", 999)) + "   ";
        text.Length.ShouldBe(ExpressionLimits.Default.MaxLength);

        var result = SyntaxTestText.Parse(text, ExpressionLimits.Default with { MaxDepth = 1_000 });

        result.Succeeded.ShouldBeTrue();
        SyntaxTestText.Parse(text + " ").ShouldHaveDiagnostics(("RS2006", 1, 1));
    }
}

using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Syntax;

public sealed class ParserSyntaxTreeTests
{
    [Fact]
    public void Nodes_carry_spans_of_what_was_written()
    {
        // 0123456789012345678901234567
        // a.b(c, 1) + -x[2] ?? "s"
        var root = Parse("a.b(c, 1) + -x[2] ?? \"s\"").ShouldBeOfType<BinaryExpressionSyntax>();

        root.Span.ShouldBe(new TextSpan(0, 24));
        root.OperatorSpan.ShouldBe(new TextSpan(18, 2));
        var sum = root.Left.ShouldBeOfType<BinaryExpressionSyntax>();
        sum.Span.ShouldBe(new TextSpan(0, 17));
        sum.OperatorSpan.ShouldBe(new TextSpan(10, 1));
        var call = sum.Left.ShouldBeOfType<CallExpressionSyntax>();
        call.Span.ShouldBe(new TextSpan(0, 9));
        call.Name.ShouldBe("b");
        call.NameSpan.ShouldBe(new TextSpan(2, 1));
        call.Target.ShouldBeOfType<NameExpressionSyntax>().Span.ShouldBe(new TextSpan(0, 1));
        var negate = sum.Right.ShouldBeOfType<UnaryExpressionSyntax>();
        negate.Span.ShouldBe(new TextSpan(12, 5));
        negate.OperatorSpan.ShouldBe(new TextSpan(12, 1));
        negate.Operand.ShouldBeOfType<IndexExpressionSyntax>().Span.ShouldBe(new TextSpan(13, 4));
        root.Right.ShouldBeOfType<LiteralExpressionSyntax>().Span.ShouldBe(new TextSpan(21, 3));
    }

    [Fact]
    public void A_member_access_keeps_the_span_of_its_name()
    {
        var member = Parse("athlete . level").ShouldBeOfType<MemberAccessExpressionSyntax>();

        member.Name.ShouldBe("level");
        member.NameSpan.ShouldBe(new TextSpan(10, 5));
        member.Span.ShouldBe(new TextSpan(0, 15));
    }

    [Fact]
    public void A_call_without_target_is_a_function_call()
    {
        var call = Parse("Max(a, b)").ShouldBeOfType<CallExpressionSyntax>();

        call.Target.ShouldBeNull();
        call.Name.ShouldBe("Max");
        call.Arguments.Length.ShouldBe(2);
    }

    [Fact]
    public void Iif_becomes_a_conditional_spanning_the_call()
    {
        var conditional = Parse("iif(a, b, c)").ShouldBeOfType<ConditionalExpressionSyntax>();

        conditional.Span.ShouldBe(new TextSpan(0, 12));
        conditional.Condition.ShouldBeOfType<NameExpressionSyntax>().Name.ShouldBe("a");
        conditional.WhenFalse.ShouldBeOfType<NameExpressionSyntax>().Name.ShouldBe("c");
    }

    [Fact]
    public void Iif_as_a_method_of_something_is_an_ordinary_call()
    {
        var call = Parse("x.iif(a)").ShouldBeOfType<CallExpressionSyntax>();

        call.Name.ShouldBe("iif");
    }

    [Theory]
    [InlineData("x in (\"a\", \"b\", \"c\")", true, 3)]
    [InlineData("x in (list)", true, 1)]
    [InlineData("x in list", false, 1)]
    public void In_records_whether_the_items_were_listed(string expression, bool isList, int count)
    {
        var @in = Parse(expression).ShouldBeOfType<InExpressionSyntax>();

        @in.IsList.ShouldBe(isList);
        @in.Items.Length.ShouldBe(count);
        @in.Span.ShouldBe(new TextSpan(0, expression.Length));
    }

    [Theory]
    [InlineData("f(h => h.reps)", 2, 0)]
    [InlineData("f((h) => h.reps)", 2, 1)]
    [InlineData("f( ( h ) => h.reps)", 3, 2)]
    public void Lambdas_keep_their_parameter_and_span(string expression, int lambdaStart, int parameterOffset)
    {
        var lambda = Parse(expression).ShouldBeOfType<CallExpressionSyntax>().Arguments.Single().ShouldBeOfType<LambdaExpressionSyntax>();

        lambda.Parameter.ShouldBe("h");
        lambda.Span.Start.ShouldBe(lambdaStart);
        lambda.Span.End.ShouldBe(expression.Length - 1);
        lambda.ParameterSpan.ShouldBe(new TextSpan(lambdaStart + parameterOffset, 1));
        lambda.Body.ShouldBeOfType<MemberAccessExpressionSyntax>();
    }

    [Fact]
    public void Parentheses_are_kept_with_their_span()
    {
        var parenthesized = Parse("( a )").ShouldBeOfType<ParenthesizedExpressionSyntax>();

        parenthesized.Span.ShouldBe(new TextSpan(0, 5));
        parenthesized.Expression.ShouldBeOfType<NameExpressionSyntax>();
    }

    [Fact]
    public void A_string_with_a_bad_escape_still_gives_a_tree_but_the_parse_does_not_succeed()
    {
        var result = SyntaxTestText.Parse("name == 'a\\qb'");

        result.ShouldHaveDiagnostics(("RS2003", 1, 11));
        result.Root.ShouldNotBeNull();
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void A_clean_parse_succeeds()
    {
        var result = SyntaxTestText.Parse("athlete.level == \"advanced\" and weeks >= 4");

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
    }

    private static ExpressionSyntax Parse(string expression)
    {
        var result = SyntaxTestText.Parse(expression);
        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        return result.Root.ShouldNotBeNull();
    }
}

using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Tests.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

/// <summary>Each message is written as JSON string content on line 2 after <c>"ErrorMessage": "</c>, so it starts at column 18.</summary>
public sealed class ErrorMessageTemplateTests
{
    [Theory]
    [InlineData("plain text", new[] { "plain text" })]
    [InlineData("$(a)", new[] { "$a" })]
    [InlineData("only $(minutes) of $(planned) min", new[] { "only ", "$minutes", " of ", "$planned", " min" })]
    [InlineData("max $(Math.Max(a, (b + 1)))!", new[] { "max ", "$Math.Max(a, (b + 1))", "!" })]
    [InlineData("""$(iif(x, \")\", \"(\")) done""", new[] { """$iif(x, ")", "(")""", " done" })]
    [InlineData("$(name == 'a)b') ok", new[] { "$name == 'a)b'", " ok" })]
    [InlineData("""$(\"say \\\")\") x""", new[] { "$\"say \\\")\"", " x" })]
    [InlineData("cost: $ 5 and $", new[] { "cost: $ 5 and $" })]
    [InlineData("$()", new[] { "$" })]
    [InlineData("", new string[0])]
    public void A_message_splits_into_literals_and_placeholders(string written, string[] parts)
    {
        var template = ReadMessage(written, out var diagnostics);

        diagnostics.ShouldBeEmpty();
        template.Parts.Select(p => p.Literal ?? "$" + p.Expression!.Text).ShouldBe(parts);
        template.Parts.ShouldAllBe(p => (p.Literal == null) != (p.Expression == null));
    }

    [Fact]
    public void A_placeholder_after_escaped_quotes_maps_to_the_column_written()
    {
        var template = ReadMessage("""\"hi\" $(athlete.name)""", out var diagnostics);

        diagnostics.ShouldBeEmpty();
        template.Text.ShouldBe("\"hi\" $(athlete.name)");
        var placeholder = template.Parts[1].Expression.ShouldNotBeNull();
        placeholder.Text.ShouldBe("athlete.name");
        (placeholder.Location.Line, placeholder.Location.Column).ShouldBe((2, 27));
        var member = placeholder.GetLocation(new TextSpan(8, 4));
        (member.Line, member.Column).ShouldBe((2, 35));
    }

    [Fact]
    public void A_placeholder_with_escapes_inside_keeps_mapping_after_them()
    {
        var template = ReadMessage("""$(a + \"\u00e9\" + b)""", out var diagnostics);

        diagnostics.ShouldBeEmpty();
        var placeholder = template.Parts.ShouldHaveSingleItem().Expression.ShouldNotBeNull();
        placeholder.Text.ShouldBe("a + \"\u00e9\" + b");
        placeholder.GetLocation(new TextSpan(10, 1)).Column.ShouldBe(37);
    }

    [Theory]
    [InlineData("only $(minutes left", 23)]
    [InlineData("$(a) and $(b", 27)]
    [InlineData("""$(\"unterminated)""", 18)]
    public void A_placeholder_without_its_closing_parenthesis_reports_RS1008_and_stays_literal(string written, int column)
    {
        var template = ReadMessage(written, out var diagnostics);

        diagnostics.ShouldBeDiagnostics(("RS1008", 2, column));
        string.Concat(template.Parts.Select(p => p.Literal ?? "$(" + p.Expression!.Text + ")")).ShouldBe(template.Text);
        template.Parts[^1].Literal.ShouldNotBeNull().ShouldContain("$(");
    }

    private static MessageTemplate ReadMessage(string written, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = $$"""
            { "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "true",
            "ErrorMessage": "{{written}}" } ] }
            """;
        var result = WorkflowReader.Read(SourceText.From(text, "messages.json"));
        diagnostics = result.Diagnostics;
        return result.Workflows[0].Rules[0].ErrorMessage.ShouldNotBeNull();
    }
}

using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Tests.Syntax;

/// <summary>Messages point at the character in the JSON file as written, escapes and all.</summary>
public sealed class ParserPositionTests
{
    // Line 6 is the Expression; the column comments count characters of the file, 1-based.
    private const string Json = """
        {
          "WorkflowName": "w",
          "Rules": [
            {
              "RuleName": "r",
              "Expression": "EXPRESSION"
            }
          ]
        }
        """;

    [Theory]
    // `)` is column 56: \" and \u00e9 before it are 2 and 6 characters in the file but 1 in the expression.
    [InlineData("""athlete.name == \"Ren\u00e9e\" && )""", "RS2005", 56)]
    // The end of the expression is the closing quote of the JSON string.
    [InlineData("""(a == \"\u00e9\" """, "RS2005", 39)]
    // An unterminated string is reported at its opening quote, the \" escape in the file.
    [InlineData("""x == \"Ren\u00e9e""", "RS2002", 27)]
    // An invalid escape is reported at its backslash, written as \\ in the file.
    [InlineData("""x == '\u00e9\\q'""", "RS2003", 34)]
    [InlineData("""\u00e9 # 1""", "RS2001", 29)]
    [InlineData("""\"\u00e9\" + 12abc""", "RS2004", 35)]
    [InlineData("""a &&\n\t )""", "RS2005", 31)]
    [InlineData("""iif(\"\u00e9\", 1)""", "RS2010", 22)]
    [InlineData("""\"\u00e9\" += 1""", "RS2009", 33)]
    public void Diagnostics_point_at_the_character_in_the_file(string escapedExpression, string code, int column)
    {
        var text = SyntaxTestText.EmbeddedInJson(Json.Replace("EXPRESSION", escapedExpression, StringComparison.Ordinal), "Expression");

        var result = Parser.Parse(text);

        result.ShouldHaveDiagnostics((code, 6, column));
        result.Diagnostics[0].Location.Path.ShouldBe("rules/x.json");
    }

    [Fact]
    public void Depth_errors_point_into_the_file_too()
    {
        var text = SyntaxTestText.EmbeddedInJson(Json.Replace("EXPRESSION", """\u00e9 + ((x))""", StringComparison.Ordinal), "Expression");

        var result = Parser.Parse(text, new ExpressionLimits { MaxDepth = 3 });

        // `x` sits at level 4: the sum, two parentheses, then x.
        result.ShouldHaveDiagnostics(("RS2007", 6, 33));
    }
}

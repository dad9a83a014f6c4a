using RunnerStrength.Coaching.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class JsonPointerLocatorTests
{
    private const string Json = """
        {
          "name": "Zoë 🏃",
          "week": { "monday": "rest" },
          "a/b": 1, "m~n": 2, "caf\u00e9": 3,
          "history": [
            { "reps": 10 },
            { "seconds": 30 }
          ]
        }
        """;

    private static readonly SourceText Source = SourceText.From(Json, "x.json");
    private static readonly JsonPointerLocator Locator = JsonPointerLocator.Create(Source);

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/name", 2, 3)]
    [InlineData("/week", 3, 3)]
    [InlineData("/week/monday", 3, 13)]
    [InlineData("/a~1b", 4, 3)]
    [InlineData("/m~0n", 4, 13)]
    [InlineData("/café", 4, 23)]
    [InlineData("/history", 5, 3)]
    [InlineData("/history/1", 7, 5)]
    [InlineData("/history/1/seconds", 7, 7)]
    public void Locate_points_at_the_property_name_or_the_array_item(string pointer, int line, int column)
    {
        Locator.Contains(pointer).ShouldBeTrue();
        var location = Locator.Locate(pointer);

        (location.Line, location.Column).ShouldBe((line, column));
    }

    [Fact]
    public void A_value_span_covers_the_value_text_even_after_non_ascii_characters()
    {
        Text(Locator.FindValue("/name")).ShouldBe("\"Zoë 🏃\"");
        Text(Locator.FindValue("/week/monday")).ShouldBe("\"rest\"");
        Text(Locator.FindValue("/café")).ShouldBe("3");
        Text(Locator.FindValue("/history/0")).ShouldBe("{ \"reps\": 10 }");
        Text(Locator.FindMember("/week")).ShouldBe("\"week\": { \"monday\": \"rest\" }");
        Text(Locator.FindValue("/history/1/seconds")).ShouldBe("30");
    }

    [Fact]
    public void A_missing_node_is_located_at_its_nearest_ancestor()
    {
        Locator.Contains("/history/1/reps").ShouldBeFalse();
        Locator.FindValue("/history/1/reps").ShouldBeNull();

        Locator.Locate("/history/1/reps").ShouldBe(Locator.Locate("/history/1"));
        Locator.Locate("/nothing/here").Span.Start.ShouldBe(0);
    }

    [Fact]
    public void Pointers_escape_tilde_and_slash()
    {
        JsonPointerLocator.Append("/a", "b/c~d").ShouldBe("/a/b~1c~0d");
        JsonPointerLocator.Append("/history", 3).ShouldBe("/history/3");
    }

    [Fact]
    public void Well_formed_json_has_no_syntax_error_or_duplicates()
    {
        Locator.SyntaxError.ShouldBeNull();
        Locator.DuplicateProperties.ShouldBeEmpty();
    }

    [Fact]
    public void A_duplicate_property_is_reported_at_its_second_name_and_the_last_value_is_located()
    {
        var locator = JsonPointerLocator.Create(SourceText.From("""{ "a": 1, "b": 2, "a": 3 }"""));

        locator.DuplicateProperties.ShouldHaveDiagnostics("RS1007(1,19)");
        locator.DuplicateProperties[0].Location.Span.Length.ShouldBe(3);
        locator.FindValue("/a").ShouldBe(new TextSpan(23, 1));
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_position_in_characters()
    {
        var locator = JsonPointerLocator.Create(SourceText.From("{\n  \"name\": \"Zoë 🏃\",\n  \"level\": beginner\n}"));

        var error = locator.SyntaxError.ShouldNotBeNull();
        error.Shape().ShouldBe("RS1001(3,12)");
        error.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped_and_counted()
    {
        var locator = JsonPointerLocator.Create(SourceText.From("\uFEFF{ \"a\": 1 }"));

        locator.SyntaxError.ShouldBeNull();
        locator.FindValue("/a").ShouldBe(new TextSpan(8, 1));
    }

    [Fact]
    public void Windows_line_ends_keep_positions_right()
    {
        var locator = JsonPointerLocator.Create(SourceText.From("{\r\n  \"a\": 1,\r\n  \"b\": [true]\r\n}"));

        var location = locator.LocateValue("/b/0");
        (location.Line, location.Column).ShouldBe((3, 9));
    }

    private static string Text(TextSpan? span) => span is { } s ? Json.Substring(s.Start, s.Length) : "<none>";
}

using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Json;

public sealed class JsonParserTests
{
    public static TheoryData<string> ValidDocuments => new()
    {
        "{}",
        "[]",
        "\"text\"",
        "0",
        "-0.5e+10",
        "12.75E-3",
        "true",
        "false",
        "null",
        "{\"a\":[1,{\"b\":null}],\"c\":\"\"}",
        " \t\r\n{ \"a\" : 1 }\r\n",
        "\"\\u00e9\\ud83d\\ude00\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\uFEFF{\"a\": 1}",
    };

    public static TheoryData<string, int, int, string> InvalidDocuments => new()
    {
        { "", 1, 1, "expected a value, found the end of the file" },
        { "{\"a\":1,}", 1, 8, "expected a property name in double quotes after ',', found '}'; JSON allows no comma before a closing bracket" },
        { "[1,]", 1, 4, "expected a value after ',', found ']'; JSON allows no comma before a closing bracket" },
        { "{\"a\":1]", 1, 7, "expected ',' or '}' after a property, found ']'" },
        { "[1}", 1, 3, "expected ',' or ']' after an array item, found '}'" },
        { "[", 1, 2, "expected a value or ']', found the end of the file" },
        { "{\"a\" 1}", 1, 6, "expected ':' after the property name, found '1'" },
        { "{\"a\":}", 1, 6, "expected a value after ':', found '}'" },
        { "{a:1}", 1, 2, "expected a property name in double quotes or '}', found 'a'" },
        { "{'a':1}", 1, 2, "expected a property name in double quotes or '}', found a single quote; JSON strings use double quotes" },
        { "// note\n{}", 1, 1, "expected a value, found a comment; JSON has no comments" },
        { "{} x", 1, 4, "expected the end of the file after the JSON value, found 'x'" },
        { "True", 1, 1, "expected a value, found 'True'; write it in lower case: true" },
        { "nul", 1, 1, "expected a value, found 'nul'" },
        { "01", 1, 1, "'01' is not a valid number; JSON numbers do not start with 0" },
        { "1.", 1, 3, "expected a digit after '.', found the end of the file" },
        { "-x", 1, 2, "expected a digit after '-', found 'x'" },
        { "1e+", 1, 4, "expected a digit in the exponent, found the end of the file" },
        { ".5", 1, 1, "expected a value, found '.'" },
        { "\"abc", 1, 1, "the string has no closing '\"'" },
        { "\"a\nb\"", 1, 3, "the string has no closing '\"' on this line; a line break inside a string must be written \\n" },
        { "\"a\tb\"", 1, 3, "the control character U+0009 must be written as an escape inside a string" },
        { "\"a\\x\"", 1, 3, "'\\x' is not a valid escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX" },
        { "\"\\u12G4\"", 1, 2, "'\\u12G4' is not a valid escape; \\u needs four hex digits" },
        { "\"\\ud83d!\"", 1, 2, "'\\ud83d' is the first half of a surrogate pair; an escape \\uDC00-\\uDFFF must follow it" },
        { "\"\\ude00\"", 1, 2, "'\\ude00' is the second half of a surrogate pair without the first" },
        { "[1,\r\n  2,\r\n  ]", 3, 3, "expected a value after ',', found ']'; JSON allows no comma before a closing bracket" },
        { "{\"a\": 1}\u00A0", 1, 9, "expected the end of the file after the JSON value, found '\u00A0'" },
    };

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Valid_documents_parse_without_diagnostics(string text)
    {
        var result = JsonParser.Parse(SourceText.From(text, "doc.json"));

        result.Diagnostics.ShouldBeEmpty();
        result.Root.ShouldNotBeNull();
        result.Succeeded.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Invalid_documents_report_RS1001_at_the_first_error(string text, int line, int column, string message)
    {
        var result = JsonParser.Parse(SourceText.From(text, "doc.json"));

        result.Root.ShouldBeNull();
        result.Diagnostics.ShouldBeDiagnostics(("RS1001", line, column));
        result.Diagnostics[0].Message.ShouldBe(message);
    }

    [Fact]
    public void Values_keep_their_spans_and_kinds()
    {
        var result = JsonParser.Parse(SourceText.From("{\"n\": -1.5, \"list\": [true, null, \"s\"]}"));

        var root = result.Root.ShouldBeOfType<JsonObjectSyntax>();
        root.Span.ShouldBe(new TextSpan(0, 38));
        root.Properties.Select(p => p.Name.Value).ShouldBe(["n", "list"]);
        root.Properties[0].Name.Span.ShouldBe(new TextSpan(1, 3));
        root.Properties[0].Value.ShouldBeOfType<JsonNumberSyntax>().Text.ShouldBe("-1.5");
        root.Properties[0].Value.Span.ShouldBe(new TextSpan(6, 4));
        var list = root.Properties[1].Value.ShouldBeOfType<JsonArraySyntax>();
        list.Span.ShouldBe(new TextSpan(20, 17));
        list.Items.Select(i => i.KindDescription).ShouldBe(["true", "null", "a string"]);
        list.Items[2].Span.ShouldBe(new TextSpan(33, 3));
    }

    [Fact]
    public void String_offsets_point_at_each_character_as_written_through_escapes_and_surrogates()
    {
        //                    0 1 23 4 5-10   11-16  17-22  23 24,25  26
        const string text = "\"x\\\"y\\u00e9\\ud83d\\ude00z\U0001F600\"";

        var node = JsonParser.Parse(SourceText.From(text)).Root.ShouldBeOfType<JsonStringSyntax>();

        node.Value.ShouldBe("x\"y\u00e9\U0001F600z\U0001F600");
        node.Offsets.ShouldBe([1, 2, 4, 5, 11, 17, 23, 24, 25, 26]);
    }

    [Fact]
    public void An_expression_in_a_CRLF_file_maps_to_the_line_and_column_written()
    {
        var source = SourceText.From("{\r\n  \"a\":\r\n    \"p \\\"q\\\" r\"\r\n}", "crlf.json");
        var root = JsonParser.Parse(source).Root.ShouldBeOfType<JsonObjectSyntax>();

        var expression = root.Properties[0].Value.ShouldBeOfType<JsonStringSyntax>().ToExpressionText(source);

        expression.Text.ShouldBe("p \"q\" r");
        var r = expression.GetLocation(new TextSpan(6, 1));
        (r.Line, r.Column).ShouldBe((3, 14));
        var q = expression.GetLocation(new TextSpan(3, 1));
        (q.Line, q.Column).ShouldBe((3, 10));
    }

    [Fact]
    public void Columns_after_non_ASCII_text_count_UTF16_code_units()
    {
        var source = SourceText.From("{\"caf\u00e9 \U0001F3C3\": \"\u00fcber\", \"x\": tru}", "runner.json");

        var result = JsonParser.Parse(source);

        // The runner emoji is two UTF-16 code units, as editors such as VS Code count columns.
        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, 26));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_but_kept_in_positions()
    {
        var result = JsonParser.Parse(SourceText.From("\uFEFF{\"a\": x}"));

        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, 8));
    }

    [Fact]
    public void A_byte_order_mark_anywhere_else_is_an_error()
    {
        var result = JsonParser.Parse(SourceText.From("{\"a\": 1,\uFEFF\"b\": 2}"));

        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, 9));
    }

    [Fact]
    public void Duplicate_property_names_report_RS1007_at_the_second_and_keep_both()
    {
        var result = JsonParser.Parse(SourceText.From("{\"a\": 1,\n \"b\": 2,\n \"a\": 3}"));

        result.Diagnostics.ShouldBeDiagnostics(("RS1007", 3, 2));
        result.Diagnostics[0].Arguments.ShouldBe(["a"]);
        result.Root.ShouldBeOfType<JsonObjectSyntax>().Properties.Length.ShouldBe(3);
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Property_names_that_differ_in_case_are_not_duplicates_in_JSON()
    {
        var result = JsonParser.Parse(SourceText.From("{\"a\": 1, \"A\": 2}"));

        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Nesting_to_the_limit_parses()
    {
        var text = new string('[', JsonParser.DefaultMaxDepth) + new string(']', JsonParser.DefaultMaxDepth);

        JsonParser.Parse(SourceText.From(text)).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Nesting_100000_deep_reports_RS1001_at_the_first_bracket_past_the_limit()
    {
        var text = new string('[', 100_000);

        var result = JsonParser.Parse(SourceText.From(text));

        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, JsonParser.DefaultMaxDepth + 1));
        result.Diagnostics[0].Message.ShouldBe("the JSON nests deeper than 256 levels");
    }

    [Fact]
    public void Objects_count_toward_the_depth_limit_too()
    {
        var text = string.Concat(Enumerable.Repeat("{\"a\":", 3)) + "1}}}";

        var result = JsonParser.Parse(SourceText.From(text), maxDepth: 2);

        result.Diagnostics.ShouldBeDiagnostics(("RS1001", 1, 11));
    }
}

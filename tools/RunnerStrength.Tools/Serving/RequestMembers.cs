using System.Collections.Immutable;
using System.Globalization;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// Reads the members of a request object, each problem a diagnostic at its place: a member of the wrong JSON type
/// (RS1004), a required one missing (RS1005), one the request does not have (RS1003), a value out of range (RS1006).
/// A JSON <c>null</c> is the same as leaving an optional member out.
/// </summary>
internal sealed class RequestMembers
{
    private readonly SourceText _source;
    private readonly JsonObjectSyntax _object;
    private readonly string _what;

    public RequestMembers(ApiRequest request, JsonObjectSyntax json, string what, IReadOnlyCollection<string> known, DiagnosticBag problems)
    {
        Request = request;
        _source = request.Source;
        _object = json;
        _what = what;
        Problems = problems;
        foreach (var property in json.Properties.Where(p => !known.Contains(p.Name.Value)))
        {
            problems.Report(DiagnosticCatalog.UnknownProperty, At(property.Name), property.Name.Value, what, $"; expected {string.Join(", ", known)}");
        }
    }

    public DiagnosticBag Problems { get; }

    /// <summary>The request the members are read from.</summary>
    public ApiRequest Request { get; }

    /// <summary>The member's value, or null when it is absent or null (a required one is then reported).</summary>
    public JsonNodeSyntax? Node(string name, bool required = false)
    {
        var value = _object.Properties.LastOrDefault(p => p.Name.Value == name)?.Value;
        if (value is null or JsonNullSyntax)
        {
            if (required)
            {
                Problems.Report(DiagnosticCatalog.MissingProperty, At(_object), _what, name);
            }

            return null;
        }

        return value;
    }

    public string? String(string name, bool required = false) => Node(name, required) switch
    {
        null => null,
        JsonStringSyntax text => text.Value,
        var other => Wrong<string>(name, "a string", other),
    };

    public JsonObjectSyntax? Object(string name, bool required = false) => Node(name, required) switch
    {
        null => null,
        JsonObjectSyntax value => value,
        var other => Wrong<JsonObjectSyntax>(name, "an object", other),
    };

    public ImmutableArray<JsonNodeSyntax> Array(string name, bool required = false) => Node(name, required) switch
    {
        null => [],
        JsonArraySyntax list => list.Items,
        var other => Wrong<ImmutableArray<JsonNodeSyntax>?>(name, "an array", other) ?? [],
    };

    public bool? Boolean(string name) => Node(name) switch
    {
        null => null,
        JsonBooleanSyntax flag => flag.Value,
        var other => Wrong<bool?>(name, "true or false", other),
    };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Integer(string name, int min, int max)
    {
        var expected = $"a whole number from {min} to {max}";
        return Node(name) switch
        {
            null => null,
            JsonNumberSyntax number when int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max => value,
            JsonNumberSyntax number => Invalid<int?>(number, number.Text, name, expected),
            var other => Wrong<int?>(name, expected, other),
        };
    }

    /// <summary>A date written <c>YYYY-MM-DD</c>.</summary>
    public DateOnly? Date(string name)
    {
        if (Node(name) is not { } node)
        {
            return null;
        }

        if (node is JsonStringSyntax text && DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return node is JsonStringSyntax bad
            ? Invalid<DateOnly?>(bad, bad.Value, name, "a date written YYYY-MM-DD, such as 2026-11-23")
            : Wrong<DateOnly?>(name, "a date written YYYY-MM-DD", node);
    }

    /// <summary>Reports a value of the right type that is not one the member takes.</summary>
    public T? Invalid<T>(JsonNodeSyntax node, string value, string name, string expected)
    {
        Problems.Report(DiagnosticCatalog.InvalidValue, At(node), value, name, expected);
        return default;
    }

    /// <summary>The place of <paramref name="node"/> in the request.</summary>
    public Location At(JsonNodeSyntax node) => new(_source, node.Span);

    private T? Wrong<T>(string name, string expected, JsonNodeSyntax found)
    {
        Problems.Report(DiagnosticCatalog.WrongJsonType, At(found), name, expected, found.KindDescription);
        return default;
    }
}

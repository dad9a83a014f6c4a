using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Json;

/// <summary>
/// Reads strict JSON (RFC 8259, an optional byte-order mark, no comments, no trailing commas) into a tree that keeps
/// every value's position. Stops at the first syntax error (RS1001); reports duplicate property names (RS1007).
/// </summary>
public sealed partial class JsonParser
{
    /// <summary>The deepest nesting of objects and arrays accepted unless the caller chooses another limit.</summary>
    public const int DefaultMaxDepth = 256;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly int _maxDepth;
    private readonly DiagnosticBag _diagnostics = new();
    private int _position;

    private JsonParser(SourceText source, int maxDepth)
    {
        _source = source;
        _text = source.Text;
        _maxDepth = maxDepth;
    }

    /// <summary>Parses <paramref name="source"/>; objects and arrays may nest at most <paramref name="maxDepth"/> levels.</summary>
    public static JsonParseResult Parse(SourceText source, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        var parser = new JsonParser(source, maxDepth);
        var root = parser.ParseDocument();
        return new JsonParseResult(root, parser._diagnostics.ToImmutable());
    }

    private JsonNodeSyntax? ParseDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        SkipWhitespace();
        var root = ParseValue(0, string.Empty);
        if (root is null)
        {
            return null;
        }

        SkipWhitespace();
        if (_position < _text.Length)
        {
            return Fail($"expected the end of the file after the JSON value, found {Found()}");
        }

        return root;
    }

    // Recursion is bounded by _maxDepth: every nested object or array is checked before it is entered.
    private JsonNodeSyntax? ParseValue(int depth, string after)
    {
        if (_position >= _text.Length)
        {
            return Fail($"expected a value{after}, found {Found()}");
        }

        return _text[_position] switch
        {
            '{' => ParseObject(depth + 1),
            '[' => ParseArray(depth + 1),
            '"' => ParseString(),
            '-' or (>= '0' and <= '9') => ParseNumber(),
            _ when char.IsAsciiLetter(_text[_position]) => ParseLiteral(after),
            _ => Fail($"expected a value{after}, found {Found()}{TrailingCommaHint(after)}"),
        };
    }

    private JsonNodeSyntax? ParseObject(int depth)
    {
        var start = _position;
        if (depth > _maxDepth)
        {
            return Fail($"the JSON nests deeper than {_maxDepth} levels");
        }

        _position++;
        var properties = ImmutableArray.CreateBuilder<JsonPropertySyntax>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new JsonObjectSyntax(TextSpan.FromBounds(start, _position), properties.ToImmutable());
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                return properties.Count == 0
                    ? Fail($"expected a property name in double quotes or '}}', found {Found()}")
                    : Fail($"expected a property name in double quotes after ',', found {Found()}{TrailingCommaHint(" after ','")}");
            }

            var name = ParseString();
            if (name is null)
            {
                return null;
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                return Fail($"expected ':' after the property name, found {Found()}");
            }

            _position++;
            SkipWhitespace();
            var value = ParseValue(depth, " after ':'");
            if (value is null)
            {
                return null;
            }

            if (!seen.Add(name.Value))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateProperty, new Location(_source, name.Span), name.Value);
            }

            properties.Add(new JsonPropertySyntax(name, value));
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    _position++;
                    continue;
                case '}':
                    _position++;
                    return new JsonObjectSyntax(TextSpan.FromBounds(start, _position), properties.ToImmutable());
                default:
                    return Fail($"expected ',' or '}}' after a property, found {Found()}");
            }
        }
    }

    private JsonNodeSyntax? ParseArray(int depth)
    {
        var start = _position;
        if (depth > _maxDepth)
        {
            return Fail($"the JSON nests deeper than {_maxDepth} levels");
        }

        _position++;
        var items = ImmutableArray.CreateBuilder<JsonNodeSyntax>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new JsonArraySyntax(TextSpan.FromBounds(start, _position), items.ToImmutable());
        }

        while (true)
        {
            SkipWhitespace();
            var item = ParseValue(depth, items.Count == 0 ? " or ']'" : " after ','");
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    _position++;
                    continue;
                case ']':
                    _position++;
                    return new JsonArraySyntax(TextSpan.FromBounds(start, _position), items.ToImmutable());
                default:
                    return Fail($"expected ',' or ']' after an array item, found {Found()}");
            }
        }
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private char? Peek() => _position < _text.Length ? _text[_position] : null;

    private JsonNodeSyntax? Fail(string message) => Fail(_position, message);

    private JsonNodeSyntax? Fail(int position, string message)
    {
        var length = position < _text.Length ? 1 : 0;
        _diagnostics.Report(DiagnosticCatalog.InvalidJson, new Location(_source, new TextSpan(position, length)), message);
        return null;
    }
}

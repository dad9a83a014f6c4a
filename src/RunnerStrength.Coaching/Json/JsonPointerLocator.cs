using System.Collections.Immutable;
using System.Globalization;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>
/// Finds where a JSON Pointer (RFC 6901) such as <c>/history/2/reps</c> sits in a JSON text, so a diagnostic about
/// a node can show its line and column. Reads the text once with the same reader the files are deserialized with.
/// </summary>
public sealed class JsonPointerLocator
{
    private readonly Dictionary<string, JsonNodeSpan> _nodes;

    private JsonPointerLocator(SourceText source, Dictionary<string, JsonNodeSpan> nodes, Diagnostic? syntaxError, ImmutableArray<Diagnostic> duplicates)
    {
        Source = source;
        _nodes = nodes;
        SyntaxError = syntaxError;
        DuplicateProperties = duplicates;
    }

    /// <summary>The text that was read.</summary>
    public SourceText Source { get; }

    /// <summary>The JSON syntax error (RS1001) that stopped the read, or null when the text is well-formed JSON.</summary>
    public Diagnostic? SyntaxError { get; }

    /// <summary>A diagnostic (RS1007) for every property that appears a second time in the same object.</summary>
    public ImmutableArray<Diagnostic> DuplicateProperties { get; }

    /// <summary>Reads <paramref name="source"/> and maps every node's pointer to its span; never throws for malformed JSON.</summary>
    public static JsonPointerLocator Create(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var scan = new JsonPointerScan(source);
        scan.Run();
        return new JsonPointerLocator(source, scan.Nodes, scan.SyntaxError, [.. scan.Duplicates]);
    }

    /// <summary>The pointer of the member <paramref name="name"/> of the object at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer of item <paramref name="index"/> of the array at <paramref name="pointer"/>.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the text has a node at <paramref name="pointer"/>.</summary>
    public bool Contains(string pointer) => _nodes.ContainsKey(pointer);

    /// <summary>The span of the value at <paramref name="pointer"/> (for a string, including its quotes), or null when there is none.</summary>
    public TextSpan? FindValue(string pointer) => _nodes.TryGetValue(pointer, out var node) ? node.Value : null;

    /// <summary>The span from the property name to the end of the value at <paramref name="pointer"/>; for array items and the root, the value.</summary>
    public TextSpan? FindMember(string pointer) => _nodes.TryGetValue(pointer, out var node) ? node.Member : null;

    /// <summary>
    /// Where a problem with the node at <paramref name="pointer"/> is shown: its property name (or the value, for array
    /// items); when the node does not exist, its nearest existing ancestor; failing that, the start of the text.
    /// </summary>
    public Location Locate(string pointer) => new(Source, Nearest(pointer)?.Member ?? default);

    /// <summary>Like <see cref="Locate"/>, but at the value itself rather than its property name.</summary>
    public Location LocateValue(string pointer) => new(Source, Nearest(pointer)?.Value ?? default);

    private JsonNodeSpan? Nearest(string pointer)
    {
        while (true)
        {
            if (_nodes.TryGetValue(pointer, out var node))
            {
                return node;
            }

            var slash = pointer.LastIndexOf('/');
            if (slash < 0)
            {
                return null;
            }

            pointer = pointer[..slash];
        }
    }
}

using System.Text;

namespace RunnerStrength.Tools.Formatting;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> in the canonical layout: two spaces of indentation, properties in the order of
/// the schema (those it does not name after them, as they were), an object or array on one line when it holds no
/// comment and its line fits in <see cref="Width"/> characters, else one property or item a line; the file's own
/// object or array always takes several lines. Values are written exactly as they were read.
/// </summary>
internal static class LayoutWriter
{
    /// <summary>The longest line an object or array is joined onto; a longer one is laid out over several lines.</summary>
    public const int Width = 120;

    private const string Indent = "  ";

    public static string Write(LayoutDocument document, SchemaOrder schema)
    {
        var text = new StringBuilder();
        foreach (var comment in document.Leading)
        {
            text.Append(comment).Append('\n');
        }

        text.Append(Value(document.Root, schema, 0, 0, 0, root: true)).Append('\n');
        foreach (var comment in document.Trailing)
        {
            text.Append(comment).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The properties of an object in the schema's order; the rest after, and equal ranks in their order in the file.</summary>
    public static IEnumerable<LayoutEntry> Ordered(LayoutContainer container, SchemaOrder schema) =>
        container.IsObject ? container.Entries.Select((e, i) => (e, i)).OrderBy(p => schema.Rank(p.e.Name)).ThenBy(p => p.i).Select(p => p.e) : container.Entries;

    /// <summary>The schema of an entry's value.</summary>
    public static SchemaOrder Inside(LayoutContainer container, LayoutEntry entry, SchemaOrder schema) =>
        container.IsObject ? schema.Member(entry.Name) : schema.Items();

    // column: where the value starts on its line; suffix: what follows it on the line (its comma).
    private static string Value(LayoutNode node, SchemaOrder schema, int depth, int column, int suffix, bool root = false)
    {
        if (node is not LayoutContainer container)
        {
            return ((LayoutScalar)node).Text;
        }

        var (open, close) = container.IsObject ? ("{", "}") : ("[", "]");
        if (container.Entries.IsEmpty && container.Dangling.IsEmpty)
        {
            return open + close;
        }

        if (!root && OneLine(container, schema, Width - column - suffix) is { } line)
        {
            return line;
        }

        var pad = string.Concat(Enumerable.Repeat(Indent, depth + 1));
        var text = new StringBuilder(open).Append('\n');
        var entries = Ordered(container, schema).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            foreach (var comment in entry.Leading)
            {
                text.Append(pad).Append(comment).Append('\n');
            }

            var name = entry.RawName is null ? string.Empty : entry.RawName + ": ";
            var comma = i < entries.Count - 1 ? "," : string.Empty;
            text.Append(pad).Append(name)
                .Append(Value(entry.Value, Inside(container, entry, schema), depth + 1, pad.Length + name.Length, comma.Length))
                .Append(comma);
            foreach (var comment in entry.Trailing)
            {
                text.Append(' ').Append(comment);
            }

            text.Append('\n');
        }

        foreach (var comment in container.Dangling)
        {
            text.Append(pad).Append(comment).Append('\n');
        }

        return text.Append(string.Concat(Enumerable.Repeat(Indent, depth))).Append(close).ToString();
    }

    /// <summary>
    /// <c>{ "a": 1, "b": [2, 3] }</c>: the container on one line, or null when a comment inside keeps it on several or
    /// the line would be longer than <paramref name="budget"/> (so a large file is never joined onto one line to be measured).
    /// </summary>
    private static string? OneLine(LayoutContainer container, SchemaOrder schema, int budget = Width)
    {
        if (container.HasComments)
        {
            return null;
        }

        var (open, separator, close) = container.IsObject ? ("{ ", ", ", " }") : ("[", ", ", "]");
        if (container.Entries.IsEmpty)
        {
            return container.IsObject ? "{}" : "[]";
        }

        var line = new StringBuilder(open);
        var first = true;
        foreach (var entry in Ordered(container, schema))
        {
            line.Append(first ? string.Empty : separator);
            first = false;
            if (entry.RawName is not null)
            {
                line.Append(entry.RawName).Append(": ");
            }

            var value = entry.Value is LayoutContainer inner ? OneLine(inner, Inside(container, entry, schema), budget - line.Length) : ((LayoutScalar)entry.Value).Text;
            if (value is null || line.Append(value).Length > budget)
            {
                return null;
            }
        }

        line.Append(close);
        return line.Length > budget ? null : line.ToString();
    }
}

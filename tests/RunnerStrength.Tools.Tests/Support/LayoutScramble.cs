using System.Text;
using RunnerStrength.Tools.Formatting;

namespace RunnerStrength.Tools.Tests.Support;

/// <summary>The same JSON in other layouts, and with the properties of every object in reverse order: inputs for fmt.</summary>
internal static class LayoutScramble
{
    /// <summary>Everything on one line, with no space at all.</summary>
    public static string OneLine(string json) => Write(Read(json).Root, reverse: false, indent: null, depth: 0);

    /// <summary>A byte-order mark, CRLF line ends, three-space indentation, every object and array over several lines.</summary>
    public static string Sprawl(string json) => "\uFEFF" + Write(Read(json).Root, reverse: false, indent: "   ", depth: 0).Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n";

    /// <summary>On one line, every object's properties in reverse order (arrays keep theirs).</summary>
    public static string Reversed(string json) => Write(Read(json).Root, reverse: true, indent: null, depth: 0);

    private static LayoutDocument Read(string json)
    {
        var document = LayoutReader.Read(json);
        document.Comments().ShouldBeEmpty("the scrambles drop comments, so they are for files without any");
        return document;
    }

    private static string Write(LayoutNode node, bool reverse, string? indent, int depth)
    {
        if (node is LayoutScalar scalar)
        {
            return scalar.Text;
        }

        var container = (LayoutContainer)node;
        var entries = reverse && container.IsObject ? container.Entries.Reverse().ToList() : [.. container.Entries];
        var (open, close) = container.IsObject ? ("{", "}") : ("[", "]");
        var text = new StringBuilder(open);
        var pad = indent is null ? string.Empty : "\n" + string.Concat(Enumerable.Repeat(indent, depth + 1));
        for (var i = 0; i < entries.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(pad);
            if (entries[i].RawName is { } name)
            {
                text.Append(name).Append(indent is null ? ":" : " : ");
            }

            text.Append(Write(entries[i].Value, reverse, indent, depth + 1));
        }

        return text.Append(indent is null ? string.Empty : "\n" + string.Concat(Enumerable.Repeat(indent, depth))).Append(close).ToString();
    }
}

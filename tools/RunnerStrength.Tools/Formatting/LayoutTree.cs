using System.Collections.Immutable;

namespace RunnerStrength.Tools.Formatting;

/// <summary>
/// A JSON file as <c>fmt</c> reads it: every value as written (strings with their escapes, numbers with their digits),
/// and every comment, attached to the property or item it sits beside, so reordering and re-indenting keeps them.
/// </summary>
internal abstract record LayoutNode;

/// <summary>A string, number, <c>true</c>, <c>false</c> or <c>null</c>, exactly as written in the file (a string with its quotes).</summary>
internal sealed record LayoutScalar(string Text) : LayoutNode;

/// <summary>
/// An object (<see cref="IsObject"/>) or an array; <see cref="Dangling"/> are the comments after its last entry, before
/// the closing bracket.
/// </summary>
internal sealed record LayoutContainer(bool IsObject, ImmutableArray<LayoutEntry> Entries, ImmutableArray<string> Dangling) : LayoutNode
{
    /// <summary>True when a comment sits anywhere inside, which keeps the container on several lines.</summary>
    public bool HasComments => !Dangling.IsEmpty || Entries.Any(e => !e.Leading.IsEmpty || !e.Trailing.IsEmpty || e.Value is LayoutContainer { HasComments: true });
}

/// <summary>
/// A property of an object (<see cref="RawName"/> as written, with quotes, and <see cref="Name"/> decoded) or an item of an
/// array (no name), with the comments on the lines before it and those after it on its own line.
/// </summary>
internal sealed record LayoutEntry(string? RawName, string? Name, LayoutNode Value, ImmutableArray<string> Leading, ImmutableArray<string> Trailing);

/// <summary>The file: its value and the comments before and after it.</summary>
internal sealed record LayoutDocument(ImmutableArray<string> Leading, LayoutNode Root, ImmutableArray<string> Trailing)
{
    /// <summary>Every comment in the file, in no particular order: what formatting must keep.</summary>
    public IEnumerable<string> Comments() => Leading.Concat(Trailing).Concat(Comments(Root));

    private static IEnumerable<string> Comments(LayoutNode node) => node is LayoutContainer container
        ? container.Dangling.Concat(container.Entries.SelectMany(e => e.Leading.Concat(e.Trailing).Concat(Comments(e.Value))))
        : [];
}

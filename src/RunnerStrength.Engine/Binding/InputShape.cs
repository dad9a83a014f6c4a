using System.Collections.Immutable;

namespace RunnerStrength.Engine.Binding;

/// <summary>What kind of value a member of a dynamic input holds.</summary>
internal enum ShapeKind
{
    /// <summary>No value to go by (null in a sample, an empty list, a schema without a type).</summary>
    Unknown,
    Text,
    Integer,
    Number,
    Boolean,
    Date,
    Object,
    List,
}

/// <summary>
/// The shape of a value only known at run time (a JSON document, an <c>ExpandoObject</c>, a dictionary), as declared
/// by a JSON Schema or a sample: its members and their kinds, so rules over it are type-checked at load.
/// </summary>
internal sealed record InputShape(ShapeKind Kind, bool Nullable, ImmutableSortedDictionary<string, InputShape> Members, InputShape? Element)
{
    private static readonly ImmutableSortedDictionary<string, InputShape> NoMembers = ImmutableSortedDictionary.Create<string, InputShape>(StringComparer.OrdinalIgnoreCase);

    public static InputShape Of(ShapeKind kind, bool nullable = false) => new(kind, nullable, NoMembers, null);

    public static InputShape ObjectOf(IEnumerable<KeyValuePair<string, InputShape>> members, bool nullable = false) =>
        new(ShapeKind.Object, nullable, NoMembers.SetItems(members), null);

    public static InputShape ListOf(InputShape element, bool nullable = false) => new(ShapeKind.List, nullable, NoMembers, element);

    public InputShape AsNullable(bool nullable) => this with { Nullable = nullable };

    /// <summary>A member by name, in any case.</summary>
    public InputShape? Member(string name) => Members.TryGetValue(name, out var member) ? member : null;

    /// <summary>A text that is equal for equal shapes: the key the CLR type of a shape is kept under.</summary>
    public string Signature => Kind switch
    {
        ShapeKind.Object => "{" + string.Join(",", Members.Select(m => m.Key.ToUpperInvariant() + ":" + m.Value.Signature)) + "}" + (Nullable ? "?" : ""),
        ShapeKind.List => "[" + Element!.Signature + "]" + (Nullable ? "?" : ""),
        _ => Kind + (Nullable ? "?" : ""),
    };

    /// <summary>Two shapes seen for the same member (items of one list, say): what covers both.</summary>
    public static InputShape Merge(InputShape a, InputShape b)
    {
        if (a.Kind == ShapeKind.Unknown)
        {
            return b.AsNullable(b.Nullable || a.Nullable);
        }

        if (b.Kind == ShapeKind.Unknown)
        {
            return a.AsNullable(a.Nullable || b.Nullable);
        }

        var nullable = a.Nullable || b.Nullable;
        if (a.Kind == b.Kind && a.Kind == ShapeKind.Object)
        {
            var members = a.Members.Keys.Union(b.Members.Keys, StringComparer.OrdinalIgnoreCase).Select(name =>
            {
                var left = a.Member(name);
                var right = b.Member(name);
                // A member one item lacks may be missing: it reads as null.
                var merged = left is null ? right!.AsNullable(true) : right is null ? left.AsNullable(true) : Merge(left, right);
                return new KeyValuePair<string, InputShape>(name, merged);
            });
            return ObjectOf(members, nullable);
        }

        if (a.Kind == b.Kind && a.Kind == ShapeKind.List)
        {
            return ListOf(Merge(a.Element!, b.Element!), nullable);
        }

        if ((a.Kind, b.Kind) is (ShapeKind.Integer, ShapeKind.Number) or (ShapeKind.Number, ShapeKind.Integer))
        {
            return Of(ShapeKind.Number, nullable);
        }

        return a.Kind == b.Kind ? a.AsNullable(nullable) : Of(ShapeKind.Unknown, nullable);
    }

    /// <summary>What the shape is called in messages.</summary>
    public string Display => Kind switch
    {
        ShapeKind.Text => "text",
        ShapeKind.Integer => "a whole number",
        ShapeKind.Number => "a number",
        ShapeKind.Boolean => "true/false",
        ShapeKind.Date => "a date",
        ShapeKind.Object => "an object",
        ShapeKind.List => "a list of " + Element!.Display,
        _ => "a value of unknown type",
    };
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Json;

/// <summary>A JSON value read by <see cref="JsonParser"/>; <see cref="Span"/> covers the value's text in its file.</summary>
public abstract record JsonNodeSyntax(TextSpan Span)
{
    /// <summary>The kind of value in the words messages use, such as "an object" or "true or false".</summary>
    public abstract string KindDescription { get; }
}

/// <summary><c>{ ... }</c> with its properties in file order (duplicates kept, so a reader can choose and report).</summary>
public sealed record JsonObjectSyntax(TextSpan Span, ImmutableArray<JsonPropertySyntax> Properties) : JsonNodeSyntax(Span)
{
    /// <inheritdoc />
    public override string KindDescription => "an object";
}

/// <summary>One <c>"name": value</c> pair of an object.</summary>
public sealed record JsonPropertySyntax(JsonStringSyntax Name, JsonNodeSyntax Value)
{
    /// <summary>From the name's opening quote to the end of the value.</summary>
    public TextSpan Span => TextSpan.FromBounds(Name.Span.Start, Value.Span.End);
}

/// <summary><c>[ ... ]</c></summary>
public sealed record JsonArraySyntax(TextSpan Span, ImmutableArray<JsonNodeSyntax> Items) : JsonNodeSyntax(Span)
{
    /// <inheritdoc />
    public override string KindDescription => "an array";
}

/// <summary>
/// A string: <see cref="Value"/> has the escapes decoded; <see cref="Offsets"/> holds, for each character of the value and
/// one more for its end, the file offset where that character was written (the backslash of an escape, the closing quote).
/// </summary>
public sealed record JsonStringSyntax(TextSpan Span, string Value, ImmutableArray<int> Offsets) : JsonNodeSyntax(Span)
{
    /// <inheritdoc />
    public override string KindDescription => "a string";

    /// <summary>The value as an expression whose characters map back to <paramref name="file"/>, escapes included.</summary>
    public ExpressionText ToExpressionText(SourceText file) => ExpressionText.Embedded(Value, file, [.. Offsets]);
}

/// <summary>A number, kept as written so the reader of the value chooses its type.</summary>
public sealed record JsonNumberSyntax(TextSpan Span, string Text) : JsonNodeSyntax(Span)
{
    /// <inheritdoc />
    public override string KindDescription => "a number";
}

/// <summary><c>true</c> or <c>false</c></summary>
public sealed record JsonBooleanSyntax(TextSpan Span, bool Value) : JsonNodeSyntax(Span)
{
    /// <inheritdoc />
    public override string KindDescription => Value ? "true" : "false";
}

/// <summary><c>null</c></summary>
public sealed record JsonNullSyntax(TextSpan Span) : JsonNodeSyntax(Span)
{
    /// <inheritdoc />
    public override string KindDescription => "null";
}

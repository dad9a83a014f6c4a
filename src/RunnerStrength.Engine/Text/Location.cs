namespace RunnerStrength.Engine.Text;

/// <summary>Where something is: a span in a source file.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    /// <summary>A location for problems that belong to no file (for example a missing input).</summary>
    public static Location None { get; } = new(SourceText.From(string.Empty, string.Empty), default);

    /// <summary>The path shown in messages.</summary>
    public string Path => Source.Path;

    /// <summary>The 0-based start line and character.</summary>
    public LinePosition Start => Source.GetLinePosition(Span.Start);

    /// <summary>The 0-based end line and character.</summary>
    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary>The 1-based line of the start.</summary>
    public int Line => Start.Line + 1;

    /// <summary>The 1-based column of the start.</summary>
    public int Column => Start.Character + 1;

    /// <summary>True for <see cref="None"/> and other locations with no file.</summary>
    public bool IsNone => Source.Path.Length == 0;

    /// <summary>The MSBuild form: <c>path(line,column)</c>.</summary>
    public override string ToString() => IsNone ? string.Empty : $"{Path}{Start}";
}

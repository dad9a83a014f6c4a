using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Diagnostics;

/// <summary>Collects the diagnostics of one stage so that every problem is reported in one run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>True when any collected diagnostic is an error.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    /// <summary>How many diagnostics were collected.</summary>
    public int Count => _items.Count;

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds a diagnostic of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        _items.Add(new Diagnostic(descriptor, location, arguments));

    /// <summary>Adds many diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics in the order they were found.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];

    /// <summary>The diagnostics sorted by file, line and column, the order people read them in.</summary>
    public ImmutableArray<Diagnostic> ToSortedImmutable() =>
    [
        .. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal),
    ];
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>The outcome of reading an exercise catalog: the catalog when it has no errors, and every problem found.</summary>
public sealed record CatalogReadResult(ExerciseCatalog? Catalog, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The text that was read; null when the file could not be read.</summary>
    public SourceText? Source { get; init; }

    /// <summary>True when the catalog was read and no diagnostic is an error.</summary>
    public bool Succeeded => Catalog is not null && !Diagnostics.Any(d => d.IsError);
}

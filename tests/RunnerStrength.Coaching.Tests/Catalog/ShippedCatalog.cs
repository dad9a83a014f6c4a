using RunnerStrength.Coaching.Catalog;

namespace RunnerStrength.Coaching.Tests.Catalog;

/// <summary>The repository's <c>rules/exercises.json</c>, read once for the tests that inspect it.</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<CatalogReadResult> Result = new(() => ExerciseCatalog.ReadFile(RepositoryPaths.ExerciseCatalog));

    public static CatalogReadResult ReadResult => Result.Value;

    public static ExerciseCatalog Catalog => Result.Value.Catalog
        ?? throw new InvalidOperationException("rules/exercises.json does not load:\n" + string.Join("\n", Result.Value.Diagnostics));
}

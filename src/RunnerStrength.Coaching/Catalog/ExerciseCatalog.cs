using RunnerStrength.Coaching.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>The exercises a plan can use, looked up by id.</summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, Exercise> _byId;

    /// <summary>Makes a catalog of <paramref name="exercises"/>; their ids must be unique (files are checked by <see cref="Read"/>).</summary>
    public ExerciseCatalog(IEnumerable<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        Exercises = [.. exercises];
        _byId = new Dictionary<string, Exercise>(Exercises.Count, StringComparer.Ordinal);
        foreach (var exercise in Exercises)
        {
            if (!_byId.TryAdd(exercise.Id, exercise))
            {
                throw new ArgumentException($"Exercise '{exercise.Id}' appears more than once.", nameof(exercises));
            }
        }
    }

    /// <summary>Every exercise, in file order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The exercise with <paramref name="id"/>, or null.</summary>
    public Exercise? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when the catalog has an exercise with <paramref name="id"/>.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>
    /// Reads a catalog: JSON syntax (RS1001), every schema violation (RS1002-RS1007), then the catalog checks
    /// (RS5010-RS5020: duplicate ids, unknown or circular progressions, doses). The catalog is null when any is an error.
    /// </summary>
    public static CatalogReadResult Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (file, diagnostics) = CoachingJson.Read<CatalogFile>(source, CoachingSchemas.Exercises, CatalogDocumentChecks.Check);
        return new CatalogReadResult(file is null ? null : new ExerciseCatalog(file.Exercises), diagnostics) { Source = source };
    }

    /// <summary>Reads the catalog at <paramref name="path"/>; a missing file is RS9001, a folder RS9004, a device or FIFO RS9005, a file over 16 MiB RS9006, an unreadable file RS9002.</summary>
    public static CatalogReadResult ReadFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        var source = JsonSourceFile.Read(path, diagnostics);
        return source is null ? new CatalogReadResult(null, diagnostics.ToImmutable()) : Read(source);
    }

    internal sealed record CatalogFile
    {
        public required IReadOnlyList<Exercise> Exercises { get; init; }
    }
}

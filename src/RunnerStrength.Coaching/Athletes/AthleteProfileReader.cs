using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>Reads athlete profiles, reporting every problem with its line and column instead of throwing.</summary>
public static class AthleteProfileReader
{
    /// <summary>
    /// Reads a profile: JSON syntax (RS1001), every schema violation (RS1002-RS1007), then the checks a schema cannot
    /// express (RS5001-RS5003, RS5006-RS5008). The profile is null when any of them is an error; a warning, such as a
    /// load that is not understood (RS5006), leaves it read.
    /// </summary>
    public static AthleteReadResult Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (profile, diagnostics) = CoachingJson.Read<AthleteProfile>(source, CoachingSchemas.Athlete, AthleteDocumentChecks.Check);
        return new AthleteReadResult(profile, diagnostics) { Source = source };
    }

    /// <summary>Reads the profile at <paramref name="path"/>; a missing file is RS9001, a folder RS9004, a device or FIFO RS9005, a file over 16 MiB RS9006, an unreadable file RS9002.</summary>
    public static AthleteReadResult ReadFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        var source = JsonSourceFile.Read(path, diagnostics);
        return source is null ? new AthleteReadResult(null, diagnostics.ToImmutable()) : Read(source);
    }

    /// <summary>
    /// Checks the profile against the exercise catalog: a history entry naming an unknown exercise is a warning with a
    /// suggestion (RS5004), and so is one measured in reps for an exercise dosed in seconds or the other way round (RS5005).
    /// Positions come from <paramref name="source"/> when given.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckAgainstCatalog(AthleteProfile profile, SourceText? source, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        var locator = source is null ? null : JsonPointerLocator.Create(source);
        var diagnostics = new DiagnosticBag();
        for (var i = 0; i < profile.History.Count; i++)
        {
            var entry = profile.History[i];
            var pointer = JsonPointerLocator.Append(JsonPointerLocator.Append("/history", i), "exercise");
            var location = locator?.LocateValue(pointer) ?? Location.None;
            if (catalog.Find(entry.Exercise) is not { } exercise)
            {
                var suggestion = NameSuggester.Suggest(entry.Exercise, catalog.Exercises.Select(e => e.Id));
                diagnostics.Report(CoachingDiagnostics.UnknownHistoryExercise, location, entry.Exercise, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                continue;
            }

            if (entry.Seconds is not null && exercise.Dose.Reps is not null)
            {
                diagnostics.Report(CoachingDiagnostics.HistoryMeasureMismatch, location, i + 1, "seconds", exercise.Id, "reps");
            }
            else if (entry.Reps is not null && exercise.Dose.Seconds is not null)
            {
                diagnostics.Report(CoachingDiagnostics.HistoryMeasureMismatch, location, i + 1, "reps", exercise.Id, "seconds");
            }
        }

        return diagnostics.ToSortedImmutable();
    }
}

using System.Text.Json;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>
/// The catalog checks a schema cannot express, run over the file as written so they are reported together with any
/// schema violations. Nodes of the wrong shape are skipped: the schema has already reported them.
/// </summary>
internal static partial class CatalogDocumentChecks
{
    private const string Plyometric = "plyometric";

    public static void Check(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("exercises", out var items)
            || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var entries = Collect(items, locator, diagnostics);
        foreach (var entry in entries.Values)
        {
            CheckImpact(entry, locator, diagnostics);
            CheckDose(entry, locator, diagnostics);
        }

        var edges = CheckLinks(entries, locator, diagnostics);
        CheckLevels(entries, edges, locator, diagnostics);
        CheckCycles(entries, edges, locator, diagnostics);
    }

    // The first exercise of each id; later ones are reported as duplicates and not checked further.
    private static Dictionary<string, Entry> Collect(JsonElement items, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var pointer = JsonPointerLocator.Append("/exercises", index++);
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var idNode) || idNode.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var id = idNode.GetString()!;
            if (entries.TryGetValue(id, out var first))
            {
                var firstLine = locator.LocateValue(JsonPointerLocator.Append(first.Pointer, "id")).Line;
                diagnostics.Report(CoachingDiagnostics.DuplicateExerciseId, locator.LocateValue(JsonPointerLocator.Append(pointer, "id")), id, firstLine);
                continue;
            }

            entries.Add(id, new Entry(id, pointer, item));
        }

        return entries;
    }

    private static void CheckImpact(Entry entry, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        var pattern = entry.String("pattern");
        var hasImpact = entry.Element.TryGetProperty("impact", out _);
        if (pattern == Plyometric && !hasImpact)
        {
            diagnostics.Report(CoachingDiagnostics.PlyometricWithoutImpact, locator.Locate(entry.Child("pattern")), entry.Id);
        }
        else if (hasImpact && pattern is not null && pattern != Plyometric)
        {
            diagnostics.Report(CoachingDiagnostics.ImpactWithoutPlyometric, locator.Locate(entry.Child("impact")), entry.Id, pattern);
        }
    }

    private static void CheckDose(Entry entry, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (!entry.Element.TryGetProperty("dose", out var dose) || dose.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var pointer = entry.Child("dose");
        var hasReps = dose.TryGetProperty("reps", out var reps);
        var hasSeconds = dose.TryGetProperty("seconds", out var seconds);
        if (hasReps && hasSeconds)
        {
            diagnostics.Report(CoachingDiagnostics.DoseRepsAndSeconds, locator.Locate(JsonPointerLocator.Append(pointer, "seconds")), entry.Id);
        }
        else if (!hasReps && !hasSeconds)
        {
            diagnostics.Report(CoachingDiagnostics.DoseWithoutRepsOrSeconds, locator.Locate(pointer), entry.Id);
        }

        CheckRange(entry.Id, "reps", hasReps ? reps : default, JsonPointerLocator.Append(pointer, "reps"), locator, diagnostics);
        CheckRange(entry.Id, "seconds", hasSeconds ? seconds : default, JsonPointerLocator.Append(pointer, "seconds"), locator, diagnostics);
    }

    private static void CheckRange(string id, string what, JsonElement range, string pointer, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (range.ValueKind == JsonValueKind.Object
            && range.TryGetProperty("min", out var min) && min.TryGetInt32(out var low)
            && range.TryGetProperty("max", out var max) && max.TryGetInt32(out var high)
            && low > high)
        {
            diagnostics.Report(CoachingDiagnostics.InvertedRange, locator.Locate(pointer), what, id, low, high);
        }
    }

    private sealed record Entry(string Id, string Pointer, JsonElement Element)
    {
        public AthleteLevel? Level => String("level") is { } level ? JsonEnumSpelling<AthleteLevel>.Parse(level) : null;

        public string Child(string name) => JsonPointerLocator.Append(Pointer, name);

        public string? String(string name) =>
            Element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public IEnumerable<(string Id, string Pointer)> Links(string list)
        {
            if (!Element.TryGetProperty(list, out var items) || items.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                var pointer = JsonPointerLocator.Append(Child(list), index++);
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return (item.GetString()!, pointer);
                }
            }
        }
    }
}

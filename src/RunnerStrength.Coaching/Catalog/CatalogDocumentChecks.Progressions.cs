using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Catalog;

/// <summary>The progression checks: harder and easier links resolve, mirror each other, rise in level and never go round in a circle.</summary>
internal static partial class CatalogDocumentChecks
{
    // Checks every harder/easier entry and returns the progression edges (easier -> harder), each with where it was written.
    private static Dictionary<(string Easier, string Harder), string> CheckLinks(
        Dictionary<string, Entry> entries,
        JsonPointerLocator locator,
        DiagnosticBag diagnostics)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var entry in entries.Values)
        {
            foreach (var (list, mirror) in (ReadOnlySpan<(string, string)>)[("harder", "easier"), ("easier", "harder")])
            {
                foreach (var (target, pointer) in entry.Links(list))
                {
                    var location = locator.LocateValue(pointer);
                    if (target == entry.Id)
                    {
                        diagnostics.Report(CoachingDiagnostics.SelfProgression, location, entry.Id, list);
                        continue;
                    }

                    if (!entries.TryGetValue(target, out var other))
                    {
                        var suggestion = NameSuggester.Suggest(target, entries.Keys);
                        diagnostics.Report(CoachingDiagnostics.UnknownProgressionExercise, location, target, list, entry.Id, suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
                        continue;
                    }

                    if (!other.Links(mirror).Any(link => link.Id == entry.Id))
                    {
                        diagnostics.Report(CoachingDiagnostics.ProgressionNotMirrored, location, entry.Id, target, list, mirror);
                    }

                    var edge = list == "harder" ? (entry.Id, target) : (target, entry.Id);
                    edges.TryAdd(edge, pointer);
                }
            }
        }

        return edges;
    }

    private static void CheckLevels(
        Dictionary<string, Entry> entries,
        Dictionary<(string Easier, string Harder), string> edges,
        JsonPointerLocator locator,
        DiagnosticBag diagnostics)
    {
        foreach (var ((easier, harder), pointer) in edges)
        {
            var easierLevel = entries[easier].Level;
            var harderLevel = entries[harder].Level;
            if (easierLevel is { } low && harderLevel is { } high && high < low)
            {
                diagnostics.Report(
                    CoachingDiagnostics.ProgressionLevelInverted,
                    locator.LocateValue(pointer),
                    harder,
                    easier,
                    JsonEnumSpelling<AthleteLevel>.ByValue[high],
                    JsonEnumSpelling<AthleteLevel>.ByValue[low]);
            }
        }
    }

    // A depth-first walk; an edge back to an exercise still on the path closes a circle.
    private static void CheckCycles(
        Dictionary<string, Entry> entries,
        Dictionary<(string Easier, string Harder), string> edges,
        JsonPointerLocator locator,
        DiagnosticBag diagnostics)
    {
        var next = edges.Keys.ToLookup(edge => edge.Easier, edge => edge.Harder);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        foreach (var start in entries.Keys)
        {
            Visit(start);
        }

        void Visit(string id)
        {
            if (finished.Contains(id))
            {
                return;
            }

            path.Add(id);
            onPath.Add(id);
            foreach (var target in next[id])
            {
                if (onPath.Contains(target))
                {
                    var circle = path.Skip(path.IndexOf(target)).Append(target);
                    diagnostics.Report(CoachingDiagnostics.ProgressionCycle, locator.LocateValue(edges[(id, target)]), string.Join(" -> ", circle));
                }
                else
                {
                    Visit(target);
                }
            }

            path.RemoveAt(path.Count - 1);
            onPath.Remove(id);
            finished.Add(id);
        }
    }
}

using System.Text.Json;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>
/// The checks a schema cannot express, run over the profile as written so they are reported together with any
/// schema violations. Nodes of the wrong shape are skipped: the schema has already reported them.
/// </summary>
internal static class AthleteDocumentChecks
{
    public static void Check(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        CheckWeek(root, locator, diagnostics);
        CheckHistory(root, locator, diagnostics);
    }

    private static void CheckWeek(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("week", out var week) || week.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var days = 0;
        foreach (var day in week.EnumerateObject())
        {
            if (day.Value.ValueKind != JsonValueKind.String || JsonEnumSpelling<RunKind>.Parse(day.Value.GetString()!) is not { } kind)
            {
                // A misspelt day might have been a run; the schema already names it.
                return;
            }

            if (kind != RunKind.Rest)
            {
                return;
            }

            days++;
        }

        if (days > 0)
        {
            diagnostics.Report(CoachingDiagnostics.WeekWithoutRuns, locator.Locate("/week"));
        }
    }

    private static void CheckHistory(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("history", out var history) || history.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var entry in history.EnumerateArray())
        {
            var pointer = JsonPointerLocator.Append("/history", index);
            index++;
            if (entry.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var exercise = entry.TryGetProperty("exercise", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : "?";
            var hasReps = entry.TryGetProperty("reps", out _);
            var hasSeconds = entry.TryGetProperty("seconds", out _);
            if (hasReps && hasSeconds)
            {
                diagnostics.Report(CoachingDiagnostics.HistoryRepsAndSeconds, locator.Locate(JsonPointerLocator.Append(pointer, "seconds")), index, exercise);
            }
            else if (!hasReps && !hasSeconds)
            {
                diagnostics.Report(CoachingDiagnostics.HistoryWithoutRepsOrSeconds, locator.Locate(pointer), index, exercise);
            }
        }
    }
}

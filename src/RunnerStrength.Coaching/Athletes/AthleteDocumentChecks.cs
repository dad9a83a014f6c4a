using System.Globalization;
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
        CheckRace(root, locator, diagnostics);
        CheckInjuries(root, locator, diagnostics);
        CheckReadiness(root, locator, diagnostics);
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

    // The schema could say "date or inWeeks" only as a oneOf, whose failure reads "matches none of the allowed shapes".
    private static void CheckRace(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("race", out var race) || race.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var hasDate = race.TryGetProperty("date", out _);
        var hasWeeks = race.TryGetProperty("inWeeks", out _);
        var problem = (hasDate, hasWeeks) switch
        {
            (true, true) => "both 'date' and 'inWeeks'",
            (false, false) => "neither 'date' nor 'inWeeks'",
            _ when race.TryGetProperty("day", out _) && !hasWeeks => "'day' without 'inWeeks'",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Report(CoachingDiagnostics.RaceDayNotGivenOnce, locator.Locate("/race"), problem);
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

            if (entry.TryGetProperty("load", out var load) && load.ValueKind == JsonValueKind.String && load.GetString() is { } text
                && !LoggedLoad.TryParse(text, out _) && !LoggedLoad.IsBodyweight(text) && !LoggedLoad.IsBand(text))
            {
                diagnostics.Report(CoachingDiagnostics.LoadNotUnderstood, locator.LocateValue(JsonPointerLocator.Append(pointer, "load")), index, text);
            }
        }
    }

    // The schema cannot say "unique by tag" across strings and objects, so the same tag twice is caught here.
    private static void CheckInjuries(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("injuries", out var injuries) || injuries.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var firstItem = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in injuries.EnumerateArray())
        {
            index++;
            var tag = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("tag", out var t) && t.ValueKind == JsonValueKind.String => t.GetString(),
                _ => null,
            };
            if (tag is null)
            {
                continue;
            }

            if (!firstItem.TryAdd(tag, index))
            {
                diagnostics.Report(CoachingDiagnostics.DuplicateInjury, locator.LocateValue(JsonPointerLocator.Append("/injuries", index - 1)), tag, firstItem[tag], index);
            }
        }
    }

    private static void CheckReadiness(JsonElement root, JsonPointerLocator locator, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("readiness", out var readiness) || readiness.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var firstReading = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var reading in readiness.EnumerateArray())
        {
            index++;
            if (reading.ValueKind != JsonValueKind.Object || !reading.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                // A missing or malformed date is the schema's to report.
                continue;
            }

            if (!firstReading.TryAdd(day, index))
            {
                var pointer = JsonPointerLocator.Append(JsonPointerLocator.Append("/readiness", index - 1), "date");
                diagnostics.Report(CoachingDiagnostics.DuplicateReadinessDate, locator.LocateValue(pointer), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), firstReading[day], index);
            }
        }
    }
}

using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Binding;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// Checks a scenario's expectations against the plan designed for it. Each check of a week says what it expected and
/// what the week holds; a check of every week reports the failing weeks together when they hold the same thing.
/// </summary>
internal sealed class ExpectationChecks(StrengthPlan plan, ImmutableSortedSet<string> firedRules, ExerciseCatalog catalog)
{
    /// <summary>The checks an expectation can make: its JSON property names other than <c>week</c>.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        .. typeof(ScenarioExpectation).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != nameof(ScenarioExpectation.Week))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)),
    ];

    public IEnumerable<ExpectationFailure> Check(ScenarioExpectation expectation)
    {
        var weeks = expectation.Week is { } number ? plan.Weeks.Where(w => w.Week == number).ToList() : [.. plan.Weeks];
        if (weeks.Count == 0)
        {
            yield return new ExpectationFailure($"week {expectation.Week}", $"a week of the plan (1 to {plan.Weeks.Count})", "no such week", expectation.LocationOf("week"));
            yield break;
        }

        foreach (var (name, expected, problem) in WeekChecks(expectation))
        {
            var failing = weeks.Select(w => (w.Week, Actual: problem(w))).Where(r => r.Actual is not null).ToList();
            foreach (var group in failing.GroupBy(r => r.Actual!, StringComparer.Ordinal))
            {
                var numbers = group.Select(r => r.Week).ToList();
                var label = numbers.Count == 1 ? $"week {numbers[0]}" : $"weeks {string.Join(", ", numbers)}";
                yield return new ExpectationFailure($"{label}: {name}", expected, group.Key, expectation.LocationOf(name));
            }
        }

        if (expectation.Week is null)
        {
            foreach (var failure in RuleChecks(expectation, firedRules, "the plan"))
            {
                yield return failure;
            }
        }
        else
        {
            var explained = weeks[0].Sessions.SelectMany(s => s.Why).Select(w => w.Rule).ToImmutableSortedSet(StringComparer.Ordinal);
            foreach (var failure in RuleChecks(expectation, explained, $"week {expectation.Week}"))
            {
                yield return failure;
            }
        }
    }

    private static IEnumerable<ExpectationFailure> RuleChecks(ScenarioExpectation expectation, ImmutableSortedSet<string> fired, string scope)
    {
        var missing = (expectation.RulesFired ?? []).Where(r => !fired.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            yield return new ExpectationFailure($"{scope}: rulesFired", $"{Join(expectation.RulesFired!)} to fire", $"{Join(missing)} did not fire", expectation.LocationOf("rulesFired"));
        }

        var present = (expectation.RulesNotFired ?? []).Where(fired.Contains).ToList();
        if (present.Count > 0)
        {
            yield return new ExpectationFailure($"{scope}: rulesNotFired", $"{Join(expectation.RulesNotFired!)} not to fire", $"{Join(present)} fired", expectation.LocationOf("rulesNotFired"));
        }
    }

    private IEnumerable<(string Name, string Expected, Func<PlanWeek, string?> Problem)> WeekChecks(ScenarioExpectation e)
    {
        if (e.Phase is { } phase)
        {
            yield return ("phase", Spell(phase), w => w.Phase == phase ? null : Spell(w.Phase));
        }

        if (e.Deload is { } deload)
        {
            yield return ("deload", DeloadText(deload), w => w.Deload == deload ? null : DeloadText(w.Deload));
        }

        if (e.Sessions is { } sessions)
        {
            yield return ("sessions", $"{sessions} sessions", w => sessions.Contains(w.Sessions.Count) ? null : $"{w.Sessions.Count} sessions");
        }

        if (e.StrengthDays is { } days)
        {
            var wanted = InWeekOrder(days);
            yield return ("strengthDays", DaysText(wanted), w => InWeekOrder(w.Sessions.Select(s => s.Day)).SequenceEqual(wanted) ? null : DaysText(InWeekOrder(w.Sessions.Select(s => s.Day))));
        }

        if (e.NotOn is { } notOn)
        {
            yield return ("notOn", $"no session on {Join(InWeekOrder(notOn).Select(Day))}", w => Problem(w.Sessions.Where(s => notOn.Contains(s.Day)).Select(Describe)));
        }

        if (e.Intensities is { } intensities)
        {
            yield return ("intensities", ListText(intensities.Select(Spell)), w => Same(w.Sessions.Select(s => Spell(s.Intensity)), intensities.Select(Spell)));
        }

        if (e.Kinds is { } kinds)
        {
            yield return ("kinds", ListText(kinds), w => Same(w.Sessions.Select(s => s.Kind), kinds));
        }

        if (e.SessionOn is { } on)
        {
            yield return ("sessionOn", Describe(on), w => SessionOnProblem(w, on));
        }

        if (e.MaxMinutes is { } maxMinutes)
        {
            yield return ("maxMinutes", $"sessions of at most {maxMinutes} min", w => Problem(w.Sessions.Where(s => s.Minutes > maxMinutes).Select(s => $"{s.Minutes} min on {Day(s.Day)}")));
        }

        if (e.Sets is { } sets)
        {
            yield return ("sets", $"{sets} sets", w => sets.Contains(Sets(w)) ? null : $"{Sets(w)} sets");
        }

        if (e.FewerSetsThanWeek is { } other)
        {
            var reference = plan.Weeks.FirstOrDefault(w => w.Week == other);
            yield return ("fewerSetsThanWeek", reference is null ? $"week {other} in the plan" : $"fewer than the {Sets(reference)} sets of week {other}",
                w => reference is null ? $"a plan of {plan.Weeks.Count} weeks" : Sets(w) < Sets(reference) ? null : $"{Sets(w)} sets");
        }

        if (e.ExercisesPresent is { } present)
        {
            yield return ("exercisesPresent", Join(present), w => MissingText(present.Except(ExerciseIds(w))));
        }

        if (e.ExercisesAbsent is { } absent)
        {
            yield return ("exercisesAbsent", $"none of {Join(absent)}", w => Problem(w.Sessions.SelectMany(s => Ids(s).Where(absent.Contains).Select(id => $"{id} on {Day(s.Day)}"))));
        }

        if (e.PatternsPresent is { } patternsPresent)
        {
            yield return ("patternsPresent", Join(patternsPresent.Select(Spell)), w => MissingText(patternsPresent.Except(Patterns(w)).Select(Spell)));
        }

        if (e.PatternsAbsent is { } patternsAbsent)
        {
            yield return ("patternsAbsent", $"no {Join(patternsAbsent.Select(Spell))}", w => Problem(w.Sessions.SelectMany(s => s.Exercises.Where(x => patternsAbsent.Contains(x.Pattern)).Select(x => $"{x.Id} ({Spell(x.Pattern)}) on {Day(s.Day)}"))));
        }

        if (e.EquipmentOnly is { } equipment)
        {
            yield return ("equipmentOnly", equipment.Count == 0 ? "bodyweight only" : $"only {Join(equipment)}", w => Problem(w.Sessions.SelectMany(s => Ids(s)
                .Select(id => (id, needs: catalog.Find(id)?.Equipment.Where(x => !equipment.Contains(x)).ToList() ?? []))
                .Where(x => x.needs.Count > 0)
                .Select(x => $"{x.id} on {Day(s.Day)} needs {Join(x.needs)}"))));
        }

        if (e.NoteContains is { } contains)
        {
            yield return ("noteContains", $"a note containing \"{contains}\"", w => Notes(w).Any(n => n.Contains(contains, StringComparison.OrdinalIgnoreCase)) ? null : NotesText(Notes(w)));
        }

        if (e.NoteNotContains is { } notContains)
        {
            yield return ("noteNotContains", $"no note containing \"{notContains}\"", w => Problem(Notes(w).Where(n => n.Contains(notContains, StringComparison.OrdinalIgnoreCase)).Select(n => $"\"{n}\"")));
        }

        if (e.Progression is { } progression)
        {
            yield return ("progression", $"{progression.Exercise} with a progression containing \"{progression.Contains}\"", w => ProgressionProblem(w, progression));
        }
    }

    private static string? SessionOnProblem(PlanWeek week, SessionExpectation on)
    {
        var session = week.Sessions.FirstOrDefault(s => s.Day == on.Day);
        if (session is null)
        {
            return $"no session on {Day(on.Day)} ({DaysText(InWeekOrder(week.Sessions.Select(s => s.Day)))})";
        }

        var matches = (on.Intensity is null || on.Intensity == session.Intensity)
            && (on.Kind is null || string.Equals(on.Kind, session.Kind, StringComparison.Ordinal))
            && (on.Run is null || on.Run == session.Run);
        return matches ? null : Describe(session);
    }

    private static string? ProgressionProblem(PlanWeek week, ProgressionExpectation progression)
    {
        var planned = week.Sessions.SelectMany(s => s.Exercises).Where(x => x.Id == progression.Exercise).ToList();
        if (planned.Count == 0)
        {
            return $"no {progression.Exercise} in the week";
        }

        if (planned.Exists(x => x.Progression?.Contains(progression.Contains, StringComparison.OrdinalIgnoreCase) == true))
        {
            return null;
        }

        var notes = planned.Select(x => x.Progression).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return notes.Count == 0 ? $"{progression.Exercise} without a progression note" : $"{progression.Exercise}: \"{string.Join("\"; \"", notes)}\"";
    }

    private IEnumerable<string> Notes(PlanWeek week) => week.Notes.Concat(plan.Notes);

    private static IEnumerable<string> Ids(PlannedSession session) => session.Exercises.Select(x => x.Id).Concat(session.Warmup.Select(w => w.Id));

    private static HashSet<string> ExerciseIds(PlanWeek week) => week.Sessions.SelectMany(Ids).ToHashSet(StringComparer.Ordinal);

    private static HashSet<MovementPattern> Patterns(PlanWeek week) => [.. week.Sessions.SelectMany(s => s.Exercises).Select(x => x.Pattern)];

    private static int Sets(PlanWeek week) => week.Sessions.Sum(s => s.Exercises.Sum(x => x.Sets));

    private static List<DayOfWeek> InWeekOrder(IEnumerable<DayOfWeek> days) => [.. days.Distinct().OrderBy(d => ((int)d + 6) % 7)];

    private static string? Same(IEnumerable<string> actual, IEnumerable<string> expected)
    {
        var list = actual.ToList();
        return list.SequenceEqual(expected, StringComparer.Ordinal) ? null : ListText(list);
    }

    private static string? Problem(IEnumerable<string> found)
    {
        var list = found.Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }

    private static string? MissingText(IEnumerable<string> missing)
    {
        var list = missing.ToList();
        return list.Count == 0 ? null : $"no {Join(list)}";
    }

    private static string NotesText(IEnumerable<string> notes)
    {
        var list = notes.ToList();
        return list.Count == 0 ? "no notes" : $"notes \"{string.Join("\"; \"", list)}\"";
    }

    private static string DeloadText(bool deload) => deload ? "a deload week" : "not a deload week";

    private static string DaysText(IReadOnlyList<DayOfWeek> days) => days.Count == 0 ? "no sessions" : $"sessions on {Join(days.Select(Day))}";

    private static string ListText(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "no sessions" : $"[{Join(list)}]";
    }

    private static string Describe(PlannedSession session) =>
        $"a {Spell(session.Intensity)} {session.Kind} session on {Day(session.Day)} beside {Spell(session.Run)}";

    private static string Describe(SessionExpectation on)
    {
        var intensity = on.Intensity is { } i ? Spell(i) + " " : string.Empty;
        var kind = on.Kind is { } k ? k + " " : string.Empty;
        var run = on.Run is { } r ? " beside " + Spell(r) : string.Empty;
        return $"a {intensity}{kind}session on {Day(on.Day)}{run}";
    }

    private static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static string Day(DayOfWeek day) => JsonNamingPolicy.CamelCase.ConvertName(day.ToString());

    private static string Spell<T>(T value)
        where T : struct, Enum => EnumText.Name(typeof(T), value);
}

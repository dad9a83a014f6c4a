using System.Collections.Immutable;
using System.Globalization;
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
/// The catalog, the rule set's loadable equipment and the athlete's race day are what some checks compare the plan with.
/// </summary>
internal sealed class ExpectationChecks(StrengthPlan plan, ImmutableSortedSet<string> firedRules, ExerciseCatalog catalog, IReadOnlySet<string> loadableEquipment, DateOnly? raceDay)
{
    /// <summary>The patterns whose exercises make a session a lower-body session.</summary>
    private static readonly MovementPattern[] LowerBodyPatterns = [MovementPattern.Squat, MovementPattern.Hinge, MovementPattern.Glute];

    /// <summary>Load cues that promise load to add.</summary>
    private static readonly string[] HeavyCues = ["heavy", "reps in reserve"];

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

        foreach (var failure in PlanChecks(expectation))
        {
            yield return failure;
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

    /// <summary>The checks over the whole plan; the reader allows them only in an expectation without a week.</summary>
    private IEnumerable<ExpectationFailure> PlanChecks(ScenarioExpectation e)
    {
        if (e.PhaseWeeks is { } phaseWeeks)
        {
            var counts = plan.Weeks.GroupBy(w => w.Phase).ToDictionary(g => g.Key, g => g.Count());
            var failing = phaseWeeks.Where(p => !p.Value.Contains(counts.GetValueOrDefault(p.Key))).ToList();
            if (failing.Count > 0)
            {
                var expected = Join(phaseWeeks.Select(p => $"{p.Value} {Spell(p.Key)} weeks"));
                var actual = $"{Join(failing.Select(p => $"{counts.GetValueOrDefault(p.Key)} {Spell(p.Key)} weeks"))} ({PhasesText()})";
                yield return new ExpectationFailure("the plan: phaseWeeks", expected, actual, e.LocationOf("phaseWeeks"));
            }
        }

        if (e.TaperDays is { } taperDays && TaperDaysProblem(taperDays) is { } taperProblem)
        {
            yield return new ExpectationFailure("the plan: taperDays", $"a taper of {taperDays} days, its first day to race day", taperProblem, e.LocationOf("taperDays"));
        }

        if (e.DeloadAfterLoadingWeeks is { } loading && DeloadProblem(loading) is { } deloadProblem)
        {
            yield return new ExpectationFailure("the plan: deloadAfterLoadingWeeks", $"every deload week after at least {loading} loading weeks in a row of base and build", deloadProblem, e.LocationOf("deloadAfterLoadingWeeks"));
        }
    }

    private string? TaperDaysProblem(CountRange expected)
    {
        if (raceDay is not { } race)
        {
            return "no race: the athlete has none";
        }

        if (plan.Weeks.FirstOrDefault(w => w.Phase == TrainingPhase.Taper) is not { } taper)
        {
            return $"no taper week ({PhasesText()})";
        }

        // Both ends count, as coaches count a taper: Monday to race day on Sunday is a 7-day taper.
        var days = race.DayNumber - taper.Start.DayNumber + 1;
        return expected.Contains(days) ? null : $"{days} days (the taper starts {Date(taper.Start)} in week {taper.Week}, the race is {Date(race)})";
    }

    private string? DeloadProblem(int loading)
    {
        var problems = new List<string>();
        for (var i = 0; i < plan.Weeks.Count; i++)
        {
            var week = plan.Weeks[i];
            if (!week.Deload)
            {
                continue;
            }

            var run = 0;
            // Loading weeks count in a row through the training block (base and build), as the Deload rules count them.
            for (var j = i - 1; j >= 0 && !plan.Weeks[j].Deload && TrainingBlock.Continues(plan.Weeks[j].Phase, week.Phase); j--)
            {
                run++;
            }

            if (run < loading)
            {
                problems.Add($"week {week.Week} ({Spell(week.Phase)}) after {run}");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>The plan's phases as runs of weeks: "weeks 1-3 base, 4-9 build, 10-11 taper".</summary>
    private string PhasesText()
    {
        var runs = new List<string>();
        var i = 0;
        while (i < plan.Weeks.Count)
        {
            var j = i;
            while (j + 1 < plan.Weeks.Count && plan.Weeks[j + 1].Phase == plan.Weeks[i].Phase)
            {
                j++;
            }

            var span = i == j ? $"{plan.Weeks[i].Week}" : $"{plan.Weeks[i].Week}-{plan.Weeks[j].Week}";
            runs.Add($"{span} {Spell(plan.Weeks[i].Phase)}");
            i = j + 1;
        }

        return runs.Count == 0 ? "no weeks" : "weeks " + Join(runs);
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

        if (e.Orders is { } orders)
        {
            yield return ("orders", ListText(orders.Select(OrderText)), w => Same(w.Sessions.Select(s => OrderText(s.Order)), orders.Select(OrderText)));
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

        if (e.SameExercisesAsWeek is { } same)
        {
            var reference = plan.Weeks.FirstOrDefault(w => w.Week == same);
            yield return ("sameExercisesAsWeek", reference is null ? $"week {same} in the plan" : $"the exercises of week {same}, session by session",
                w => reference is null ? $"a plan of {plan.Weeks.Count} weeks" : ExerciseDifference(w, reference));
        }

        if (e.PatternSets is { } patternSets)
        {
            yield return ("patternSets", $"hard sets {Join(patternSets.Select(p => $"{p.Key} {p.Value}"))}", w => PatternSetsProblem(w, patternSets));
        }

        if (e.MaxSetsPerPattern is { } maxSets)
        {
            yield return ("maxSetsPerPattern", $"no pattern above {maxSets} hard sets", w => Problem(WeeklySets.Of(w).Where(p => p.Value > maxSets).Select(p => $"{Spell(p.Key)} {p.Value}")));
        }

        if (e.LowerBodySessions is { } lowerBody)
        {
            yield return ("lowerBodySessions", $"{lowerBody} lower-body sessions (not light, with 2+ squat, hinge or glute exercises)", w => LowerBodyProblem(w, lowerBody));
        }

        if (e.TimedOnlyWhenCatalogTimed == true)
        {
            yield return ("timedOnlyWhenCatalogTimed", "seconds only for exercises the catalog doses in seconds", TimedProblem);
        }

        if (e.HeavyCuesOnlyWhenLoadable == true)
        {
            var loadable = Join(loadableEquipment.Order(StringComparer.Ordinal));
            yield return ("heavyCuesOnlyWhenLoadable", $"\"heavy\" or \"reps in reserve\" only on exercises with loadable equipment ({loadable})", HeavyCueProblem);
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

        if (e.Prescription is { } prescription)
        {
            yield return ("prescription", $"{prescription.Exercise} prescribed with \"{prescription.Contains}\"", w => PrescriptionProblem(w, prescription));
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
            && (on.Run is null || on.Run == session.Run)
            && (on.Order is null || on.Order == session.Order)
            && (on.Fallback is null || on.Fallback == session.Fallback);
        if (matches)
        {
            return null;
        }

        // The order and the fallback are told only when the expectation asks about them, so older messages stay as they were.
        var order = on.Order is null ? string.Empty : ", " + OrderText(session.Order);
        var fallback = on.Fallback is null ? string.Empty : ", " + FallbackText(session.Fallback);
        return Describe(session) + order + fallback;
    }

    /// <summary>Where the sessions of <paramref name="week"/> hold other exercises than those of <paramref name="reference"/>, or null.</summary>
    private static string? ExerciseDifference(PlanWeek week, PlanWeek reference)
    {
        if (week.Sessions.Count != reference.Sessions.Count)
        {
            return $"{week.Sessions.Count} sessions where week {reference.Week} has {reference.Sessions.Count}";
        }

        return Problem(week.Sessions.Zip(reference.Sessions)
            .Where(pair => !pair.First.Exercises.Select(x => x.Id).SequenceEqual(pair.Second.Exercises.Select(x => x.Id), StringComparer.Ordinal))
            .Select(pair => $"{Day(pair.First.Day)} [{Join(pair.First.Exercises.Select(x => x.Id))}] where week {reference.Week}'s {Day(pair.Second.Day)} has [{Join(pair.Second.Exercises.Select(x => x.Id))}]"));
    }

    /// <summary>The keys whose hard sets in <paramref name="week"/> are outside their range, with the sets they have, or null.</summary>
    private static string? PatternSetsProblem(PlanWeek week, IReadOnlyDictionary<string, CountRange> wanted)
    {
        var sets = WeeklySets.Of(week);
        return Problem(wanted
            .Select(p => (p.Key, Range: p.Value, Count: PatternKey.TryParse(p.Key, out var patterns, out _) ? patterns.Sum(sets.GetValueOrDefault) : 0))
            .Where(x => !x.Range.Contains(x.Count))
            .Select(x => $"{x.Key} {x.Count}"));
    }

    /// <summary>Exercises planned in seconds that the catalog doses in reps (or does not know), or null.</summary>
    private string? TimedProblem(PlanWeek week) => Problem(week.Sessions.SelectMany(s => s.Exercises
        .Where(x => x.Seconds is not null && catalog.Find(x.Id)?.Dose.Seconds is null)
        .Select(x => $"{x.Id} on {Day(s.Day)} for {x.Seconds!.Min}-{x.Seconds.Max} s ({(catalog.Contains(x.Id) ? "the catalog doses it in reps" : "not in the catalog")})")));

    /// <summary>Exercises whose load cue promises load the equipment cannot add, or null.</summary>
    private string? HeavyCueProblem(PlanWeek week) => Problem(week.Sessions.SelectMany(s => s.Exercises
        .Where(x => HeavyCues.Any(cue => x.Load.Contains(cue, StringComparison.OrdinalIgnoreCase)) && !x.Equipment.Any(loadableEquipment.Contains))
        .Select(x => $"{x.Id} on {Day(s.Day)} \"{x.Load}\" with {(x.Equipment.Count == 0 ? "bodyweight" : Join(x.Equipment))}")));

    private static string? LowerBodyProblem(PlanWeek week, CountRange wanted)
    {
        var count = week.Sessions.Count(IsLowerBody);
        return wanted.Contains(count) ? null : $"{count} lower-body sessions ({LowerBodyText(week)})";
    }

    private static int LowerBodyExercises(PlannedSession session) => session.Exercises.Count(x => !x.Mitigation && LowerBodyPatterns.Contains(x.Pattern));

    private static bool IsLowerBody(PlannedSession session) => session.Intensity != SessionIntensity.Light && LowerBodyExercises(session) >= 2;

    private static string LowerBodyText(PlanWeek week) =>
        week.Sessions.Count == 0 ? "no sessions" : "squat, hinge or glute exercises: " + Join(week.Sessions.Select(s => $"{Day(s.Day)} {Spell(s.Intensity)} {LowerBodyExercises(s)}"));

    private static string? ProgressionProblem(PlanWeek week, ProgressionExpectation progression)
    {
        var planned = week.Sessions.SelectMany(s => s.Exercises).Where(x => x.Id == progression.Exercise).ToList();
        if (planned.Count == 0)
        {
            return $"no {progression.Exercise} in the week";
        }

        if (planned.Exists(x => Rendering.PlanWording.ProgressionText(x)?.Contains(progression.Contains, StringComparison.OrdinalIgnoreCase) == true))
        {
            return null;
        }

        var notes = planned.Select(Rendering.PlanWording.ProgressionText).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return notes.Count == 0 ? $"{progression.Exercise} without a progression note" : $"{progression.Exercise}: \"{string.Join("\"; \"", notes)}\"";
    }

    private static string? PrescriptionProblem(PlanWeek week, ProgressionExpectation prescription)
    {
        var lines = week.Sessions.SelectMany(s => s.Exercises).Where(x => x.Id == prescription.Exercise).Select(Rendering.PlanWording.ExerciseLine).Distinct(StringComparer.Ordinal).ToList();
        return lines.Count == 0 ? $"no {prescription.Exercise} in the week"
            : lines.Exists(l => l.Contains(prescription.Contains, StringComparison.OrdinalIgnoreCase)) ? null
            : $"\"{string.Join("\"; \"", lines)}\"";
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

    private static string OrderText(SessionOrder? order) => order is { } o ? Spell(o) : "null";

    private static string FallbackText(bool fallback) => fallback ? "a fallback" : "not a fallback";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
        var order = on.Order is { } o ? ", " + Spell(o) : string.Empty;
        var fallback = on.Fallback is { } f ? ", " + FallbackText(f) : string.Empty;
        return $"a {intensity}{kind}session on {Day(on.Day)}{run}{order}{fallback}";
    }

    private static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static string Day(DayOfWeek day) => JsonNamingPolicy.CamelCase.ConvertName(day.ToString());

    private static string Spell<T>(T value)
        where T : struct, Enum => EnumText.Name(typeof(T), value);
}

using System.Collections.Immutable;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Planning;

/// <summary>Fills one placed session: its plan, extras, exercises, progression, doses and warm-up, fitted to its minutes.</summary>
internal sealed class SessionBuilder
{
    private readonly AthleteProfile _athlete;
    private readonly CoachingRules _rules;
    private readonly RuleRunner _runner;
    private readonly IReadOnlySet<string> _inHistory;
    private readonly TimingModel _timing;

    /// <summary>Each exercise's facts in this plan, made once per use: [used this week + 2 x used last week].</summary>
    private readonly Dictionary<string, ExerciseUse?[]> _uses = new(StringComparer.Ordinal);

    /// <summary>ExerciseChoice scores (null: forbidden), reused in this design (most weeks repeat the same choices).</summary>
    private readonly ExerciseWorkflowMemo<int?> _scores;
    private int _useCount;

    public SessionBuilder(AthleteProfile athlete, CoachingRules rules, RuleRunner runner, TimingModel timing)
    {
        _athlete = athlete;
        _rules = rules;
        _runner = runner;
        _inHistory = athlete.History.Select(h => h.Exercise).ToHashSet(StringComparer.Ordinal);
        _timing = timing;
        _scores = new(rules.Designer(CoachingWorkflows.ExerciseChoice).Reads);
    }

    /// <summary>
    /// The first half of a session: what SessionPlan and SessionExtras say it holds (kind, slots, plyometrics, warm-up).
    /// The week's set budget is spread over every session's slots before any is filled (<see cref="SetAllocation"/>).
    /// </summary>
    public SessionLayout Layout(WeekFacts week, SessionFacts session, int maxMinutes, DateOnly date, SessionOrder? order, bool fallback, ImmutableArray<string> dayNotes, List<PlanReason> why, List<string> weekNotes, RuleContext context)
    {
        // Made once per session, so the exercise-level contexts below only add their exercise when a rule fails.
        context = new RuleContext($"{context} {RunningCalendar.DayName(date.DayOfWeek)}");
        var planRule = _runner.First(CoachingWorkflows.SessionPlan, [_athlete, week, session], context);
        var plan = planRule?.Decision ?? new RuleDecision { Kind = "strength" };
        if (planRule is not null)
        {
            why.Add(planRule.Reason());
        }

        session = session with { Kind = plan.Kind ?? "strength", Fallback = fallback };
        var slots = plan.Slots.ToList();
        PlyometricsDecision? plyometrics = null;
        foreach (var extra in _runner.Fire(CoachingWorkflows.SessionExtras, [_athlete, week, session], context))
        {
            why.Add(extra.Reason());
            slots.AddRange(extra.Decision.Slots);
            plyometrics ??= extra.Decision.Plyometrics;
            if (extra.Note is { Length: > 0 } note)
            {
                weekNotes.Add(note);
            }
        }

        if (plyometrics is not null)
        {
            // Plyometrics come first after the warm-up, while fresh: their own group, ahead of the session's.
            slots = [new SlotFacts { Group = "@", Pattern = MovementPattern.Plyometric }, .. slots];

            // On top of the session's work, not instead of it: the minutes grow by the jumps', within the athlete's time.
            session = session with { Plyometrics = plyometrics.Impact, Minutes = Math.Min(maxMinutes, session.Minutes + plyometrics.Minutes) };
        }

        return new SessionLayout(date, session, order, plan, [.. slots.Select(s => new SlotPlan(s))], plyometrics, why, context)
        {
            DayNote = dayNotes.IsEmpty ? null : string.Join(" ", dayNotes.Distinct(StringComparer.Ordinal)),
        };
    }

    /// <summary>The second half: exercises chosen for the slots, progressed and dosed, with the sets the budget gave, fitted to the minutes.</summary>
    public PlannedSession Fill(WeekFacts week, SessionLayout layout, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek)
    {
        var session = layout.Session;
        var context = layout.Context;
        var why = layout.Why;
        var chosen = new List<ChosenExercise>();
        foreach (var slot in layout.Slots)
        {
            if (slot.Sets == 0)
            {
                continue;
            }

            var pick = Choose(week, session, slot.Slot, slot.Sets, chosen, usedThisWeek, usedLastWeek, context);
            if (pick is not null)
            {
                chosen.Add(pick with { Weekly = slot.Weekly });
            }
        }

        // Slots the budget left out can leave an exercise alone in its group: it joins a neighbour as a bi- or tri-set.
        while (JoinLoneExercise(chosen))
        {
        }

        foreach (var progression in chosen.Where(c => c.Progression is not null).Select(c => c.ProgressionRule!).DistinctBy(r => r.Name))
        {
            why.Add(progression.Reason());
        }

        var warmup = Warmup(week, session, layout.Plan, context);
        var fitted = Fit(chosen, warmup, session.Minutes, session.Index, layout.Plyometrics);
        return new PlannedSession
        {
            Day = layout.Date.DayOfWeek,
            Date = layout.Date,
            Run = session.Run ?? RunKind.Rest,
            Order = layout.Order,
            Fallback = session.Fallback,
            Note = layout.DayNote,
            Kind = session.Kind,
            Title = layout.Plan.Title,
            Intensity = session.Intensity,
            Minutes = session.Minutes,
            Warmup = fitted.Warmup,
            Exercises = Label(fitted.Exercises),
            Why = [.. why.DistinctBy(w => w.Rule)],
        };
    }

    private ChosenExercise? Choose(WeekFacts week, SessionFacts session, SlotFacts slot, int? sets, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context)
    {
        Exercise? best = null;
        var bestScore = int.MinValue;
        foreach (var exercise in _rules.ExercisesByPattern[slot.Pattern])
        {
            if (IsChosen(chosen, exercise))
            {
                continue;
            }

            var use = UseOf(exercise, usedThisWeek, usedLastWeek);
            var score = Score(week, session, slot, use, context);
            if (score is { } s && s > bestScore)
            {
                bestScore = s;
                best = exercise;
            }
        }

        if (best is null)
        {
            var pattern = EnumText.Name(typeof(MovementPattern), slot.Pattern);
            _runner.WarnOnce($"slot:{pattern}:{slot.Unilateral}", new Diagnostic(CoachingDiagnostics.SlotUnfilled, Location.None, context.ToString(), slot.Unilateral ? "single-leg " + pattern : pattern));
            return null;
        }

        var (exerciseChosen, progression, progressionRule) = Progress(week, session, slot, best, chosen, usedThisWeek, usedLastWeek, context);
        var dose = Dose(week, session, slot, sets, exerciseChosen, UseOf(exerciseChosen, usedThisWeek, usedLastWeek).Facts, progression, context);
        return new ChosenExercise(exerciseChosen, slot, dose, progression, progressionRule);
    }

    private static bool IsChosen(List<ChosenExercise> chosen, Exercise exercise)
    {
        foreach (var c in chosen)
        {
            if (c.Exercise.Id == exercise.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The exercise's score for the slot, or null when a rule forbids it. A score is evaluated once per design for
    /// inputs that agree on everything the ExerciseChoice rules read (most weeks repeat the same choices).
    /// </summary>
    private int? Score(WeekFacts week, SessionFacts session, SlotFacts slot, ExerciseUse exercise, RuleContext context)
    {
        var scores = _scores.For(week, session, slot);
        if (!scores.TryGetValue(exercise.Number, out var score))
        {
            var fired = _runner.Fire(CoachingWorkflows.ExerciseChoice, [_athlete, week, session, slot, exercise.Facts], context.With(exercise.Facts.Id));
            score = fired.Exists(f => f.Forbids) ? null : fired.Sum(f => f.Decision.Score);
            scores.Add(exercise.Number, score);
        }

        return score;
    }

    /// <summary>The facts of <paramref name="exercise"/> with its use this week and last: the same object for the same use.</summary>
    private ExerciseUse UseOf(Exercise exercise, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek) =>
        UseOf(exercise, usedThisWeek.Contains(exercise.Id), usedLastWeek.Contains(exercise.Id));

    private ExerciseUse UseOf(Exercise exercise, bool usedThisWeek = false, bool usedLastWeek = false)
    {
        if (!_uses.TryGetValue(exercise.Id, out var uses))
        {
            uses = new ExerciseUse?[4];
            _uses.Add(exercise.Id, uses);
        }

        var use = (usedThisWeek ? 1 : 0) + (usedLastWeek ? 2 : 0);
        return uses[use] ??= new ExerciseUse(_rules.FactsOf(exercise) with { InHistory = _inHistory.Contains(exercise.Id), UsedThisWeek = usedThisWeek, UsedLastWeek = usedLastWeek }, _useCount++);
    }

    private (Exercise Exercise, ProgressionNote? Note, FiredRule? Rule) Progress(WeekFacts week, SessionFacts session, SlotFacts slot, Exercise exercise, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context)
    {
        var entries = _athlete.History.Where(h => h.Exercise == exercise.Id).OrderBy(h => h.Date).ToList();
        if (entries.Count == 0)
        {
            return (exercise, null, null);
        }

        var last = entries[^1];
        var allowed = (IReadOnlyList<string> ids) => ids
            .Select(id => _rules.Catalog.Find(id))
            .OfType<Exercise>()
            .Where(e => !chosen.Exists(c => c.Exercise.Id == e.Id) && Score(week, session, slot with { Pattern = e.Pattern }, UseOf(e, usedThisWeek, usedLastWeek), context) is not null)
            .ToList();
        var harder = allowed(exercise.Harder);
        var easier = allowed(exercise.Easier);
        var facts = UseOf(exercise, usedThisWeek, usedLastWeek).Facts with { HarderAvailable = harder.Count > 0, EasierAvailable = easier.Count > 0 };
        var history = new HistoryFacts
        {
            Exercise = last.Exercise,
            Date = last.Date,
            Sets = last.Sets,
            Reps = last.Reps,
            Seconds = last.Seconds,
            Rpe = last.Rpe,
            Load = last.Load,
            Entries = entries.Count,
        };
        var rule = _runner.First(CoachingWorkflows.Progression, [_athlete, facts, history], context.With(exercise.Id));
        if (rule?.Decision.Action is not { } action)
        {
            return (exercise, null, null);
        }

        var logged = Logged(last);
        return action switch
        {
            ProgressionAction.Harder when harder.Count > 0 => (harder[0], new ProgressionNote($"harder variation of {exercise.Id}: {logged}", null, null), rule),
            ProgressionAction.Easier when easier.Count > 0 => (easier[0], new ProgressionNote($"easier variation of {exercise.Id}: {logged}", null, null), rule),
            ProgressionAction.Load => (exercise, new ProgressionNote($"add load: {logged}", null, last.Load is null ? "add a little load" : $"a little more than {last.Load}"), rule),
            ProgressionAction.Tempo => (exercise, new ProgressionNote($"slower lowering: {logged}", rule.Decision.Tempo, null), rule),
            ProgressionAction.Hold => (exercise, new ProgressionNote($"hold: {logged}", null, last.Load), rule),
            _ => (exercise, null, null),
        };
    }

    private static string Logged(HistoryEntry entry)
    {
        var amount = entry.Reps is { } reps ? $"{entry.Sets} x {reps} reps" : $"{entry.Sets} x {entry.Seconds} s";
        var rpe = entry.Rpe is { } r ? $" at RPE {r:0.#}" : string.Empty;
        var load = entry.Load is { } l ? $" with {l}" : string.Empty;
        return $"{amount}{load}{rpe} on {entry.Date:yyyy-MM-dd}";
    }

    private ExerciseDoseState Dose(WeekFacts week, SessionFacts session, SlotFacts slot, int? budgetSets, Exercise exercise, ExerciseFacts facts, ProgressionNote? progression, RuleContext context)
    {
        var state = ExerciseDoseState.From(exercise.Dose);
        foreach (var fired in _runner.Fire(CoachingWorkflows.Dose, [_athlete, week, session, slot, facts], context.With(exercise.Id)))
        {
            state = state.Apply(fired.Decision, exercise.Dose);
        }

        // The week's budget decides the sets of a budgeted pattern; the Dose rules' set changes (deload) still apply.
        state = state.WithBudget(budgetSets);

        if (progression?.Tempo is { } tempo)
        {
            state = state with { Tempo = tempo };
        }

        if (progression?.Load is { } load)
        {
            state = state with { Load = load };
        }

        return state;
    }

    private List<WarmupItem> Warmup(WeekFacts week, SessionFacts session, RuleDecision plan, RuleContext context)
    {
        var seconds = plan.WarmupSeconds ?? 0;
        var items = new List<WarmupItem>();
        foreach (var id in plan.Warmup)
        {
            var exercise = _rules.Catalog.Find(id)!;
            var slot = new SlotFacts { Group = "W", Pattern = exercise.Pattern };
            if (seconds > 0 && Score(week, session, slot, UseOf(exercise), context) is not null)
            {
                items.Add(new WarmupItem { Id = exercise.Id, Name = exercise.Name, Seconds = seconds });
            }
        }

        return items;
    }

    /// <summary>
    /// Fits the session in its minutes without cutting the main lifts while anything else can give: first groups paired
    /// into bi- and tri-sets (rounds share their rest), then accessories and injury work down to one set, then the
    /// plyometrics, then a set at a time from the patterns with the most weekly sets (down to two, then one); only then an exercise
    /// goes, the pattern with the fewest weekly sets first. Injury work and plyometrics come on top of the budget, so
    /// they give way before the main lifts do. The warm-up is the SessionPlan rule's to size.
    /// </summary>
    private (List<ChosenExercise> Exercises, ImmutableArray<WarmupItem> Warmup) Fit(List<ChosenExercise> chosen, List<WarmupItem> warmup, int minutes, int sessionIndex, PlyometricsDecision? plyometrics)
    {
        var budget = minutes * 60;
        var exercises = chosen.ToList();
        bool Over() => Estimate(exercises, warmup, plyometrics) > budget;

        while (Over() && PairGroups(exercises))
        {
        }

        while (Over() && CutOneSet(exercises, floor: 1, e => e.Slot.Pattern != MovementPattern.Plyometric && e.Weekly == 0))
        {
        }

        if (Over())
        {
            exercises.RemoveAll(e => e.Slot.Pattern == MovementPattern.Plyometric);
            plyometrics = null;
        }

        // Work the budget does not count (mobility, foot and ankle drills) gives way before a main lift loses a set;
        // injury work stays, one exercise of it at least.
        while (Over() && exercises.FindLastIndex(e => e.Weekly == 0 && !e.Slot.Mitigation) is var extra and >= 0)
        {
            exercises.RemoveAt(extra);
        }

        // With more injury work than time, the week's sessions take turns: the first session keeps the first, the
        // second the second, and so on.
        var injuryWork = exercises.Where(e => e.Slot.Mitigation).ToList();
        if (injuryWork.Count > 1 && Over())
        {
            var kept = injuryWork[(sessionIndex - 1) % injuryWork.Count];
            for (var i = injuryWork.Count - 1; i >= 0 && Over(); i--)
            {
                if (injuryWork[i] != kept)
                {
                    exercises.Remove(injuryWork[i]);
                }
            }
        }

        while (Over() && CutOneSet(exercises, floor: 2, _ => true))
        {
        }

        while (Over() && CutOneSet(exercises, floor: 1, _ => true))
        {
        }

        // The pattern with the fewest weekly sets goes first (the rules say what matters by its sets), the later on a tie.
        while (Over() && exercises.Count > 1)
        {
            var least = 0;
            for (var i = 1; i < exercises.Count; i++)
            {
                if (exercises[i].Weekly <= exercises[least].Weekly)
                {
                    least = i;
                }
            }

            exercises.RemoveAt(least);
        }

        return (exercises, [.. warmup]);
    }

    /// <summary>
    /// Takes a set above <paramref name="floor"/> from the exercise with the most sets, so sets fall evenly; on a tie from
    /// two-leg work before single-leg work (the staple), then from the pattern with the most weekly sets (it has the
    /// most to spare), then the later one; false when none has one to give.
    /// </summary>
    private static bool CutOneSet(List<ChosenExercise> exercises, int floor, Func<ChosenExercise, bool> may)
    {
        var most = -1;
        for (var i = 0; i < exercises.Count; i++)
        {
            var (e, m) = (exercises[i], most < 0 ? null : exercises[most]);
            if (may(e) && e.Dose.Sets > floor && (m is null || CutsBefore(e, m)))
            {
                most = i;
            }
        }

        if (most < 0)
        {
            return false;
        }

        exercises[most] = exercises[most] with { Dose = exercises[most].Dose with { Sets = exercises[most].Dose.Sets - 1 } };
        return true;
    }

    private static bool CutsBefore(ChosenExercise e, ChosenExercise than) =>
        e.Dose.Sets != than.Dose.Sets ? e.Dose.Sets > than.Dose.Sets
        : e.Slot.Unilateral != than.Slot.Unilateral ? !e.Slot.Unilateral
        : e.Weekly >= than.Weekly;

    /// <summary>Joins the last two groups that together hold at most three exercises into one (a bi- or tri-set); false when none can.</summary>
    private static bool PairGroups(List<ChosenExercise> exercises) => Join(exercises, (first, second) => first + second <= 3);

    /// <summary>Joins a group of one exercise to a neighbouring group of at most two; false when none can.</summary>
    private static bool JoinLoneExercise(List<ChosenExercise> exercises)
    {
        if (Join(exercises, (first, second) => (first == 1 || second == 1) && first + second <= 3))
        {
            return true;
        }

        // Two lone exercises apart from each other make a bi-set of their own, in the first one's place.
        var lone = exercises
            .Where(e => e.Slot.Pattern != MovementPattern.Plyometric)
            .GroupBy(e => e.Slot.Group)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .Take(2)
            .ToList();
        if (lone.Count < 2)
        {
            return false;
        }

        var moved = lone[1] with { Slot = lone[1].Slot with { Group = lone[0].Slot.Group } };
        exercises.Remove(lone[1]);
        exercises.Insert(exercises.IndexOf(lone[0]) + 1, moved);
        return true;
    }

    /// <summary>Joins the last two neighbouring groups (plyometrics apart) whose sizes <paramref name="may"/> allows; false when none.</summary>
    private static bool Join(List<ChosenExercise> exercises, Func<int, int, bool> may)
    {
        var groups = exercises.Where(e => e.Slot.Pattern != MovementPattern.Plyometric).Select(e => e.Slot.Group).Distinct().ToList();
        for (var i = groups.Count - 1; i > 0; i--)
        {
            var (first, second) = (groups[i - 1], groups[i]);
            if (may(exercises.Count(e => e.Slot.Group == first), exercises.Count(e => e.Slot.Group == second)))
            {
                for (var j = 0; j < exercises.Count; j++)
                {
                    if (exercises[j].Slot.Group == second)
                    {
                        exercises[j] = exercises[j] with { Slot = exercises[j].Slot with { Group = first } };
                    }
                }

                // Keep a group's exercises together, in their order.
                var ordered = exercises.OrderBy(e => groups.IndexOf(e.Slot.Group == second ? first : e.Slot.Group)).ToList();
                exercises.Clear();
                exercises.AddRange(ordered);
                return true;
            }
        }

        return false;
    }

    private int Estimate(List<ChosenExercise> exercises, List<WarmupItem> warmup, PlyometricsDecision? plyometrics)
    {
        var total = warmup.Sum(w => w.Seconds);
        foreach (var group in exercises.GroupBy(e => e.Slot.Group))
        {
            if (group.Key == "@" && plyometrics is not null)
            {
                total += plyometrics.Minutes * 60;
                continue;
            }

            var rounds = group.Max(e => e.Dose.Sets);
            var work = group.Sum(e => e.Dose.WorkSeconds(_timing.SecondsPerRep));
            var rest = group.Max(e => e.Dose.RestSeconds);
            total += rounds * (work + rest) + _timing.SetupSeconds * group.Count();
        }

        return total;
    }

    private static ImmutableArray<PlannedExercise> Label(List<ChosenExercise> exercises)
    {
        var letters = exercises.Select(e => e.Slot.Group).Distinct().ToList();
        var result = ImmutableArray.CreateBuilder<PlannedExercise>();
        foreach (var (group, letterIndex) in letters.Select((g, i) => (g, i)))
        {
            var letter = (char)('A' + letterIndex);
            foreach (var (chosen, number) in exercises.Where(e => e.Slot.Group == group).Select((e, i) => (e, i + 1)))
            {
                var exercise = chosen.Exercise;
                var dose = chosen.Dose;
                result.Add(new PlannedExercise
                {
                    Id = exercise.Id,
                    Name = exercise.Name,
                    Group = $"{letter}{number}",
                    Pattern = exercise.Pattern,
                    Equipment = exercise.Equipment,
                    Sets = dose.Sets,
                    Reps = dose.Reps,
                    Seconds = dose.Seconds,
                    PerSide = dose.PerSide,
                    RestSeconds = dose.RestSeconds,
                    Tempo = dose.Tempo,
                    Load = dose.Load ?? (exercise.Equipment.Count == 0 ? "bodyweight" : string.Join(", ", exercise.Equipment)),
                    Mitigation = chosen.Slot.Mitigation,
                    Progression = chosen.Progression?.Text,
                });
            }
        }

        return result.ToImmutable();
    }

    private sealed record ChosenExercise(Exercise Exercise, SlotFacts Slot, ExerciseDoseState Dose, ProgressionNote? Progression, FiredRule? ProgressionRule)
    {
        /// <summary>The week's hard sets of its pattern (0 for work the budget does not count).</summary>
        public int Weekly { get; init; }
    }

    private sealed record ProgressionNote(string Text, string? Tempo, string? Load);

    /// <summary>
    /// An exercise's facts for one use in this plan, numbered in the order the plan first needs them.
    /// <see cref="UseOf(Exercise, bool, bool)"/> makes one per exercise and use this week and last, so the same number means the same facts.
    /// </summary>
    private sealed record ExerciseUse(ExerciseFacts Facts, int Number);
}

/// <summary>How long work takes, from the Timing rules: a rep, setting up an exercise, and a hard set with its rest (for spreading the budget).</summary>
internal sealed record TimingModel(int SecondsPerRep, int SetupSeconds, int SetSeconds);

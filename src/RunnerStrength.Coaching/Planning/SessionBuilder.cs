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

    /// <summary>The lines through the plan, one per variation they are at.</summary>
    private readonly Dictionary<string, ProgressionLine> _lines = new(StringComparer.Ordinal);

    /// <summary>Where a line moved from one variation to the next (harder, or easier): the slot that chooses the first gets the second.</summary>
    private readonly Dictionary<string, string> _moved = new(StringComparer.Ordinal);

    /// <summary>Notes for the week being filled.</summary>
    private readonly List<string> _notes = [];

    /// <summary>Exercises whose line has nothing left to progress (a WeeklyProgression rule with <c>plateau</c>) and has been held there two weeks.</summary>
    private readonly HashSet<string> _plateaued = new(StringComparer.Ordinal);

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

        foreach (var progression in chosen.SelectMany(c => c.ProgressionRules).DistinctBy(r => r.Name))
        {
            why.Add(progression.Reason());
        }

        var warmup = Warmup(week, session, layout.Plan, context);
        var fitted = Fit(chosen, warmup, session.Minutes, session.Index - 1 + week.Number - 1, layout.Plyometrics);
        foreach (var kept in fitted.Exercises)
        {
            Commit(kept);
        }

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

        // An injury's work already in the session (a budgeted slot took it) leaves its own slot nothing to add.
        if (best is null && slot.Injury is { } injury && chosen.Exists(c => c.Exercise.Mitigates.Contains(injury)))
        {
            return null;
        }

        if (best is null)
        {
            var pattern = EnumText.Name(typeof(MovementPattern), slot.Pattern);
            _runner.WarnOnce($"slot:{pattern}:{slot.Unilateral}", new Diagnostic(CoachingDiagnostics.SlotUnfilled, Location.None, context.ToString(), slot.Unilateral ? "single-leg " + pattern : pattern));
            return null;
        }

        return Progressed(week, session, slot, sets, best, chosen, usedThisWeek, usedLastWeek, context);
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
    private ExerciseUse UseOf(Exercise exercise, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, bool progressed = false) =>
        UseOf(exercise, usedThisWeek.Contains(exercise.Id), usedLastWeek.Contains(exercise.Id), progressed);

    private ExerciseUse UseOf(Exercise exercise, bool usedThisWeek = false, bool usedLastWeek = false, bool progressed = false)
    {
        if (!_uses.TryGetValue(exercise.Id, out var uses))
        {
            uses = new ExerciseUse?[16];
            _uses.Add(exercise.Id, uses);
        }

        var plateaued = _plateaued.Contains(exercise.Id);
        var use = (usedThisWeek ? 1 : 0) + (usedLastWeek ? 2 : 0) + (progressed ? 4 : 0) + (plateaued ? 8 : 0);
        return uses[use] ??= new ExerciseUse(_rules.FactsOf(exercise) with { InHistory = _inHistory.Contains(exercise.Id), UsedThisWeek = usedThisWeek, UsedLastWeek = usedLastWeek, Progressed = progressed, Plateaued = plateaued }, _useCount++);
    }

    /// <summary>
    /// The slot's exercise where its line has got to: the first time from the athlete's log (Progression), then one
    /// WeeklyProgression step at most each week, with the cue for the next step.
    /// </summary>
    private ChosenExercise Progressed(WeekFacts week, SessionFacts session, SlotFacts slot, int? sets, Exercise best, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context)
    {
        var fired = new List<FiredRule>();
        var (line, from) = LineFor(week, session, slot, best, chosen, usedThisWeek, usedLastWeek, context, fired);
        var dose = Dose(week, session, slot, sets, line.Exercise, UseOf(line.Exercise, usedThisWeek, usedLastWeek).Facts, context);
        line.Fill(dose);
        if (line.Week != 0 && line.Week < week.Number)
        {
            var (harder, easier) = Variations(week, session, slot, line.Exercise, chosen, usedThisWeek, usedLastWeek, context);
            var facts = Facts(line.Exercise, harder, easier, usedThisWeek, usedLastWeek);
            var rule = _runner.First(CoachingWorkflows.WeeklyProgression, [_athlete, week, facts, line.Facts(dose)], context.With(line.Exercise.Id));
            var before = ProgressionLine.PerSet(line.Apply(dose, facts.Loadable));
            var weeks = line.WeeksAtDose;
            if (rule is not null && Step(line, rule.Decision, dose, harder, easier))
            {
                fired.Add(rule);
                line.WeeksAtDose = 1;
                line.Steps++;
                line.Change = new PlannedProgression { Change = rule.Decision.Action, Because = $"after {before} for {Rendering.Wording.Quantity("week", weeks)}" };
                if (line.Exercise.Id != facts.Id)
                {
                    line = Moved(line, week);
                    dose = Dose(week, session, slot, sets, line.Exercise, UseOf(line.Exercise, usedThisWeek, usedLastWeek).Facts, context);
                    line.Fill(dose);
                }
            }
            else
            {
                line.WeeksAtDose++;
                line.Change = null;
            }

            line.Week = week.Number;
        }
        else if (line.Week == 0)
        {
            line.Week = week.Number;
            line.WeeksAtDose = 1;
        }

        var loadable = UseOf(line.Exercise).Facts.Loadable;
        var prescribed = line.Apply(dose, loadable);
        var (progression, plateau) = Cue(week, session, slot, line, dose, prescribed, chosen, usedThisWeek, usedLastWeek, context);
        if (plateau is not null && line.WeeksAtDose >= 2)
        {
            // From next week the slot weighs another exercise of the pattern (ExerciseChoice reads exercise.plateaued).
            _plateaued.Add(line.Exercise.Id);
            _plateaued.Add(best.Id);
        }

        if (plateau?.Note is { } note && line.WeeksAtDose >= 3)
        {
            // Still here a week later: nothing else fits the slot. The week says so, and what would open the next step.
            _notes.Add(PlateauNote(note, line.Exercise, prescribed));
        }

        return new ChosenExercise(line.Exercise, slot, prescribed, progression, fired) { Line = line, LineFrom = from };
    }

    /// <summary>The notes for the week being filled (an exercise held at its last step), taken once the week is done.</summary>
    public ImmutableArray<string> TakeNotes()
    {
        var notes = _notes.Distinct(StringComparer.Ordinal).ToImmutableArray();
        _notes.Clear();
        return notes;
    }

    /// <summary>The Plateau rule's note: <c>{exercise}</c>, <c>{dose}</c> and <c>{opens}</c> (the equipment a harder variation needs, and its name).</summary>
    private string PlateauNote(string note, Exercise exercise, ExerciseDoseState dose)
    {
        var opens = exercise.Harder
            .Select(id => _rules.Catalog.Find(id))
            .OfType<Exercise>()
            .Select(h => (Harder: h, Missing: h.Equipment.Where(e => !_athlete.Equipment.Contains(e)).ToList()))
            .FirstOrDefault(h => h.Missing.Count > 0);
        return note
            .Replace("{exercise}", exercise.Name, StringComparison.Ordinal)
            .Replace("{dose}", ProgressionLine.Shorthand(dose), StringComparison.Ordinal)
            .Replace("{opens}", opens.Harder is null ? string.Empty : $"; {string.Join(" and ", opens.Missing)} would open the {opens.Harder.Name.ToLowerInvariant()}", StringComparison.Ordinal);
    }

    /// <summary>
    /// The line of the exercise the slot chose: followed to the variation its line has moved to, as far as this slot
    /// allows (a light session before a hard run may not take it) and short of a variation with nothing left to progress,
    /// or a new one from the athlete's log.
    /// </summary>
    private (ProgressionLine Line, string From) LineFor(WeekFacts week, SessionFacts session, SlotFacts slot, Exercise best, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context, List<FiredRule> fired)
    {
        var exercise = best;
        var seen = new HashSet<string>(StringComparer.Ordinal) { exercise.Id };
        while (_moved.TryGetValue(exercise.Id, out var next) && seen.Add(next) && !_plateaued.Contains(next) && _rules.Catalog.Find(next) is { } moved
            && Allowed(week, session, slot, moved, chosen, usedThisWeek, usedLastWeek, context))
        {
            exercise = moved;
        }

        if (_lines.TryGetValue(exercise.Id, out var line))
        {
            return (line.Clone(), exercise.Id);
        }

        line = FromLog(week, session, slot, exercise, chosen, usedThisWeek, usedLastWeek, context, fired);
        return (line.Exercise.Id == exercise.Id ? line : Moved(line, week), exercise.Id);
    }

    /// <summary>
    /// The line once it has moved to another variation. One line per variation: where the variation has a line already
    /// (its own, or another that reached it), that line goes on (a copy, with this week's change).
    /// </summary>
    private ProgressionLine Moved(ProgressionLine line, WeekFacts week)
    {
        if (!_lines.TryGetValue(line.Exercise.Id, out var existing))
        {
            return line;
        }

        var merged = existing.Clone();
        if (merged.Week < week.Number)
        {
            merged.Week = week.Number;
            merged.WeeksAtDose++;
        }

        merged.Change = line.Change;
        return merged;
    }

    /// <summary>
    /// Keeps the line of an exercise the session kept after fitting: its step this week is taken, and a move to another
    /// variation is remembered for the slots that choose the first. A line whose exercise was cut waits for next week.
    /// </summary>
    private void Commit(ChosenExercise chosen)
    {
        if (chosen.Line is not { } line)
        {
            return;
        }

        if (line.Exercise.Id != chosen.LineFrom)
        {
            _moved[chosen.LineFrom] = line.Exercise.Id;
            _lines.Remove(chosen.LineFrom);
        }

        _lines[line.Exercise.Id] = line;
    }

    /// <summary>One step up from <paramref name="now"/>, from the range's bottom at least, to the range's top or the rule's <c>upTo</c>; null when there is no room.</summary>
    private static int? Climb(int now, DoseRange range, int? upTo, int step)
    {
        var next = Math.Min(Math.Max(range.Max, upTo ?? 0), Math.Max(now, range.Min) + step);
        return next > now ? next : null;
    }

    /// <summary>Takes the rule's step on the line; false when it changes nothing (a hold, or a step with nowhere to go).</summary>
    private static bool Step(ProgressionLine line, RuleDecision decision, ExerciseDoseState dose, List<Exercise> harder, List<Exercise> easier)
    {
        switch (decision.Action)
        {
            case ProgressionAction.Reps when dose.Reps is { } range && line.Reps is not null
                && Climb(line.RepsIn(range), range, decision.RepsUpTo, decision.RepsStep ?? 2) is { } next:
                line.Reps = next;
                line.RepsUpTo = Math.Max(line.RepsUpTo, next);
                return true;
            case ProgressionAction.Seconds when dose.Seconds is { } holds && line.Seconds is not null
                && Climb(line.SecondsIn(holds), holds, decision.SecondsUpTo, decision.SecondsStep ?? 5) is { } longer:
                line.Seconds = longer;
                line.SecondsUpTo = Math.Max(line.SecondsUpTo, longer);
                return true;
            case ProgressionAction.Harder when harder.Count > 0:
                line.StartVariation(harder[0]);
                return true;
            case ProgressionAction.Easier when easier.Count > 0:
                line.StartVariation(easier[0]);
                return true;
            case ProgressionAction.Load:
                // Heavier, and back to the bottom of the range: the reps climb again at the new load.
                if (line.LoadKg is { } kg)
                {
                    line.LoadKg = kg + (decision.LoadStepKg ?? 2);
                }
                else if (decision.Load is { } words)
                {
                    // Kilograms unknown: the step in words, "2 kg more a dumbbell than in week 5".
                    line.LoadText = words
                        .Replace("{kg}", (decision.LoadStepKg ?? 2).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{week}", line.Week.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                }

                line.Reps = dose.Reps?.Min ?? line.Reps;
                return line.LoadKg is not null || decision.Load is not null;
            case ProgressionAction.Lighter when line.LoadKg is { } heavy:
                line.LoadKg = Math.Max(decision.LoadStepKg ?? 2, heavy - (decision.LoadStepKg ?? 2));
                return true;
            case ProgressionAction.Tempo when decision.Tempo is { } tempo && tempo != (line.Tempo ?? dose.Tempo):
                line.Tempo = tempo;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The progression the runner reads: what changed and why, and the cue for the step the rules would take next.</summary>
    private (PlannedProgression? Progression, RuleDecision? Plateau) Cue(WeekFacts week, SessionFacts session, SlotFacts slot, ProgressionLine line, ExerciseDoseState dose, ExerciseDoseState prescribed, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context)
    {
        var (harder, easier) = Variations(week, session, slot, line.Exercise, chosen, usedThisWeek, usedLastWeek, context);
        var facts = Facts(line.Exercise, harder, easier, usedThisWeek, usedLastWeek);

        // The step due once this dose has been done long enough: rules that only wait for time do not fire.
        var due = line.Facts(dose) with { WeeksAtDose = 99 };
        var rule = _runner.First(CoachingWorkflows.WeeklyProgression, [_athlete, week, facts, due], context.With(line.Exercise.Id));
        var decision = rule?.Decision;
        string? cue = null;
        ProgressionAction? next = null;
        // A hold has its words; a step with nowhere to go here (another session's range) has none.
        var probe = line.Clone();
        var moves = decision is not null && Step(probe, decision, dose, harder, easier);
        if (decision?.Cue is { } template && (moves || decision.Action == ProgressionAction.Hold))
        {
            next = moves ? decision.Action : null;
            var nextText = !moves ? string.Empty : decision.Action switch
            {
                ProgressionAction.Harder or ProgressionAction.Easier => probe.Exercise.Name,
                ProgressionAction.Load or ProgressionAction.Lighter when probe.LoadKg is { } kg => ProgressionLine.Kilograms(kg, probe.Implements),
                ProgressionAction.Load => probe.LoadText ?? string.Empty,
                ProgressionAction.Tempo => probe.Tempo ?? string.Empty,
                _ => ProgressionLine.PerSet(probe.Apply(dose, facts.Loadable)),
            };

            cue = template
                .Replace("{dose}", ProgressionLine.PerSet(prescribed), StringComparison.Ordinal)
                .Replace("{sets}", prescribed.Sets.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{next}", nextText, StringComparison.Ordinal);
        }

        var progression = line.Change is null && cue is null ? null : new PlannedProgression
        {
            Change = line.Change?.Change,
            Because = line.Change?.Because,
            Next = next,
            Cue = cue,
        };
        return (progression, decision?.Plateau == true ? decision : null);
    }

    /// <summary>The harder and easier variations this slot allows (equipment, injuries, level, the session), in catalog order.</summary>
    private (List<Exercise> Harder, List<Exercise> Easier) Variations(WeekFacts week, SessionFacts session, SlotFacts slot, Exercise exercise, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context)
    {
        // A variation with nothing left to progress is no step forward.
        List<Exercise> Allowed(IReadOnlyList<string> ids) => ids
            .Select(id => _rules.Catalog.Find(id))
            .OfType<Exercise>()
            .Where(e => !_plateaued.Contains(e.Id) && this.Allowed(week, session, slot, e, chosen, usedThisWeek, usedLastWeek, context))
            .ToList();
        return (Allowed(exercise.Harder), Allowed(exercise.Easier));
    }

    /// <summary>True when the slot can take <paramref name="exercise"/> as the next (or previous) variation of work the athlete does.</summary>
    private bool Allowed(WeekFacts week, SessionFacts session, SlotFacts slot, Exercise exercise, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context) =>
        !IsChosen(chosen, exercise) && Score(week, session, slot with { Pattern = exercise.Pattern }, UseOf(exercise, usedThisWeek, usedLastWeek, progressed: true), context) is not null;

    private ExerciseFacts Facts(Exercise exercise, List<Exercise> harder, List<Exercise> easier, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek) =>
        UseOf(exercise, usedThisWeek, usedLastWeek).Facts with { HarderAvailable = harder.Count > 0, EasierAvailable = easier.Count > 0 };

    /// <summary>
    /// A new line for <paramref name="exercise"/>: from the athlete's last log of it when there is one (the Progression
    /// rules take one step from it, and the logged reps, seconds and load carry over), else from the Dose rules.
    /// </summary>
    private ProgressionLine FromLog(WeekFacts week, SessionFacts session, SlotFacts slot, Exercise exercise, List<ChosenExercise> chosen, IReadOnlySet<string> usedThisWeek, IReadOnlySet<string> usedLastWeek, RuleContext context, List<FiredRule> fired)
    {
        var line = new ProgressionLine(exercise);
        var last = LastLog(exercise.Id);
        if (last is null)
        {
            return line;
        }

        line.FromLog = true;
        line.Reps = last.Reps;
        line.Seconds = last.Seconds;
        if (LoadOf(last) is { } load)
        {
            line.LoadKg = load.Kg;
            line.Implements = load.Implements;
        }

        var (harder, easier) = Variations(week, session, slot, exercise, chosen, usedThisWeek, usedLastWeek, context);
        var facts = Facts(exercise, harder, easier, usedThisWeek, usedLastWeek);
        var history = new HistoryFacts
        {
            Exercise = last.Exercise,
            Date = last.Date,
            Sets = last.Sets,
            Reps = last.Reps,
            Seconds = last.Seconds,
            Rpe = last.Rpe,
            Load = last.Load,
            LoadKg = LoadOf(last)?.Kg,
            Entries = _athlete.History.Count(h => h.Exercise == exercise.Id),
        };
        var rule = _runner.First(CoachingWorkflows.Progression, [_athlete, facts, history], context.With(exercise.Id));
        var logged = Logged(last, exercise);
        if (rule is null)
        {
            line.Change = new PlannedProgression { Because = logged };
            return line;
        }

        // The logged dose is the dose the step starts from; the Dose rules' range only bounds where it can go.
        var dose = ExerciseDoseState.From(exercise.Dose) with
        {
            Reps = last.Reps is { } r ? new DoseRange(r, Math.Max(r, exercise.Dose.Reps?.Max ?? r)) : null,
            Seconds = last.Seconds is { } s ? new DoseRange(s, Math.Max(s, exercise.Dose.Seconds?.Max ?? s)) : null,
        };
        var steps = Step(line, rule.Decision, dose, harder, easier);
        if (rule.Decision.Action == ProgressionAction.Load && line.LoadKg is null)
        {
            line.LoadText = rule.Decision.Load is { } text ? text.Replace("{logged}", last.Load ?? "the logged load", StringComparison.Ordinal) : line.LoadText;
        }

        fired.Add(rule);
        line.Change = new PlannedProgression { Change = steps ? rule.Decision.Action : ProgressionAction.Hold, Because = logged };
        return line;
    }

    private static (double Kg, int Implements)? LoadOf(HistoryEntry entry) =>
        entry.ParsedLoad is { } load ? (load.KilogramsEach, load.Implements) : null;

    private HistoryEntry? LastLog(string id)
    {
        HistoryEntry? last = null;
        foreach (var entry in _athlete.History)
        {
            if (entry.Exercise == id && (last is null || entry.Date >= last.Date))
            {
                last = entry;
            }
        }

        return last;
    }

    private static string Logged(HistoryEntry entry, Exercise exercise)
    {
        var of = $" of {exercise.Name.ToLowerInvariant()}";
        var amount = entry.Reps is { } reps ? $"{entry.Sets} × {reps}" : $"{entry.Sets} × {entry.Seconds} s";
        var rpe = entry.Rpe is { } r ? $" at RPE {r.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty;
        var load = entry.Load is { } l ? $" with {l}" : string.Empty;
        return $"logged {amount}{of}{load}{rpe} on {entry.Date:yyyy-MM-dd}";
    }

    private ExerciseDoseState Dose(WeekFacts week, SessionFacts session, SlotFacts slot, int? budgetSets, Exercise exercise, ExerciseFacts facts, RuleContext context)
    {
        var state = ExerciseDoseState.From(exercise.Dose);
        foreach (var fired in _runner.Fire(CoachingWorkflows.Dose, [_athlete, week, session, slot, facts], context.With(exercise.Id)))
        {
            state = state.Apply(fired.Decision, exercise.Dose);
        }

        // The week's budget decides the sets of a budgeted pattern; the Dose rules' set changes (deload) still apply.
        return state.WithBudget(budgetSets);
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
    private (List<ChosenExercise> Exercises, ImmutableArray<WarmupItem> Warmup) Fit(List<ChosenExercise> chosen, List<WarmupItem> warmup, int minutes, int turn, PlyometricsDecision? plyometrics)
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

        // A fourth set gives way before the jumps do: as reps climb through the plan, a session fills up.
        while (Over() && plyometrics is not null && CutOneSet(exercises, floor: 3, e => e.Slot.Pattern != MovementPattern.Plyometric))
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

        // Each injury keeps one exercise of its own work while the main lifts can still give a set (down to two).
        DropInjuryWork(exercises, Over, keepOnePerInjury: true, turn);
        while (Over() && CutOneSet(exercises, floor: 2, _ => true))
        {
        }

        // An injured runner's own work outranks a main lift's second set (a physio-minded coach's order).
        while (Over() && CutOneSet(exercises, floor: 1, e => !e.Slot.Mitigation))
        {
        }

        // Then, with more injury work than time, the injuries take turns: by session, and week by week.
        DropInjuryWork(exercises, Over, keepOnePerInjury: false, turn);

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
    /// Drops injury work while the session is over its minutes, the last first, but keeps one exercise for each injury
    /// (or, when <paramref name="keepOnePerInjury"/> is false, one in all), chosen by <paramref name="turn"/> so the
    /// week's sessions and the plan's weeks take turns.
    /// </summary>
    private static void DropInjuryWork(List<ChosenExercise> exercises, Func<bool> over, bool keepOnePerInjury, int turn)
    {
        var injuryWork = exercises.Where(e => e.Slot.Mitigation).ToList();
        var groups = keepOnePerInjury ? injuryWork.GroupBy(e => e.Slot.Injury ?? string.Empty).Select(g => g.ToList()).ToList() : [injuryWork];
        var kept = groups.Where(g => g.Count > 0).Select(g => g[turn % g.Count]).ToHashSet();
        for (var i = injuryWork.Count - 1; i >= 0 && over(); i--)
        {
            if (!kept.Contains(injuryWork[i]))
            {
                exercises.Remove(injuryWork[i]);
            }
        }
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
                    Progression = chosen.Progression,
                });
            }
        }

        return result.ToImmutable();
    }

    private sealed record ChosenExercise(Exercise Exercise, SlotFacts Slot, ExerciseDoseState Dose, PlannedProgression? Progression, List<FiredRule> ProgressionRules)
    {
        /// <summary>The exercise's line as this session leaves it, kept only if the session keeps the exercise.</summary>
        public ProgressionLine? Line { get; init; }

        /// <summary>The variation the line was at before this session (where a move starts from).</summary>
        public string LineFrom { get; init; } = string.Empty;

        /// <summary>The week's hard sets of its pattern (0 for work the budget does not count).</summary>
        public int Weekly { get; init; }
    }

    /// <summary>
    /// An exercise's facts for one use in this plan, numbered in the order the plan first needs them.
    /// <see cref="UseOf(Exercise, bool, bool, bool)"/> makes one per exercise and use (this week, last week, as a progression), so the same number means the same facts.
    /// </summary>
    private sealed record ExerciseUse(ExerciseFacts Facts, int Number);
}

/// <summary>How long work takes, from the Timing rules: a rep, setting up an exercise, and a hard set with its rest (for spreading the budget).</summary>
internal sealed record TimingModel(int SecondsPerRep, int SetupSeconds, int SetSeconds);

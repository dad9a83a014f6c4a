using System.Collections.Immutable;
using System.Globalization;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// Designs a week-by-week strength plan. The scheduling is code; every coaching decision (phase, volume,
/// placement, content, exercises, doses, progression) comes from the rule set, and the plan says which rule made it.
/// Deterministic: the same inputs give the same plan.
/// </summary>
public static class ProgramDesigner
{
    /// <summary>Weeks planned when there is no race and no length was asked for.</summary>
    public const int DefaultWeeks = 8;

    /// <summary>The longest plan.</summary>
    public const int MaxWeeks = 104;

    /// <summary>The Monday after <paramref name="today"/> (a week later when today is a Monday).</summary>
    public static DateOnly NextMonday(DateOnly today)
    {
        var daysFromMonday = ((int)today.DayOfWeek + 6) % 7;
        return today.AddDays(7 - daysFromMonday);
    }

    /// <summary>
    /// Which end of the calendar a plan would pass, or null: the designer reads the days either side of a session and
    /// the week after the last, so a week's margin is kept at both ends.
    /// </summary>
    private static string? OutsideCalendar(DateOnly start, int weeks) =>
        start.DayNumber - 7 < DateOnly.MinValue.DayNumber ? "before 0001-01-01"
        : (long)start.DayNumber + (7L * (weeks + 1)) > DateOnly.MaxValue.DayNumber ? "past 9999-12-31"
        : null;

    /// <summary>The most log entries a plan reads: years of three sessions a week, and a plan's time stays bounded.</summary>
    public const int MaxHistoryEntries = 2_000;

    /// <summary>
    /// The athlete with at most <see cref="MaxHistoryEntries"/> log entries: the latest by date, in the log's own order
    /// (RS5009 says so). Every rule that reads the log runs once per exercise and week, so a longer one costs time and
    /// decides nothing the recent entries do not.
    /// </summary>
    private static AthleteProfile Recent(AthleteProfile athlete, DiagnosticBag diagnostics)
    {
        if (athlete.History.Count <= MaxHistoryEntries)
        {
            return athlete;
        }

        var kept = athlete.History.Select((entry, index) => (entry, index))
            .OrderByDescending(e => e.entry.Date).ThenByDescending(e => e.index)
            .Take(MaxHistoryEntries)
            .OrderBy(e => e.index)
            .Select(e => e.entry)
            .ToList();
        var from = kept.Min(e => e.Date);
        diagnostics.Add(new Diagnostic(CoachingDiagnostics.LongHistory, Location.None, athlete.History.Count.ToString("N0", CultureInfo.InvariantCulture), MaxHistoryEntries.ToString("N0", CultureInfo.InvariantCulture), from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return athlete with { History = kept };
    }

    /// <summary>Designs the plan for <paramref name="request"/> with <paramref name="rules"/>; <paramref name="today"/> decides the default start.</summary>
    public static PlanResult Design(PlanRequest request, CoachingRules rules, DateOnly today) => Design(request, rules, today, observer: null);

    /// <summary>As <see cref="Design(PlanRequest, CoachingRules, DateOnly)"/>, with every rule evaluation shown to <paramref name="observer"/> (lint).</summary>
    internal static PlanResult Design(PlanRequest request, CoachingRules rules, DateOnly today, IRuleObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        var diagnostics = new DiagnosticBag();
        var start = request.Start ?? NextMonday(today);

        // A race given in weeks from the start gets its date here, before any rule reads athlete.race.date.
        var athlete = Recent(request.Athlete.DatedFrom(start), diagnostics);
        diagnostics.AddRange(AthleteProfileReader.CheckAgainstCatalog(athlete, request.AthleteSource, rules.Catalog));
        if (athlete.Race is { InWeeks: null } race && race.Date < start)
        {
            var raceWeekMonday = race.Date.AddDays(-(((int)race.Date.DayOfWeek + 6) % 7));
            diagnostics.Add(new Diagnostic(CoachingDiagnostics.RaceBeforeStart, Locate(request.AthleteSource, "/race/date"), Day(race.Date), Day(start), Day(raceWeekMonday)));
        }

        if (athlete.Race is { InWeeks: { } raceWeek } && OutsideCalendar(start, raceWeek) is { } beyond)
        {
            diagnostics.Add(new Diagnostic(CoachingDiagnostics.PlanOutsideCalendar, Location.None, raceWeek, Day(start), beyond));
        }

        var raceWeeks = athlete.Race switch
        {
            { InWeeks: { } inWeeks } => inWeeks,
            { } r when r.Date >= start => ((r.Date.DayNumber - start.DayNumber) / 7) + 1,
            _ => DefaultWeeks,
        };
        var weeks = request.Weeks ?? raceWeeks;
        if (weeks is < 1 or > MaxWeeks)
        {
            diagnostics.Add(new Diagnostic(CoachingDiagnostics.InvalidWeeks, Location.None, weeks, MaxWeeks));
        }

        else if (OutsideCalendar(start, weeks) is { } side)
        {
            diagnostics.Add(new Diagnostic(CoachingDiagnostics.PlanOutsideCalendar, Location.None, weeks, start.ToString("yyyy-MM-dd"), side));
        }

        if (diagnostics.HasErrors)
        {
            return new PlanResult(null, diagnostics.ToSortedImmutable());
        }

        var runner = new RuleRunner(rules, diagnostics, observer);
        var timing = runner.First(CoachingWorkflows.Timing, [athlete], new RuleContext("timing"));
        if (timing?.Decision is not { SecondsPerRep: { } perRep, SetupSeconds: { } setup })
        {
            diagnostics.Add(new Diagnostic(CoachingDiagnostics.NothingDecided, Location.None, CoachingWorkflows.Timing, 1, start.ToString("yyyy-MM-dd")));
            return new PlanResult(null, diagnostics.ToSortedImmutable());
        }

        var design = new DesignRun(athlete, rules, runner, new RunningCalendar(athlete, rules.QualityRuns), start, weeks, new TimingModel(perRep, setup, timing.Decision.SetSeconds ?? perRep * 20));
        var planWeeks = ImmutableArray.CreateBuilder<PlanWeek>(weeks);
        for (var number = 1; number <= weeks && !diagnostics.HasErrors; number++)
        {
            var week = design.PlanWeek(number, diagnostics);
            if (week is not null)
            {
                planWeeks.Add(week);
            }
        }

        if (diagnostics.HasErrors)
        {
            return new PlanResult(null, diagnostics.ToSortedImmutable()) { FiredRules = [.. runner.Fired] };
        }

        var designed = planWeeks.ToImmutable();
        var plan = new StrengthPlan
        {
            Athlete = athlete.Name,
            AthleteId = athlete.Id,
            Start = start,
            Weeks = designed,
            Notes = [.. design.PlanNotes(), .. LoggedExercises.MissingNotes(athlete, rules.Catalog, designed)],
        };
        return new PlanResult(plan, diagnostics.ToSortedImmutable()) { FiredRules = [.. runner.Fired] };
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Location Locate(SourceText? source, string pointer) =>
        source is null ? Location.None : JsonPointerLocator.Create(source).LocateValue(pointer);

    /// <summary>The state of one design run: what earlier weeks decided that later weeks read.</summary>
    private sealed class DesignRun(AthleteProfile athlete, CoachingRules rules, RuleRunner runner, RunningCalendar calendar, DateOnly start, int weeksInPlan, TimingModel timing)
    {
        private readonly SessionBuilder _builder = new(athlete, rules, runner, timing);
        private readonly List<DateOnly> _strengthDates = [];
        private readonly SortedSet<string> _planNotes = new(StringComparer.Ordinal);

        /// <summary>The Retest rules' notes: a deload repeats last week's sessions and notes, but not its tests.</summary>
        private readonly HashSet<string> _retestNotes = new(StringComparer.Ordinal);
        private IReadOnlySet<string> _lastWeekExercises = new HashSet<string>();
        private int _weekOfPhase;
        private int _loadingWeeks;
        private PlanWeek? _lastWeek;

        public ImmutableArray<string> PlanNotes() => [.. _planNotes];

        public PlanWeek? PlanWeek(int number, DiagnosticBag diagnostics)
        {
            var weekStart = start.AddDays(7 * (number - 1));
            var facts = WeekFactsFor(number, weekStart);
            var context = new RuleContext($"week {number} ({weekStart:yyyy-MM-dd})");
            var why = new List<PlanReason>();
            var notes = new List<string>();

            var phaseRule = runner.First(CoachingWorkflows.Phase, [athlete, facts], context);
            if (phaseRule?.Decision.Phase is not { } phase)
            {
                diagnostics.Add(new Diagnostic(CoachingDiagnostics.NothingDecided, Location.None, CoachingWorkflows.Phase, number, weekStart.ToString("yyyy-MM-dd")));
                return null;
            }

            // Loading weeks are counted in a row through base and build (the training block), never by plan week
            // numbers: a deload, or a phase outside the block, starts the count again.
            _loadingWeeks = TrainingBlock.Continues(_lastWeek?.Phase, phase) ? (_lastWeek!.Deload ? 0 : _loadingWeeks + 1) : 0;
            _weekOfPhase = _lastWeek?.Phase == phase ? _weekOfPhase + 1 : 1;
            facts = facts with { Phase = phase, WeekOfPhase = _weekOfPhase, LoadingWeeks = _loadingWeeks };
            why.Add(phaseRule.Reason());
            AddNote(notes, phaseRule);

            var deloadRule = runner.First(CoachingWorkflows.Deload, [athlete, facts], context);
            facts = facts with { Deload = deloadRule is not null };
            if (deloadRule is not null)
            {
                why.Add(deloadRule.Reason());
                AddNote(notes, deloadRule);
            }

            var retests = Retests(facts, notes, why, context);

            // A deload keeps last week's sessions, days and exercises, and only cuts sets.
            if (deloadRule is not null && _lastWeek is { Sessions.Count: > 0 } last)
            {
                var delta = deloadRule.Decision.SetsDelta ?? 0;
                var reason = deloadRule.Reason();
                var repeated = last.Sessions.Select(s => s with
                {
                    Date = s.Date.AddDays(7),
                    Exercises = [.. s.Exercises.Select(e => e with { Sets = Math.Max(1, e.Sets + delta), Progression = e.Progression is { } p ? p with { Change = null, Because = null } : null })],
                    Why = [.. s.Why.Where(w => !w.Rule.StartsWith(CoachingWorkflows.Phase + "/", StringComparison.Ordinal) && !w.Rule.StartsWith(CoachingWorkflows.Retest + "/", StringComparison.Ordinal)), .. why],
                }).ToImmutableArray();
                _strengthDates.AddRange(repeated.Select(s => s.Date));
                _lastWeek = new PlanWeek
                {
                    Week = number,
                    Start = weekStart,
                    Phase = phase,
                    Deload = true,
                    WeeksToRace = facts.WeeksToRace,
                    Sessions = repeated,
                    Notes = [.. notes.Concat(last.Notes.Where(n => !_retestNotes.Contains(n))).Distinct(StringComparer.Ordinal)],
                    Retests = retests,
                };
                return _lastWeek;
            }

            var volumeRule = runner.First(CoachingWorkflows.Volume, [athlete, facts], context);
            if (volumeRule?.Decision is not { Sessions: { } planned } volume)
            {
                diagnostics.Add(new Diagnostic(CoachingDiagnostics.NothingDecided, Location.None, CoachingWorkflows.Volume, number, weekStart.ToString("yyyy-MM-dd")));
                return null;
            }

            why.Add(volumeRule.Reason());
            var volumeNoteAt = notes.Count;
            facts = facts with { PlannedSessions = planned };
            var intensities = volume.Intensities.Take(planned).ToList();
            while (intensities.Count < planned)
            {
                intensities.Add(intensities.Count > 0 ? intensities[^1] : SessionIntensity.Moderate);
            }

            var maxMinutes = athlete.SessionMinutes;
            foreach (var adjustment in runner.Fire(CoachingWorkflows.Adjustments, [athlete, facts], context))
            {
                if (adjustment.IntFromOutput("maxMinutes", adjustment.Decision.MaxMinutes) is { } cap)
                {
                    maxMinutes = Math.Min(maxMinutes, cap);
                }

                why.Add(adjustment.Reason());
                AddNote(notes, adjustment);
                if (adjustment.IntFromOutput("maxSessions", adjustment.Decision.MaxSessions) is { } max && max < intensities.Count)
                {
                    intensities = [.. intensities.OrderByDescending(i => i).Take(Math.Max(0, max))];
                }

                if (adjustment.Decision.MaxIntensity is { } most)
                {
                    intensities = [.. intensities.Select(i => i > most ? most : i)];
                }

                if (adjustment.Decision.Lighter)
                {
                    intensities = [.. intensities.Select(i => i == SessionIntensity.Light ? i : (SessionIntensity)((int)i - 1))];
                }
            }

            var placed = PlaceSessions(facts, intensities, notes, context);
            placed.Sort((a, b) => a.Date.CompareTo(b.Date));

            // The Volume rule's note describes the sessions: a week where none could be placed says so instead.
            if (placed.Count > 0 && volumeRule.Note is { Length: > 0 } volumeNote)
            {
                notes.Insert(volumeNoteAt, volumeNote);
            }

            // The budget is for the sessions the week really holds.
            facts = facts with { PlannedSessions = placed.Count };
            var budget = WeekBudget.None;
            if (placed.Count > 0 && runner.First(CoachingWorkflows.Budget, [athlete, facts], context) is { } budgetRule)
            {
                budget = new WeekBudget(
                    budgetRule.Decision.PatternSets,
                    budgetRule.Decision.MinPerExercise ?? WeekBudget.DefaultMinPerExercise,
                    budgetRule.Decision.MaxPerExercise ?? WeekBudget.DefaultMaxPerExercise);
                why.Add(budgetRule.Reason());
                AddNote(notes, budgetRule);
            }

            var layouts = new List<SessionLayout>(placed.Count);
            foreach (var (session, index) in placed.Select((p, i) => (p, i + 1)))
            {
                var minutes = Math.Min(maxMinutes, volume.Minutes.TryGetValue(session.Intensity, out var m) ? m : maxMinutes);
                var sessionFacts = new SessionFacts
                {
                    Index = index,
                    Rank = session.Rank,
                    Count = placed.Count,
                    Intensity = session.Intensity,
                    Minutes = minutes,
                    Run = calendar.RunOn(session.Date),
                    BeforeHardRun = calendar.IsQuality(calendar.RunOn(session.Date.AddDays(1))) || calendar.RunOn(session.Date.AddDays(1)) == RunKind.Long,
                };
                layouts.Add(_builder.Layout(facts, sessionFacts, maxMinutes, session.Date, session.Order, session.Fallback, session.Notes, [.. why, .. session.Why], notes, context));
            }

            SetAllocation.Spread(budget, layouts, timing.SetSeconds);
            var sessions = ImmutableArray.CreateBuilder<PlannedSession>();
            var usedThisWeek = new HashSet<string>(StringComparer.Ordinal);
            foreach (var layout in layouts)
            {
                var built = _builder.Fill(facts, layout, usedThisWeek, _lastWeekExercises);
                sessions.Add(built);
                foreach (var exercise in built.Exercises)
                {
                    usedThisWeek.Add(exercise.Id);
                }
            }

            notes.AddRange(_builder.TakeNotes());
            _lastWeekExercises = usedThisWeek;
            _strengthDates.AddRange(placed.Select(p => p.Date));
            return _lastWeek = new PlanWeek
            {
                Week = number,
                Start = weekStart,
                Phase = phase,
                Deload = facts.Deload,
                WeeksToRace = facts.WeeksToRace,
                Sessions = sessions.ToImmutable(),
                Notes = [.. notes.Distinct(StringComparer.Ordinal)],
                Retests = retests,
            };
        }

        /// <summary>The week's strength tests: every Retest rule that fires adds one, its target computed from the profile when written "$output".</summary>
        private ImmutableArray<PlannedTest> Retests(WeekFacts week, List<string> notes, List<PlanReason> why, RuleContext context)
        {
            var tests = ImmutableArray.CreateBuilder<PlannedTest>();
            foreach (var rule in runner.Fire(CoachingWorkflows.Retest, [athlete, week], context))
            {
                if (rule.Decision is { Test: { } name, How: { } how })
                {
                    tests.Add(new PlannedTest { Name = name, How = how, Target = rule.TextFromOutput("target", rule.Decision.Target) });
                    why.Add(rule.Reason(rule.Rule.Definition.Description));
                    AddNote(notes, rule);
                    if (rule.Note is { Length: > 0 } note)
                    {
                        _retestNotes.Add(note);
                    }
                }
            }

            return tests.ToImmutable();
        }

        private static void AddNote(List<string> notes, FiredRule rule)
        {
            if (rule.Note is { Length: > 0 } note)
            {
                notes.Add(note);
            }
        }

        private WeekFacts WeekFactsFor(int number, DateOnly weekStart)
        {
            var runs = Enumerable.Range(0, 7).Select(i => athlete.Week.On(weekStart.AddDays(i).DayOfWeek)).ToList();
            int? daysToRace = calendar.RaceDate is { } race ? race.DayNumber - weekStart.DayNumber : null;
            int? weeksToRace = daysToRace is { } days ? (int)Math.Floor(days / 7.0) : null;
            return new WeekFacts
            {
                Number = number,
                Start = weekStart,
                End = weekStart.AddDays(6),
                HasRace = athlete.Race is not null,
                RaceDistance = athlete.Race?.Distance,
                WeeksToRace = weeksToRace,
                DaysToRace = daysToRace,
                WeeksInPlan = weeksInPlan,
                PlanWeeksToRace = calendar.RaceDate is { } raceDay ? (int)Math.Floor((raceDay.DayNumber - start.DayNumber) / 7.0) : null,
                RunDays = runs.Count(r => r != RunKind.Rest),
                QualityDays = runs.Count(calendar.IsQuality),
                LongRunDays = runs.Count(r => r == RunKind.Long),
                EasyDays = runs.Count(r => r is RunKind.Easy or RunKind.Recovery),
                RestDays = runs.Count(r => r == RunKind.Rest),
            };
        }

        /// <summary>
        /// Places the week's sessions, hardest first. A session no day allows under the Placement rules is tried again as a
        /// fallback (<c>session.fallback</c>: the rules say which days then pass, such as after a quality run), and only
        /// then one step lighter, or dropped; the week says why.
        /// </summary>
        private List<PlacedSession> PlaceSessions(WeekFacts week, List<SessionIntensity> intensities, List<string> notes, RuleContext context)
        {
            var placed = new List<PlacedSession>();
            var order = intensities.Select((intensity, i) => (intensity, i)).OrderByDescending(p => p.intensity).ThenBy(p => p.i).ToList();
            foreach (var (wanted, _) in order)
            {
                var intensity = wanted;
                while (true)
                {
                    var best = BestDay(week, intensity, placed.Count + 1, intensities.Count, placed, fallback: false, context)
                        ?? BestDay(week, intensity, placed.Count + 1, intensities.Count, placed, fallback: true, context);
                    if (best is not null)
                    {
                        placed.Add(best);
                        if (intensity != wanted)
                        {
                            notes.Add($"One {Word(wanted)} session became {Word(intensity)}: no day this week allows a {Word(wanted)} session under the placement rules.");
                        }

                        break;
                    }

                    if (intensity == SessionIntensity.Light)
                    {
                        notes.Add($"One {Word(wanted)} session was dropped: no day this week allows it under the placement rules.");
                        break;
                    }

                    intensity = (SessionIntensity)((int)intensity - 1);
                }
            }

            return placed;
        }

        private PlacedSession? BestDay(WeekFacts week, SessionIntensity intensity, int index, int count, List<PlacedSession> placed, bool fallback, RuleContext context)
        {
            PlacedSession? best = null;
            var bestScore = int.MinValue;
            var session = new SessionFacts { Index = index, Count = count, Intensity = intensity, Fallback = fallback };
            var taken = placed.Select(p => p.Date).ToHashSet();
            var others = _strengthDates.Concat(taken).ToList();
            for (var offset = 0; offset < 7; offset++)
            {
                var date = week.Start.AddDays(offset);
                if (taken.Contains(date))
                {
                    continue;
                }

                var day = DayFactsFor(date, others, placed);
                var fired = runner.Fire(CoachingWorkflows.Placement, [athlete, week, day, session with { Run = day.Run }], context.With(day.Day));
                if (fired.Exists(f => f.Forbids))
                {
                    continue;
                }

                var score = fired.Sum(f => f.Decision.Score);
                if (score > bestScore)
                {
                    bestScore = score;

                    // The last rule that says so decides the order; a day without a run has none.
                    SessionOrder? sessionOrder = null;
                    foreach (var f in fired)
                    {
                        sessionOrder = f.Decision.Order ?? sessionOrder;
                    }

                    best = new PlacedSession(
                        date,
                        index,
                        intensity,
                        day.Run == RunKind.Rest ? null : sessionOrder,
                        fallback,
                        [.. fired.Select(f => f.Reason())],
                        [.. fired.Select(f => f.Note).OfType<string>().Where(n => n.Length > 0)]);
                }
            }

            return best;
        }

        private DayFacts DayFactsFor(DateOnly date, List<DateOnly> strengthDates, List<PlacedSession> placed)
        {
            var run = calendar.RunOn(date);
            var previous = calendar.RunOn(date.AddDays(-1));
            var next = calendar.RunOn(date.AddDays(1));
            var race = calendar.RaceDate;
            var (daysSince, daysTo) = RunningCalendar.Nearest(strengthDates, date);
            PlacedSession? previousStrength = null;
            foreach (var other in placed)
            {
                if (other.Date < date && (previousStrength is null || other.Date > previousStrength.Date))
                {
                    previousStrength = other;
                }
            }

            return new DayFacts
            {
                Day = RunningCalendar.DayName(date.DayOfWeek),
                Date = date,
                Run = run,
                PreviousRun = previous,
                NextRun = next,
                IsQuality = calendar.IsQuality(run),
                IsLongRun = run == RunKind.Long,
                NextIsQuality = calendar.IsQuality(next),
                NextIsLongRun = next == RunKind.Long,
                PreviousIsQuality = calendar.IsQuality(previous),
                PreviousIsLongRun = previous == RunKind.Long,
                DaysToNextQuality = calendar.DaysTo(date, calendar.IsQuality),
                DaysToLongRun = calendar.DaysTo(date, r => r == RunKind.Long),
                IsRaceDay = race == date,
                IsDayBeforeRace = race == date.AddDays(1),
                IsAfterRace = race < date,
                DaysSinceStrength = daysSince,
                DaysToNextStrength = daysTo,
                PreviousStrength = previousStrength?.Intensity,
            };
        }

        private static string Word(SessionIntensity intensity) => intensity switch
        {
            SessionIntensity.Heavy => "heavy",
            SessionIntensity.Moderate => "moderate",
            _ => "light",
        };
    }

    private sealed record PlacedSession(DateOnly Date, int Rank, SessionIntensity Intensity, SessionOrder? Order, bool Fallback, ImmutableArray<PlanReason> Why, ImmutableArray<string> Notes);
}

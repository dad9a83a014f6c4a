using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Tests.Planning;
using RunnerStrength.Coaching.Vocabulary;
using static RunnerStrength.Coaching.Tests.Properties.HandMadePlans;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// The property checker catches what it claims to: hand-made plans that keep the policy pass, and each kind of broken
/// plan (made by editing a good one or the athlete it is checked against) is reported under its invariant with its week.
/// </summary>
public sealed class PlanInvariantsTests
{
    [Fact]
    public void Hand_made_plans_that_keep_the_policy_pass()
    {
        Check(Athlete, Plan).ShouldBeEmpty();
        Check(Busy, BusyPlan).ShouldBeEmpty();
    }

    [Fact]
    public void Hard_strength_on_a_quality_day_or_the_day_before_is_caught()
    {
        var athlete = Athlete with { Week = Athlete.Week with { Monday = RunKind.Tempo, Friday = RunKind.Intervals } };

        var problems = Problems(PlanInvariant.HardRunDays, athlete, Plan);

        problems.ShouldContain("label (Hand-made), week 1 (2026-11-23, base): Monday 2026-11-23 moderate full-body: a moderate session on a tempo day (order none); expected a light session, or a fallback after a quality run");
        problems.ShouldContain("label (Hand-made), week 1 (2026-11-23, base): Thursday 2026-11-26 moderate full-body: a moderate session the day before an intervals run; expected a light session or none");
    }

    [Fact]
    public void Strength_the_day_before_the_race_is_caught()
    {
        var athlete = Athlete with { Race = new RaceInfo { Date = new DateOnly(2026, 11, 27), Distance = RaceDistance.FiveK } };

        Problems(PlanInvariant.RaceDayClear, athlete, Plan).ShouldContain(p => p.Contains("Thursday 2026-11-26 moderate full-body: strength on race day or the day before (race 2026-11-27)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_session_on_one_day_is_caught()
    {
        var plan = EditWeek(Plan, 1, w => w with { Sessions = [w.Sessions[0], .. w.Sessions] });

        Problems(PlanInvariant.OneSessionADay, Athlete, plan).ShouldContain(p => p.Contains("a second session on the same day", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_equipment_an_unsafe_exercise_and_jumps_for_the_injured_are_caught()
    {
        var athlete = Athlete with { Equipment = ["bands"], Injuries = ["back"] };

        var problems = Check(athlete, Plan).Select(p => p.ToString()).ToList();

        problems.ShouldContain(p => p.StartsWith("[AthleteEquipment]", StringComparison.Ordinal) && p.Contains("needs dumbbells, which the athlete does not have; expected only bands", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("[InjurySafety]", StringComparison.Ordinal) && p.Contains("romanian-deadlift is unsafe for the athlete's back injury", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("[InjurySafety]", StringComparison.Ordinal) && p.Contains("plyometrics (pogo-hop) in week 1 for an injured athlete (back)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prescription_held_four_loading_weeks_a_logged_exercise_dropped_silently_and_missing_injury_work_are_caught()
    {
        var held = Plan with { Weeks = [.. Plan.Weeks.Select(w => w with { Sessions = [.. w.Sessions.Select(s => s with { Exercises = [.. s.Exercises.Select(e => e with { Tempo = null })] })] })] };
        var logged = Athlete with { Equipment = ["dumbbells", "bench", "bands"], History = [new HistoryEntry { Date = RandomAthletes.Start.AddDays(-3), Exercise = "goblet-squat", Sets = 3, Reps = 10 }] };
        var injured = Athlete with { Equipment = ["dumbbells", "bench", "bands"], Injuries = ["achilles"] };

        Problems(PlanInvariant.Progression, Athlete, held).ShouldContain(p => p.Contains("push-up prescribed as 3 × 8-12-s  bodyweight for 4 loading weeks in a row", StringComparison.Ordinal));
        Problems(PlanInvariant.Progression, Athlete, Plan).ShouldBeEmpty();
        Problems(PlanInvariant.LoggedExercises, logged, Plan).ShouldContain(p => p.Contains("logged goblet-squat is not in weeks 1-2", StringComparison.Ordinal));
        Problems(PlanInvariant.LoggedExercises, logged, Plan with { Notes = ["Goblet squat from your log is not in weeks 1-2: no room."] }).ShouldBeEmpty();
        Problems(PlanInvariant.InjuryWork, injured, Plan).ShouldContain(p => p.Contains("work for the achilles injury in 0 of 8 non-taper weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recovering_injury_allows_its_strength_work_and_low_jumps_only_from_week_5()
    {
        var recovering = Athlete with { Equipment = ["dumbbells", "bench", "bands"], Injuries = ["back"], Recovering = ["back"] };

        var problems = Problems(PlanInvariant.InjurySafety, recovering, Plan);

        problems.ShouldNotContain(p => p.Contains("romanian-deadlift is unsafe", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("plyometrics (pogo-hop) in week 1 for an injured athlete (back; recovering back)", StringComparison.Ordinal));
        problems.ShouldNotContain(p => p.Contains("in week 5 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_session_with_too_few_patterns_or_no_single_leg_work_is_caught()
    {
        var twoPatterns = EditSessions(Plan, 1, s => s.Day == DayOfWeek.Thursday ? s with { Exercises = [.. s.Exercises.Where(e => e.Pattern is MovementPattern.Core or MovementPattern.Push)] } : s);
        var bilateral = EditSessions(Plan, 1, s => s with { Exercises = [.. s.Exercises.Where(e => !DefaultRules.Rules.Catalog.Find(e.Id)!.Unilateral)] });

        Problems(PlanInvariant.PatternCoverage, Athlete, twoPatterns).ShouldContain(p => p.Contains("covers only core, push; expected at least 3 patterns", StringComparison.Ordinal));
        Problems(PlanInvariant.SingleLegWork, Athlete, bilateral).ShouldContain(p => p.Contains("Monday 2026-11-23 moderate full-body: lower-body work (romanian-deadlift, standing-calf-raise) without any single-leg exercise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_session_longer_than_the_athlete_has_or_a_short_warm_up_is_caught()
    {
        var shortWarmup = EditSessions(Plan, 2, s => s with { Warmup = [.. s.Warmup.Take(4)] });

        Problems(PlanInvariant.WithinMinutes, Athlete with { SessionMinutes = 20 }, Plan).ShouldContain(p => p.Contains("expected at most the 1200 s the athlete has", StringComparison.Ordinal));
        Problems(PlanInvariant.WarmUp, Athlete, shortWarmup).ShouldContain(p => p.StartsWith("label (Hand-made), week 2", StringComparison.Ordinal) && p.Contains("a 240 s warm-up; expected 300-600 s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_race_week_with_a_moderate_session_and_a_taper_without_fewer_sets_are_caught()
    {
        var plan = Plan with
        {
            Weeks = [.. Plan.Weeks.Select(w => w.Week switch
            {
                7 => w with { Phase = TrainingPhase.Taper },
                8 => w with { Phase = TrainingPhase.Taper, WeeksToRace = 0, Deload = false },
                _ => w,
            })],
        };

        var problems = Check(Athlete, plan);

        problems.ShouldContain(new PlanProblem(PlanInvariant.RaceWeek, "label (Hand-made), week 8 (2027-01-11, taper): race week holds moderate 35 min, moderate 35 min; expected at most one light session of 20 min or less"));
        problems.ShouldContain(new PlanProblem(PlanInvariant.Taper, "label (Hand-made), week 7 (2027-01-04, taper): taper week holds 39 sets; expected fewer than the 39 of week 6 before the taper"));
    }

    [Fact]
    public void The_estimate_is_the_warm_up_plus_rounds_of_work_at_the_middle_of_each_range_and_rest_plus_setup()
    {
        var invariants = new PlanInvariants(DefaultRules.Rules);
        var thursday = Plan.Weeks[0].Sessions[1];

        // Warm-up 5 x 60 s. A: 3 rounds x (9 reps (8-10) x 3 s x 2 sides for the lunge, 10 (8-12) x 3 x 2 for the hip
        // thrust, 11 (10-12) x 3 x 2 for the calf raise, then 90 s rest) + 3 x 20 s setup. B: 3 rounds x (38 s (30-45)
        // x 2 sides of side plank, 9 presses and 14 pull-aparts at 3 s, then 60 s rest) + 3 x 20 s setup.
        thursday.Exercises.Select(e => e.Id).ShouldBe(["dumbbell-reverse-lunge", "single-leg-hip-thrust", "dumbbell-single-leg-calf-raise", "side-plank", "overhead-press", "band-pull-apart"]);
        invariants.EstimateSeconds(thursday).ShouldBe(300 + (3 * (54 + 60 + 66 + 90)) + 60 + (3 * (76 + 27 + 42 + 60)) + 60);
        invariants.EstimateSeconds(thursday).ShouldBeLessThanOrEqualTo(35 * 60);
    }

    [Fact]
    public void A_week_without_a_session_of_two_lower_body_strength_exercises_is_caught()
    {
        var plan = EditSessions(Plan, 2, s => s with { Intensity = SessionIntensity.Light });
        plan = EditSessions(plan, 3, s => s with { Exercises = [.. s.Exercises.Where(e => e.Id is not ("romanian-deadlift" or "single-leg-hip-thrust"))] });
        plan = EditSessions(plan, 5, s => s with { Exercises = [.. s.Exercises.Select(e => e with { Mitigation = e.Id is "romanian-deadlift" or "single-leg-hip-thrust" })] });

        var problems = Problems(PlanInvariant.StrengthEveryWeek, Athlete, plan);

        problems.ShouldBe(
        [
            "label (Hand-made), week 2 (2026-11-30, base): no moderate or heavy session with two or more squat, hinge or glute exercises; expected one every week outside the taper, found Monday 2026-11-30 light full-body with 2, Thursday 2026-12-03 light full-body with 2",
            "label (Hand-made), week 3 (2026-12-07, base): no moderate or heavy session with two or more squat, hinge or glute exercises; expected one every week outside the taper, found Monday 2026-12-07 moderate full-body with 1, Thursday 2026-12-10 moderate full-body with 1",
            "label (Hand-made), week 5 (2026-12-21, base): no moderate or heavy session with two or more squat, hinge or glute exercises; expected one every week outside the taper, found Monday 2026-12-21 moderate full-body with 1, Thursday 2026-12-24 moderate full-body with 1",
        ]);
    }

    [Fact]
    public void Strength_is_not_asked_in_the_taper_of_an_athlete_who_wants_none_or_in_a_week_without_runs()
    {
        var light = Plan with { Weeks = [.. Plan.Weeks.Select(w => w with { Sessions = [.. w.Sessions.Select(s => s with { Intensity = SessionIntensity.Light })] })] };
        var empty = Plan with { Weeks = [.. Plan.Weeks.Select(w => w with { Sessions = [] })] };
        var taper = light with { Weeks = [.. light.Weeks.Select(w => w with { Phase = TrainingPhase.Taper })] };
        var noRuns = Athlete with { Week = Athlete.Week with { Tuesday = RunKind.Rest, Wednesday = RunKind.Rest, Friday = RunKind.Rest, Saturday = RunKind.Rest } };

        Problems(PlanInvariant.StrengthEveryWeek, Athlete, light).Count.ShouldBe(8);
        Problems(PlanInvariant.StrengthEveryWeek, Athlete, empty).ShouldContain(p => p.StartsWith("label (Hand-made), week 1 (2026-11-23, base): ", StringComparison.Ordinal) && p.EndsWith("found no session", StringComparison.Ordinal));
        Problems(PlanInvariant.StrengthEveryWeek, Athlete, taper).ShouldBeEmpty();
        Problems(PlanInvariant.StrengthEveryWeek, Athlete with { StrengthDays = 0 }, empty).ShouldBeEmpty();
        Problems(PlanInvariant.StrengthEveryWeek, noRuns, empty).ShouldBeEmpty();
    }

    [Fact]
    public void A_week_of_hard_runs_and_the_days_before_them_asks_for_neither_strength_nor_the_budget()
    {
        var allHard = Athlete with
        {
            Week = new RunningWeek
            {
                Monday = RunKind.Tempo,
                Tuesday = RunKind.Long,
                Wednesday = RunKind.Intervals,
                Thursday = RunKind.Long,
                Friday = RunKind.Hills,
                Saturday = RunKind.Long,
                Sunday = RunKind.RacePace,
            },
        };

        // A rest day after Friday's hills: a fallback fits there.
        var oneFreeDay = allHard with { Week = allHard.Week with { Saturday = RunKind.Rest } };
        var light = Plan with { Weeks = [.. Plan.Weeks.Select(w => w with { Sessions = [.. w.Sessions.Select(s => s with { Intensity = SessionIntensity.Light })] })] };
        var noPull = Plan with { Weeks = [.. Plan.Weeks.Select(w => w with { Sessions = [.. w.Sessions.Select(s => s with { Exercises = [.. s.Exercises.Where(e => e.Pattern != MovementPattern.Pull)] })] })] };

        Problems(PlanInvariant.StrengthEveryWeek, allHard, light).ShouldBeEmpty();
        Problems(PlanInvariant.WeeklySetBudget, allHard, noPull).ShouldBeEmpty();
        Problems(PlanInvariant.StrengthEveryWeek, oneFreeDay, light).Count.ShouldBe(8);
        Problems(PlanInvariant.WeeklySetBudget, oneFreeDay, noPull).Count.ShouldBe(6);
    }

    [Theory]
    [InlineData(7, 8.0, 0, 3, true)]
    [InlineData(0, 5.5, 0, 3, true)]
    [InlineData(0, 8.0, 5, 3, true)]
    [InlineData(0, 8.0, 0, 2, true)]
    [InlineData(6, 6.0, 4, 3, false)]
    public void Low_readiness_excuses_a_lighter_week_1_only(int soreness, double sleepHours, int restingHrDelta, int mood, bool excused)
    {
        var athlete = Athlete with { Readiness = new Readiness { Soreness = soreness, SleepHours = sleepHours, RestingHrDelta = restingHrDelta, Mood = mood } };
        var plan = EditSessions(EditSessions(Plan, 1, s => s with { Intensity = SessionIntensity.Light }), 2, s => s with { Intensity = SessionIntensity.Light });

        var weeks = Problems(PlanInvariant.StrengthEveryWeek, athlete, plan).Select(p => p.Split(" (2")[0]).ToList();

        weeks.ShouldBe(excused ? ["label (Hand-made), week 2"] : ["label (Hand-made), week 1", "label (Hand-made), week 2"]);
    }

    [Fact]
    public void An_order_on_a_rest_day_or_none_beside_a_run_is_caught()
    {
        var ordered = EditSessions(Plan, 1, s => s.Day == DayOfWeek.Monday ? s with { Order = SessionOrder.BeforeRun } : s);
        var mondayEasy = Athlete with { Week = Athlete.Week with { Monday = RunKind.Easy } };

        Problems(PlanInvariant.SessionOrder, Athlete, ordered).ShouldBe(["label (Hand-made), week 1 (2026-11-23, base): Monday 2026-11-23 moderate full-body: order before-run on a rest day; expected none"]);
        Problems(PlanInvariant.SessionOrder, mondayEasy, Plan).Count.ShouldBe(8);
        Problems(PlanInvariant.SessionOrder, mondayEasy, Plan)[0].ShouldBe("label (Hand-made), week 1 (2026-11-23, base): Monday 2026-11-23 moderate full-body: no order beside the easy run; expected before-run or after-run");
    }

    [Fact]
    public void A_fallback_before_the_run_is_caught_and_is_no_longer_allowed_on_the_quality_day()
    {
        var plan = EditSessions(BusyPlan, 1, s => s.Day == DayOfWeek.Tuesday ? s with { Order = SessionOrder.BeforeRun } : s);

        Problems(PlanInvariant.Fallback, Busy, plan).ShouldBe(["label (Hand-made busy), week 1 (2026-11-23, base): Tuesday 2026-11-24 moderate full-body (fallback): a fallback session with order before-run; expected after-run"]);
        Problems(PlanInvariant.HardRunDays, Busy, plan).ShouldBe(["label (Hand-made busy), week 1 (2026-11-23, base): Tuesday 2026-11-24 moderate full-body (fallback): a moderate session on a tempo day (order before-run); expected a light session, or a fallback after a quality run"]);
    }

    [Fact]
    public void A_moderate_session_after_a_quality_run_that_is_not_a_fallback_is_caught()
    {
        var plan = EditSessions(BusyPlan, 2, s => s.Day == DayOfWeek.Sunday ? s with { Fallback = false } : s);

        Problems(PlanInvariant.HardRunDays, Busy, plan).ShouldBe(["label (Hand-made busy), week 2 (2026-11-30, base): Sunday 2026-12-06 moderate full-body: a moderate session on a hills day (order after-run); expected a light session, or a fallback after a quality run"]);
    }

    [Theory]
    [InlineData(5, RunKind.Long, "a fallback session on the long-run day; expected a quality day")]
    [InlineData(2, RunKind.Easy, "a fallback session on an easy day; expected a quality day (tempo, intervals, hills, race-pace)")]
    [InlineData(3, RunKind.Intervals, "a fallback session the day before a long run; expected a quality day that no quality run or long run follows")]
    public void A_fallback_on_the_wrong_day_is_caught(int offset, RunKind run, string expected)
    {
        var athlete = Busy with { Week = Busy.Week with { Friday = RunKind.Long } };
        var date = BusyPlan.Start.AddDays(offset);
        var plan = EditWeek(BusyPlan, 1, w => w with { Sessions = [w.Sessions[0], w.Sessions[1] with { Day = date.DayOfWeek, Date = date, Run = run }] });

        Problems(PlanInvariant.Fallback, athlete, plan).ShouldContain(p => p.Contains($"{date.DayOfWeek} {date:yyyy-MM-dd} moderate full-body (fallback): {expected}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fallback_the_day_before_a_quality_run_or_on_race_day_is_caught()
    {
        var twoQualityDays = Busy with { Week = Busy.Week with { Wednesday = RunKind.Hills } };
        var race = Busy with { Race = new RaceInfo { Date = new DateOnly(2026, 12, 6), Distance = RaceDistance.TenK } };

        Problems(PlanInvariant.Fallback, twoQualityDays, BusyPlan).ShouldContain(p => p.Contains("Tuesday 2026-11-24 moderate full-body (fallback): a fallback session the day before a hills run", StringComparison.Ordinal));
        Problems(PlanInvariant.Fallback, race, BusyPlan).ShouldContain("label (Hand-made busy), week 2 (2026-11-30, base): Sunday 2026-12-06 moderate full-body (fallback): a fallback session on race day or the day before (race 2026-12-06); expected none");
    }

    [Fact]
    public void A_fallback_while_an_easy_or_rest_day_was_free_is_caught()
    {
        // Without the long run, Friday is free: nothing hard on Saturday, no session beside it.
        var athlete = Busy with { Week = Busy.Week with { Saturday = RunKind.Rest } };

        var problems = Problems(PlanInvariant.Fallback, athlete, BusyPlan);

        problems.Count.ShouldBe(4);
        problems[0].ShouldBe("label (Hand-made busy), week 1 (2026-11-23, base): Tuesday 2026-11-24 moderate full-body (fallback): Friday 2026-11-27 (rest) was free: no session there, no quality run or long run the day after, no race beside it, no strength session next to it; expected the session there rather than a fallback");
    }

    [Fact]
    public void A_free_day_next_to_another_session_or_beside_the_race_excuses_the_fallback()
    {
        var athlete = Busy with { Week = Busy.Week with { Saturday = RunKind.Rest } };
        var light = Session(BusyPlan.Start.AddDays(3), RunKind.Intervals, SessionOrder.AfterRun, SingleLeg(2)) with { Intensity = SessionIntensity.Light, Minutes = 20 };
        var nextToLight = EditWeek(BusyPlan, 1, w => w with { Sessions = [w.Sessions[0], light, w.Sessions[1]] });
        var raceWeek = EditWeek(BusyPlan, 1, w => w with { WeeksToRace = 0 }) with { Weeks = [BusyPlan.Weeks[0]] };
        var racer = athlete with { Race = new RaceInfo { Date = new DateOnly(2026, 11, 28), Distance = RaceDistance.FiveK } };

        Problems(PlanInvariant.Fallback, athlete, nextToLight).ShouldNotContain(p => p.StartsWith("label (Hand-made busy), week 1", StringComparison.Ordinal));
        Problems(PlanInvariant.Fallback, racer, raceWeek).ShouldNotContain(p => p.Contains("was free", StringComparison.Ordinal));
    }

    [Fact]
    public void A_loading_week_below_the_set_budget_is_caught()
    {
        var plan = EditSessions(Plan, 2, s => s with { Exercises = [.. s.Exercises.Where(e => e.Pattern != MovementPattern.Pull)] });
        plan = EditSessions(plan, 3, s => s with { Exercises = [.. s.Exercises.Where(e => e.Pattern is not (MovementPattern.Hinge or MovementPattern.Glute))] });

        Problems(PlanInvariant.WeeklySetBudget, Athlete, plan).ShouldBe(
        [
            "label (Hand-made), week 2 (2026-11-30, base): 2 sessions of 25+ min but weekly hard sets below the budget: pull 0 (expected at least 2); the week holds squat 6, hinge 3, glute 3, calf 6, core 6, push 6, plyometric 3",
            "label (Hand-made), week 3 (2026-12-07, base): 2 sessions of 25+ min but weekly hard sets below the budget: hinge + glute 0 (expected at least 4); the week holds squat 6, calf 6, core 6, push 6, pull 6, plyometric 3",
        ]);
    }

    [Fact]
    public void The_budget_is_not_asked_of_deloads_short_sessions_or_other_phases_but_the_cap_always_holds()
    {
        static PlannedSession NoPull(PlannedSession s) => s with { Exercises = [.. s.Exercises.Where(e => e.Pattern != MovementPattern.Pull)] };
        var deload = EditSessions(Plan, 4, NoPull);
        var shortSession = EditWeek(Plan, 2, w => w with { Sessions = [.. w.Sessions.Select(NoPull).Select((s, i) => i == 0 ? s with { Minutes = 24 } : s)] });
        var raceSpecific = EditWeek(EditSessions(Plan, 2, NoPull), 2, w => w with { Phase = TrainingPhase.RaceSpecific });
        var tooMuch = EditSessions(Plan, 4, s => s with { Exercises = [.. s.Exercises.Select(e => e.Pattern is MovementPattern.Squat or MovementPattern.Plyometric ? e with { Sets = 7 } : e)] });

        Problems(PlanInvariant.WeeklySetBudget, Athlete, deload).ShouldBeEmpty();
        Problems(PlanInvariant.WeeklySetBudget, Athlete, shortSession).ShouldBeEmpty();
        Problems(PlanInvariant.WeeklySetBudget, Athlete, raceSpecific).ShouldBeEmpty();
        Problems(PlanInvariant.WeeklySetBudget, Athlete, tooMuch).ShouldBe(["label (Hand-made), week 4 (2026-12-14, base deload): 14 hard sets of squat; expected at most 12 a week"]);
    }

    [Fact]
    public void A_deload_without_three_loading_weeks_of_base_and_build_before_it_is_caught()
    {
        var early = EditWeek(Plan, 3, w => w with { Deload = true, Sessions = Plan.Weeks[3].Sessions });
        var afterBuild = Plan with { Weeks = [.. Plan.Weeks.Select(w => w.Week <= 2 ? w with { Phase = TrainingPhase.Build } : w)] };
        var afterRaceSpecific = Plan with { Weeks = [.. Plan.Weeks.Select(w => w.Week <= 2 ? w with { Phase = TrainingPhase.RaceSpecific } : w)] };

        Problems(PlanInvariant.Deload, Athlete, early).ShouldBe(
        [
            "label (Hand-made), week 3 (2026-12-07, base deload): a deload after 2 loading weeks in a row; expected at least 3 of base and build before it",
            "label (Hand-made), week 4 (2026-12-14, base deload): a deload after 0 loading weeks in a row; expected at least 3 of base and build before it",
            "label (Hand-made), week 4 (2026-12-14, base deload): 26 sets; expected fewer than the 26 of week 3",
        ]);

        // Base and build are one training block: build weeks before base weeks count; race-specific weeks do not.
        Problems(PlanInvariant.Deload, Athlete, afterBuild).ShouldBeEmpty();
        Problems(PlanInvariant.Deload, Athlete, afterRaceSpecific).ShouldBe(["label (Hand-made), week 4 (2026-12-14, base deload): a deload after 1 loading week in a row; expected at least 3 of base and build before it"]);
    }

    [Fact]
    public void A_deload_with_other_exercises_or_no_fewer_sets_is_caught_and_the_order_within_a_session_does_not_matter()
    {
        var swapped = EditSessions(Plan, 4, s => s with { Exercises = [.. s.Exercises.Select(e => e.Id == "band-pull-apart" ? Exercise("band-row", e.Group, e.Sets) : e)] });
        var sameSets = EditSessions(Plan, 8, s => s with { Exercises = [.. s.Exercises.Select(e => e with { Sets = 3 })] });
        var reordered = EditSessions(Plan, 4, s => s with { Exercises = [.. s.Exercises.Reverse()] });

        Problems(PlanInvariant.Deload, Athlete, swapped).ShouldBe(["label (Hand-made), week 4 (2026-12-14, base deload): exercises differ from week 3: added band-row, missing band-pull-apart; expected the same exercises with fewer sets"]);
        Problems(PlanInvariant.Deload, Athlete, sameSets).ShouldBe(["label (Hand-made), week 8 (2027-01-11, base deload): 39 sets; expected fewer than the 39 of week 7"]);
        Problems(PlanInvariant.Deload, Athlete, reordered).ShouldBeEmpty();
    }

    [Fact]
    public void A_dose_in_reps_for_a_timed_exercise_or_in_seconds_for_a_rep_exercise_is_caught()
    {
        var plan = EditSessions(Plan, 1, s => s with
        {
            Exercises = [.. s.Exercises.Select(e => e.Id switch
            {
                "plank" => e with { Reps = new DoseRange(8, 10), Seconds = null },
                "push-up" => e with { Reps = null, Seconds = new DoseRange(30, 40) },
                _ => e,
            })],
        });

        Problems(PlanInvariant.DoseFitsExercise, Athlete, plan).ShouldBe(
        [
            "label (Hand-made), week 1 (2026-11-23, base): Monday 2026-11-23 moderate full-body: C1 plank: prescribed 3 x 8-10 reps; expected seconds, as the catalog doses it (3 x 30-45 s)",
            "label (Hand-made), week 1 (2026-11-23, base): Monday 2026-11-23 moderate full-body: C2 push-up: prescribed 3 x 30-40 s; expected reps, as the catalog doses it (3 x 8-12 reps)",
        ]);
    }

    [Fact]
    public void A_heavy_or_reps_in_reserve_load_without_loadable_equipment_is_caught()
    {
        var plan = EditSessions(Plan, 1, s => s with
        {
            Exercises = [.. s.Exercises.Select(e => e.Id switch
            {
                "push-up" => e with { Load = "a weight that leaves 2 reps in reserve" },
                "band-pull-apart" => e with { Load = "Heavy band" },
                "dumbbell-split-squat" => e with { Load = "heavy: leave 2 reps in reserve" },
                _ => e,
            })],
        });

        Problems(PlanInvariant.LoadFitsEquipment, Athlete, plan).ShouldBe(
        [
            "label (Hand-made), week 1 (2026-11-23, base): Monday 2026-11-23 moderate full-body: C2 push-up: load \"a weight that leaves 2 reps in reserve\" (reps in reserve) on bodyweight; expected such a load only with loadable equipment (barbell, cable-machine, dumbbells, kettlebell, leg-extension, leg-press, sled)",
            "label (Hand-made), week 1 (2026-11-23, base): Thursday 2026-11-26 moderate full-body: B3 band-pull-apart: load \"Heavy band\" (heavy) on bands; expected such a load only with loadable equipment (barbell, cable-machine, dumbbells, kettlebell, leg-extension, leg-press, sled)",
        ]);
    }

    private static List<PlanProblem> Check(AthleteProfile athlete, StrengthPlan plan) => new PlanInvariants(DefaultRules.Rules).Check("label", athlete, plan);

    private static List<string> Problems(PlanInvariant invariant, AthleteProfile athlete, StrengthPlan plan) =>
        [.. Check(athlete, plan).Where(p => p.Invariant == invariant).Select(p => p.Message)];

    private static StrengthPlan EditWeek(StrengthPlan plan, int week, Func<PlanWeek, PlanWeek> edit) =>
        plan with { Weeks = [.. plan.Weeks.Select(w => w.Week == week ? edit(w) : w)] };

    private static StrengthPlan EditSessions(StrengthPlan plan, int week, Func<PlannedSession, PlannedSession> edit) =>
        EditWeek(plan, week, w => w with { Sessions = [.. w.Sessions.Select(edit)] });
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Tests.Planning;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>
/// The property checker catches what it claims to: a plan that keeps the policy passes, and each kind of broken plan
/// (made by editing a good one or the athlete it is checked against) is reported with its week.
/// </summary>
public sealed class PlanInvariantsTests
{
    private static readonly AthleteProfile NoRace = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json")).Profile!;

    // Eight weeks of base: moderate full-body sessions on Monday and Thursday (rest days), with dumbbells and pogo hops.
    private static readonly StrengthPlan Good = ProgramDesigner.Design(
        new PlanRequest { Athlete = NoRace, Start = RandomAthletes.Start }, DefaultRules.Rules, RandomAthletes.Start).Plan!;

    [Fact]
    public void A_plan_that_keeps_the_policy_passes()
    {
        Check(NoRace, Good).ShouldBeEmpty();
    }

    [Fact]
    public void Hard_strength_on_a_quality_day_or_the_day_before_is_caught()
    {
        var athlete = NoRace with { Week = NoRace.Week with { Monday = RunKind.Tempo, Friday = RunKind.Intervals } };

        var problems = Check(athlete, Good);

        problems.ShouldContain(p => p.StartsWith("label, week 1 (2026-11-23): Monday 2026-11-23 moderate full-body: a moderate session on a tempo day", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("Thursday 2026-11-26 moderate full-body: a moderate session the day before a intervals run", StringComparison.Ordinal));
    }

    [Fact]
    public void Strength_the_day_before_the_race_is_caught()
    {
        var athlete = NoRace with { Race = new RaceInfo { Date = new DateOnly(2026, 11, 27), Distance = RaceDistance.FiveK } };

        Check(athlete, Good).ShouldContain(p => p.Contains("strength on race day or the day before (race 2026-11-27)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_session_on_one_day_is_caught()
    {
        var week = Good.Weeks[0] with { Sessions = [Good.Weeks[0].Sessions[0], .. Good.Weeks[0].Sessions] };

        Check(NoRace, Replace(week)).ShouldContain(p => p.Contains("a second session on the same day", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_equipment_an_unsafe_exercise_and_jumps_for_the_injured_are_caught()
    {
        var athlete = NoRace with { Equipment = ["bands"], Injuries = ["back"] };

        var problems = Check(athlete, Good);

        problems.ShouldContain(p => p.Contains("needs dumbbells, which the athlete does not have", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("romanian-deadlift is unsafe for the athlete's back injury", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("plyometrics for an injured athlete (back)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_session_with_too_few_patterns_or_no_single_leg_work_is_caught()
    {
        var thursday = Good.Weeks[0].Sessions[1];
        var twoPatterns = thursday with { Exercises = [.. thursday.Exercises.Where(e => e.Pattern is MovementPattern.Core or MovementPattern.Push)] };
        var bilateral = thursday with { Exercises = [.. thursday.Exercises.Where(e => !DefaultRules.Rules.Catalog.Find(e.Id)!.Unilateral)] };

        Check(NoRace, Replace(Good.Weeks[0] with { Sessions = [Good.Weeks[0].Sessions[0], twoPatterns] })).ShouldContain(p => p.Contains("covers only core, push", StringComparison.Ordinal));
        Check(NoRace, Replace(Good.Weeks[0] with { Sessions = [Good.Weeks[0].Sessions[0], bilateral] })).ShouldContain(p => p.Contains("without any single-leg exercise", StringComparison.Ordinal));
    }

    [Fact]
    public void A_session_longer_than_the_athlete_has_is_caught()
    {
        Check(NoRace with { SessionMinutes = 20 }, Good).ShouldContain(p => p.Contains("over the 1200 s the athlete has", StringComparison.Ordinal));
    }

    [Fact]
    public void A_race_week_with_a_moderate_session_and_a_taper_without_fewer_sets_are_caught()
    {
        var plan = Good with
        {
            Weeks = [.. Good.Weeks.Select(w => w.Week switch
            {
                7 => w with { Phase = TrainingPhase.Taper },
                8 => w with { Phase = TrainingPhase.Taper, WeeksToRace = 0 },
                _ => w,
            })],
        };

        var problems = Check(NoRace, plan);

        problems.ShouldContain(p => p.StartsWith("label, week 8", StringComparison.Ordinal) && p.Contains("race week holds moderate 35 min, moderate 35 min", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("label, week 7", StringComparison.Ordinal) && p.Contains("not fewer than the 36 of week 6 before the taper", StringComparison.Ordinal));
    }

    [Fact]
    public void The_estimate_is_the_designers_warm_up_plus_rounds_of_work_and_rest_plus_setup()
    {
        var invariants = new PlanInvariants(DefaultRules.Rules);
        var thursday = Good.Weeks[0].Sessions[1];

        // Warm-up 5 x 60 s. A: 3 rounds x (12 reps x 3 s x 2 sides for the lunge, the single-leg deadlift and the band
        // walk, then 60 s rest) + 3 x 20 s setup. B: 3 rounds x (15 calf raises, 8 leg lifts a side, 12 presses at 3 s,
        // then 60 s rest) + 3 x 20 s setup.
        thursday.Exercises.Select(e => e.Id).ShouldBe(["dumbbell-reverse-lunge", "dumbbell-single-leg-romanian-deadlift", "lateral-band-walk", "standing-calf-raise", "plank-leg-lift", "overhead-press"]);
        invariants.EstimateSeconds(thursday).ShouldBe(300 + (3 * (72 + 72 + 72 + 60)) + 60 + (3 * (45 + 48 + 36 + 60)) + 60);
        invariants.EstimateSeconds(thursday).ShouldBeLessThanOrEqualTo(35 * 60);
    }

    private static List<string> Check(AthleteProfile athlete, StrengthPlan plan) => new PlanInvariants(DefaultRules.Rules).Check("label", athlete, plan);

    private static StrengthPlan Replace(PlanWeek week) => Good with { Weeks = [.. Good.Weeks.Select(w => w.Week == week.Week ? week : w)] };
}

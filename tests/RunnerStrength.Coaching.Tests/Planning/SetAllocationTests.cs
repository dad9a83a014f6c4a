using System.Collections.Immutable;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Planning;

public sealed class SetAllocationTests
{
    private const int SetSeconds = 60;
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void A_pattern_is_spread_evenly_over_its_slots_in_the_week()
    {
        var heavy = Layout(SessionIntensity.Heavy, 40, (MovementPattern.Squat, false), (MovementPattern.Squat, false));
        var light = Layout(SessionIntensity.Light, 25, (MovementPattern.Squat, false));

        SetAllocation.Spread(Budget((MovementPattern.Squat, 6)), [heavy, light], SetSeconds);

        Sets(heavy).ShouldBe([2, 2]);
        Sets(light).ShouldBe([2]);
    }

    [Fact]
    public void Fewer_exercises_with_real_sets_rather_than_many_of_one_set()
    {
        var first = Layout(SessionIntensity.Moderate, 35, (MovementPattern.Push, false));
        var second = Layout(SessionIntensity.Moderate, 35, (MovementPattern.Push, false));
        var third = Layout(SessionIntensity.Light, 20, (MovementPattern.Push, false));

        SetAllocation.Spread(Budget((MovementPattern.Push, 3)), [first, second, third], SetSeconds);

        // 3 sets at two a slot at least: one exercise of 3 sets, and the other slots are left out (0).
        new[] { Sets(first)[0], Sets(second)[0], Sets(third)[0] }.Sum().ShouldBe(3);
        new[] { Sets(first)[0], Sets(second)[0], Sets(third)[0] }.Count(s => s > 0).ShouldBe(1);
    }

    [Fact]
    public void A_pattern_goes_to_a_session_not_yet_given_it_before_a_second_slot_of_the_same_session()
    {
        var full = Layout(SessionIntensity.Moderate, 35, (MovementPattern.Core, false), (MovementPattern.Core, false));
        var light = Layout(SessionIntensity.Light, 20, (MovementPattern.Core, false));

        SetAllocation.Spread(Budget((MovementPattern.Core, 4)), [full, light], SetSeconds);

        Sets(full).Sum().ShouldBe(2);
        Sets(light).ShouldBe([2]);
    }

    [Fact]
    public void Sessions_with_the_most_room_for_their_minutes_take_the_next_pattern()
    {
        // Squat fills the first session; pull then goes to the second, which has had nothing yet.
        var first = Layout(SessionIntensity.Moderate, 30, (MovementPattern.Squat, false), (MovementPattern.Pull, false));
        var second = Layout(SessionIntensity.Moderate, 30, (MovementPattern.Pull, false));

        SetAllocation.Spread(Budget((MovementPattern.Squat, 4), (MovementPattern.Pull, 2)), [first, second], SetSeconds);

        Sets(first).ShouldBe([4, 0]);
        Sets(second).ShouldBe([2]);
    }

    [Fact]
    public void A_session_without_room_for_the_sets_gives_way_to_one_with_room()
    {
        // 10 minutes hold 10 sets at 60 s: squat fills the short session, so calves go to the long one although the
        // short one has had fewer patterns.
        var short10 = Layout(SessionIntensity.Moderate, 10, (MovementPattern.Squat, false), (MovementPattern.Calf, false));
        var long30 = Layout(SessionIntensity.Moderate, 30, (MovementPattern.Hinge, false), (MovementPattern.Core, false), (MovementPattern.Calf, false));

        SetAllocation.Spread(Budget((MovementPattern.Squat, 9), (MovementPattern.Hinge, 9), (MovementPattern.Core, 9), (MovementPattern.Calf, 3)) with { MaxPerExercise = 9 }, [short10, long30], SetSeconds);

        Sets(short10).ShouldBe([9, 0]);
        Sets(long30).ShouldBe([9, 9, 3]);
    }

    [Fact]
    public void No_exercise_takes_more_than_the_most_per_exercise()
    {
        var only = Layout(SessionIntensity.Moderate, 35, (MovementPattern.Hinge, false));

        SetAllocation.Spread(Budget((MovementPattern.Hinge, 8)) with { MaxPerExercise = 5 }, [only], SetSeconds);

        Sets(only).ShouldBe([5]);
    }

    [Fact]
    public void Injury_work_and_patterns_the_budget_does_not_count_keep_the_dose_rules_sets()
    {
        var session = Layout(SessionIntensity.Moderate, 35, (MovementPattern.Glute, true), (MovementPattern.Mobility, false), (MovementPattern.Glute, false));

        SetAllocation.Spread(Budget((MovementPattern.Glute, 3)), [session], SetSeconds);

        session.Slots[0].Sets.ShouldBeNull();
        session.Slots[1].Sets.ShouldBeNull();
        session.Slots[2].Sets.ShouldBe(3);
        session.Slots[2].Weekly.ShouldBe(3);
        session.Slots[0].Weekly.ShouldBe(0);
    }

    [Fact]
    public void A_pattern_given_no_sets_is_left_out()
    {
        var session = Layout(SessionIntensity.Moderate, 25, (MovementPattern.Push, false));

        SetAllocation.Spread(Budget((MovementPattern.Push, 0)), [session], SetSeconds);

        session.Slots[0].Sets.ShouldBe(0);
    }

    private static WeekBudget Budget(params (MovementPattern Pattern, int Sets)[] sets) =>
        new([.. sets.Select(s => new PatternSetCount(s.Pattern, s.Sets)).OrderByDescending(s => s.Sets)], WeekBudget.DefaultMinPerExercise, WeekBudget.DefaultMaxPerExercise);

    private static int[] Sets(SessionLayout layout) => [.. layout.Slots.Select(s => s.Sets ?? -1)];

    private static SessionLayout Layout(SessionIntensity intensity, int minutes, params (MovementPattern Pattern, bool Mitigation)[] slots) =>
        new(
            Monday,
            new SessionFacts { Index = 1, Count = 1, Intensity = intensity, Minutes = minutes },
            null,
            new RuleDecision(),
            [.. slots.Select(s => new SlotPlan(new SlotFacts { Group = "A", Pattern = s.Pattern, Mitigation = s.Mitigation }))],
            null,
            [],
            new RuleContext("test"));
}

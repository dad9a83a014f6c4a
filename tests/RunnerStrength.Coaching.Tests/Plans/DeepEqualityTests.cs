using Shouldly;

namespace RunnerStrength.Coaching.Tests.Plans;

public sealed class DeepEqualityTests
{
    [Fact]
    public void Equal_plans_built_twice_compare_equal()
    {
        SamplePlans.TwoWeeks().ShouldEqualDeeply(SamplePlans.TwoWeeks());
    }

    [Fact]
    public void A_difference_deep_inside_a_session_is_found_and_named()
    {
        var changed = SamplePlans.TwoWeeks();
        var week = changed.Weeks[0];
        var session = week.Sessions[0] with { Exercises = [SamplePlans.SingleLegSquat() with { RestSeconds = 60 }] };
        changed = changed with { Weeks = [week with { Sessions = [session, week.Sessions[1]] }, changed.Weeks[1]] };

        var failure = Should.Throw<ShouldAssertException>(() => changed.ShouldEqualDeeply(SamplePlans.TwoWeeks()));

        failure.Message.ShouldContain("plan.Weeks[0].Sessions[0].Exercises.Count");
    }

    [Fact]
    public void A_different_dose_range_is_found()
    {
        var expected = SamplePlans.SingleLegSquat();
        var actual = expected with { Reps = new(8, 10) };

        var failure = Should.Throw<ShouldAssertException>(() => actual.ShouldEqualDeeply(expected, "exercise"));

        failure.Message.ShouldContain("exercise.Reps.Max");
    }
}

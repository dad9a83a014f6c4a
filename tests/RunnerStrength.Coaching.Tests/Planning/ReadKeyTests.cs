using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>An input reduced to what a workflow reads of it: equal exactly when the read members are equal.</summary>
public sealed class ReadKeyTests
{
    private static readonly InputReads IntensityAndPlyometrics = new([typeof(SessionFacts).GetProperty(nameof(SessionFacts.Intensity))!, typeof(SessionFacts).GetProperty(nameof(SessionFacts.Plyometrics))!]);

    private static readonly SessionFacts Heavy = new() { Index = 1, Count = 2, Intensity = SessionIntensity.Heavy, Minutes = 45 };

    [Fact]
    public void Sessions_that_differ_only_in_members_not_read_have_equal_keys()
    {
        var other = Heavy with { Index = 2, Minutes = 30, Kind = "full-body", Run = RunKind.Easy };

        var key = ReadKey.Of(Heavy, IntensityAndPlyometrics);

        key.ShouldBe(ReadKey.Of(other, IntensityAndPlyometrics));
        key.GetHashCode().ShouldBe(ReadKey.Of(other, IntensityAndPlyometrics).GetHashCode());
    }

    [Theory]
    [InlineData(SessionIntensity.Light, null)]
    [InlineData(SessionIntensity.Heavy, "low")]
    public void Sessions_that_differ_in_a_member_read_have_different_keys(SessionIntensity intensity, string? plyometrics)
    {
        var other = Heavy with { Intensity = intensity, Plyometrics = plyometrics };

        ReadKey.Of(Heavy, IntensityAndPlyometrics).ShouldNotBe(ReadKey.Of(other, IntensityAndPlyometrics));
    }

    [Fact]
    public void An_input_read_whole_is_compared_by_value()
    {
        ReadKey.Of(Heavy, InputReads.Whole).ShouldBe(ReadKey.Of(Heavy with { }, InputReads.Whole));
        ReadKey.Of(Heavy, InputReads.Whole).ShouldNotBe(ReadKey.Of(Heavy with { Minutes = 46 }, InputReads.Whole));
    }

    [Fact]
    public void A_missing_input_differs_from_one_whose_members_read_are_null()
    {
        var plyometricsOnly = new InputReads([typeof(SessionFacts).GetProperty(nameof(SessionFacts.Plyometrics))!]);

        ReadKey.Of(null, plyometricsOnly).ShouldNotBe(ReadKey.Of(Heavy, plyometricsOnly));
        ReadKey.Of(null, new InputReads([])).ShouldBe(ReadKey.Of(Heavy, new InputReads([])));
    }
}

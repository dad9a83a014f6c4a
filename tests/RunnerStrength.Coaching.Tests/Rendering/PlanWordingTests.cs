using Humanizer;
using RunnerStrength.Coaching.Rendering;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>The renderers' own nouns are spelled out to spare Humanizer's start-up; they must say what Humanizer says.</summary>
public sealed class PlanWordingTests
{
    [Theory]
    [InlineData("set")]
    [InlineData("rep")]
    [InlineData("second")]
    [InlineData("minute")]
    [InlineData("week")]
    [InlineData("session")]
    [InlineData("exercise")]
    public void A_plural_is_Humanizers(string noun)
    {
        PlanWording.Plural(noun).ShouldBe(noun.Pluralize());
    }
}

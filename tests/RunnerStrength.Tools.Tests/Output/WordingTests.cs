using Humanizer;
using RunnerStrength.Tools.Output;

namespace RunnerStrength.Tools.Tests.Output;

/// <summary>The tool's own nouns are spelled out to spare Humanizer's start-up; they must say what Humanizer says.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData("plan")]
    [InlineData("profile")]
    [InlineData("week")]
    [InlineData("session")]
    [InlineData("error")]
    [InlineData("warning")]
    [InlineData("message")]
    [InlineData("file")]
    [InlineData("rule")]
    [InlineData("exercise")]
    public void A_quantity_reads_as_Humanizer_writes_it(string noun)
    {
        foreach (var count in new[] { 0, 1, 2, 400, 12345 })
        {
            Wording.Quantity(noun, count).ShouldBe(noun.ToQuantity(count));
        }
    }
}

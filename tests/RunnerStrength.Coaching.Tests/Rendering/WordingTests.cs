using Humanizer;
using RunnerStrength.Coaching.Rendering;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>The spelled-out plurals spare Humanizer's start-up; they must say what Humanizer says.</summary>
public sealed class WordingTests
{
    public static TheoryData<string> Nouns => [.. Wording.SpelledOut, "exercise"];

    [Theory]
    [MemberData(nameof(Nouns))]
    public void A_quantity_reads_as_Humanizer_writes_it(string noun)
    {
        Wording.Plural(noun).ShouldBe(noun.Pluralize());
        foreach (var count in new[] { 0, 1, 2, 400, 12345 })
        {
            Wording.Quantity(noun, count).ShouldBe(noun.ToQuantity(count));
        }
    }
}

using System.Collections.ObjectModel;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// <c>list.Contains(text)</c> over text runs <see cref="RuntimeSupport.ContainsText"/>, which reads lists and arrays
/// directly: it answers what Enumerable.Contains answers, for every shape of list, and counts the same steps.
/// </summary>
public sealed class ContainsTextTests
{
    private static readonly string?[] Items = ["bands", null, "box", "Bands", ""];

    private static readonly string?[] Values = ["bands", "BANDS", "Bands", null, "", "kettlebell", "box "];

    public static TheoryData<string> Shapes => ["list", "array", "read-only collection", "hash set", "lazy"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_shape_of_list_gives_what_Enumerable_Contains_gives(string shape)
    {
        foreach (var count in new[] { 0, 1, 3, 5 })
        {
            var items = Items.Take(count).ToArray();
            foreach (var value in Values)
            {
                var frame = Frame(maxSteps: 100);
                RuntimeSupport.ContainsText(Shape(shape, items), frame, value).ShouldBe(items.Contains(value), $"{shape} of {count}, '{value}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_item_of_a_list_counts_as_a_step_whatever_its_shape(string shape)
    {
        RuntimeSupport.ContainsText(Shape(shape, Items), Frame(maxSteps: 5), "none").ShouldBeFalse();

        var error = Should.Throw<RuleEvaluationException>(() => RuntimeSupport.ContainsText(Shape(shape, Items), Frame(maxSteps: 4), "none"));
        error.Diagnostic!.Descriptor.Code.ShouldBe("RS3129");
    }

    private static IEnumerable<string?> Shape(string shape, string?[] items) => shape switch
    {
        "list" => new List<string?>(items),
        "array" => (string?[])items.Clone(),
        "read-only collection" => new ReadOnlyCollection<string?>(items),
        "hash set" => new HashSet<string?>(items),
        _ => items.Select(i => i),
    };

    private static EvaluationFrame Frame(int maxSteps) => new([], [], new EvaluationBudget(maxSteps, 1_000_000), trace: null);
}

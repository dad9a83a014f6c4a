using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// What each piece of code that builds text or holds items charges the budgets, exactly: joined text, a list shown as
/// text, a lazy list computed into an array, and the string methods that return new text. Each passes with the budget
/// it costs and stops with one step or one byte less.
/// </summary>
public sealed class TextAndListBudgetTests
{
    private static EvaluationFrame Frame(int maxSteps = 1_000, long maxBytes = 1_000) =>
        new([], [], new EvaluationBudget(maxSteps, maxBytes), trace: null);

    private static string Stopped(Action action) => Should.Throw<RuleEvaluationException>(action).Message;

    [Fact]
    public void Concat_reserves_the_joined_text_24_bytes_and_2_a_character()
    {
        // "ab" + "cd": 24 + 2 * 4 = 32 bytes.
        RuntimeSupport.Concat(Frame(maxBytes: 32), "ab", "cd").ShouldBe("abcd");
        Stopped(() => RuntimeSupport.Concat(Frame(maxBytes: 31), "ab", "cd"))
            .ShouldBe("error RS3130: the expression would build more than 31 bytes of text and lists and was stopped");
    }

    [Fact]
    public void A_list_shown_as_text_costs_a_step_per_item_and_its_text_as_it_grows_and_once_more_whole()
    {
        string[] items = ["ab", "c"];

        // "ab" (24 + 2 * 2), ", c" (24 + 2 * 3), then "ab, c" whole (24 + 2 * 5): 28 + 30 + 34 = 92 bytes; 2 steps.
        RuntimeSupport.Format(items, Frame(maxSteps: 2, maxBytes: 92)).ShouldBe("ab, c");
        Stopped(() => RuntimeSupport.Format(items, Frame(maxSteps: 2, maxBytes: 91))).ShouldContain("RS3130");
        Stopped(() => RuntimeSupport.Format(items, Frame(maxSteps: 1, maxBytes: 92))).ShouldContain("RS3129");
    }

    [Fact]
    public void Concat_of_a_list_pays_for_the_list_and_the_joined_text()
    {
        // The list as above (92 bytes), then "x" + "ab, c" joined (24 + 2 * 6 = 36).
        string[] items = ["ab", "c"];
        RuntimeSupport.Concat(Frame(maxBytes: 128), "x", items).ShouldBe("xab, c");
        Stopped(() => RuntimeSupport.Concat(Frame(maxBytes: 127), "x", items)).ShouldContain("RS3130");
    }

    [Fact]
    public void A_list_shown_without_a_frame_costs_nothing()
    {
        RuntimeSupport.Format(new[] { "ab", "c" }, frame: null).ShouldBe("ab, c");
    }

    [Fact]
    public void Materialize_costs_a_step_and_a_held_item_for_each_item()
    {
        // Three items: 3 steps and 3 * 32 = 96 bytes.
        IEnumerable<int> Lazy() => new[] { 1, 2, 3 }.Select(i => i);
        RuntimeSupport.Materialize(Lazy(), Frame(maxSteps: 3, maxBytes: 96)).ShouldBe([1, 2, 3]);
        Stopped(() => RuntimeSupport.Materialize(Lazy(), Frame(maxSteps: 3, maxBytes: 95))).ShouldContain("RS3130");
        Stopped(() => RuntimeSupport.Materialize(Lazy(), Frame(maxSteps: 2, maxBytes: 96))).ShouldContain("RS3129");
    }

    [Fact]
    public void Materialize_passes_null_on_and_computes_nested_lazy_lists_each_at_its_cost()
    {
        RuntimeSupport.Materialize<int>(null, Frame()).ShouldBeNull();

        // One outer item holding two inner ones: 3 steps, 3 held items (96 bytes).
        IEnumerable<IEnumerable<int>> Nested() => new[] { 1 }.Select(i => new[] { i, i + 1 }.Where(_ => true));
        var computed = RuntimeSupport.Materialize(Nested(), Frame(maxSteps: 3, maxBytes: 96)).ShouldNotBeNull().ShouldHaveSingleItem();
        computed.ShouldBeOfType<int[]>().ShouldBe([1, 2]);
        Stopped(() => RuntimeSupport.Materialize(Nested(), Frame(maxSteps: 2, maxBytes: 96))).ShouldContain("RS3129");
        Stopped(() => RuntimeSupport.Materialize(Nested(), Frame(maxSteps: 3, maxBytes: 95))).ShouldContain("RS3130");
    }

    public static TheoryData<string> NewTextMethods => ["ToLower", "ToUpper", "Trim"];

    [Theory]
    [MemberData(nameof(NewTextMethods))]
    public void A_string_method_that_builds_new_text_reserves_as_much_as_the_text_it_starts_from(string method)
    {
        // A 100-character name: 24 + 2 * 100 = 224 bytes.
        var expression = $"athlete.name.{method}().Length == 100";
        var athlete = Athlete.Sample with { Name = new string('N', 100) };
        Evaluate(expression, athlete, maxBytes: 224).ExceptionMessage.ShouldBeNull();
        var json = RuleFiles.Workflow(("r", expression));
        Evaluate(expression, athlete, maxBytes: 223).ExceptionMessage
            .ShouldBe(RuleFiles.FailureAt(json, expression, "error RS3130: the expression would build more than 223 bytes of text and lists and was stopped"));
    }

    [Theory]
    [InlineData("athlete.name.Contains(\"x\")")]
    [InlineData("athlete.name.StartsWith(\"N\")")]
    [InlineData("athlete.name.EndsWith(\"N\")")]
    [InlineData("athlete.name.Length == 100")]
    public void A_string_method_that_builds_no_text_reserves_nothing(string expression)
    {
        var athlete = Athlete.Sample with { Name = new string('N', 100) };
        Evaluate(expression, athlete, maxBytes: 1).ExceptionMessage.ShouldBeNull();
    }

    private static RuleResult Evaluate(string expression, Athlete athlete, long maxBytes)
    {
        var set = RuleFiles.Compile(RuleFiles.Workflow(("r", expression)), RuleFiles.Options with { MaxEvaluationBytes = maxBytes });
        return set.Evaluate("w", [.. RuleFiles.InputsFor(athlete)]).Results.ShouldHaveSingleItem();
    }
}

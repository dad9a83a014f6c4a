using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The evaluation frame's budgets on their own, at their exact boundaries: a budget's worth of steps or bytes passes,
/// one more stops the rule with RS3129 or RS3130; and the global params it hands out.
/// </summary>
public sealed class EvaluationFrameTests
{
    private static EvaluationFrame Frame(int maxSteps = 1_000, long maxBytes = 1_000, params string[] globals) =>
        new([], globals, new EvaluationBudget(maxSteps, maxBytes), trace: null);

    private static string Stopped(Action action) => Should.Throw<RuleEvaluationException>(action).Message;

    private const string StepsStopped = "error RS3129: the expression did more than 3 steps of list work and was stopped";

    [Fact]
    public void Step_passes_as_often_as_the_budget_allows_and_stops_the_step_after()
    {
        var frame = Frame(maxSteps: 3);
        frame.Step();
        frame.Step();
        frame.Step();
        Stopped(frame.Step).ShouldBe(StepsStopped);
    }

    [Fact]
    public void Steps_may_spend_the_whole_budget_at_once_and_then_no_step_more()
    {
        var frame = Frame(maxSteps: 3);
        frame.Steps(3);
        Stopped(frame.Step).ShouldBe(StepsStopped);
    }

    [Fact]
    public void The_step_budget_is_shown_with_thousands_separators()
    {
        var frame = Frame(maxSteps: 1_500);
        frame.Steps(1_500);
        Stopped(frame.Step).ShouldBe("error RS3129: the expression did more than 1,500 steps of list work and was stopped");
    }

    [Fact]
    public void Steps_past_the_budget_stop_the_rule_at_once()
    {
        Stopped(() => Frame(maxSteps: 3).Steps(4)).ShouldBe(StepsStopped);

        var frame = Frame(maxSteps: 3);
        frame.Steps(2);
        Stopped(() => frame.Steps(2)).ShouldBe(StepsStopped);
    }

    [Fact]
    public void Steps_add_up_with_single_steps()
    {
        var frame = Frame(maxSteps: 3);
        frame.Step();
        frame.Steps(1);
        frame.Steps(1);
        Stopped(() => frame.Steps(1)).ShouldBe(StepsStopped);
    }

    [Fact]
    public void Reserve_passes_up_to_the_budget_and_stops_at_the_byte_past_it()
    {
        var frame = Frame(maxBytes: 100);
        frame.Reserve(60);
        frame.Reserve(40);
        Stopped(() => frame.Reserve(1)).ShouldBe("error RS3130: the expression would build more than 100 bytes of text and lists and was stopped");

        Stopped(() => Frame(maxBytes: 100).Reserve(101)).ShouldBe("error RS3130: the expression would build more than 100 bytes of text and lists and was stopped");
    }

    [Fact]
    public void ReserveText_counts_24_bytes_and_2_a_character()
    {
        // 24 + 2 * 38 = 100.
        var frame = Frame(maxBytes: 100);
        frame.ReserveText(38);
        Stopped(() => frame.Reserve(1)).ShouldContain("RS3130");

        Stopped(() => Frame(maxBytes: 100).ReserveText(39)).ShouldContain("RS3130");

        var empty = Frame(maxBytes: 24);
        empty.ReserveText(0);
        Stopped(() => empty.ReserveText(0)).ShouldContain("RS3130");
    }

    [Fact]
    public void ReserveItems_counts_a_step_and_32_bytes_an_item_and_24_bytes_for_the_array()
    {
        // An array literal of 3 items: 3 steps and 24 + 3 * 32 = 120 bytes.
        var frame = Frame(maxSteps: 3, maxBytes: 120);
        frame.ReserveItems(3);
        Stopped(frame.Step).ShouldBe(StepsStopped);
        Stopped(() => frame.Reserve(1)).ShouldContain("RS3130");

        Stopped(() => Frame(maxSteps: 2, maxBytes: 1_000).ReserveItems(3)).ShouldBe(StepsStopped.Replace("3 steps", "2 steps", StringComparison.Ordinal));
        Stopped(() => Frame(maxSteps: 3, maxBytes: 119).ReserveItems(3)).ShouldContain("RS3130");
        Frame(maxSteps: 3, maxBytes: 120).ReserveItems(3);
    }

    [Fact]
    public void ResetSteps_gives_the_next_rule_both_whole_budgets()
    {
        var frame = Frame(maxSteps: 3, maxBytes: 100);
        frame.Steps(3);
        frame.Reserve(100);
        frame.ResetSteps();

        frame.Steps(3);
        frame.Reserve(100);
        Stopped(frame.Step).ShouldBe(StepsStopped);
        Stopped(() => frame.Reserve(1)).ShouldContain("RS3130");
    }

    [Fact]
    public void A_global_param_reads_as_it_was_set_and_a_failed_one_fails_the_read_with_its_name()
    {
        var frame = Frame(globals: ["first", "second"]);
        frame.Globals.Length.ShouldBe(2);
        frame.SetGlobal(0, "one");
        frame.SetGlobal(1, 2);
        frame.ReadGlobal(0).ShouldBe("one");
        frame.ReadGlobal(1).ShouldBe(2);

        frame.FailGlobal(1, new DivideByZeroException());
        frame.ReadGlobal(0).ShouldBe("one");
        Stopped(() => frame.ReadGlobal(1)).ShouldBe("error RS3136: global param 'second' could not be computed: error RS3137: division by zero");
    }
}

using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The memory budget: text and held list items a rule builds are counted before they are built; over the budget that
/// rule fails with RS3130 and the rest run. What can be proven too large at load is refused then (RS3131).
/// </summary>
public sealed class MemoryBudgetTests
{
    private const long Budget = 4L * 1024 * 1024;

    private static readonly RuleSetOptions Small = RuleFiles.Options with { MaxEvaluationBytes = Budget };

    // A 100,000-character name and 1,000 history entries: joining the name to each entry builds 200 MB of text.
    private static readonly Athlete LongName = Athlete.Sample with
    {
        Name = new string('n', 100_000),
        History = [.. Enumerable.Range(0, 1_000).Select(i => new Entry { Exercise = "e" + i, Sets = 3, Reps = 10, Rpe = 6 })],
    };

    [Theory]
    [InlineData("athlete.history.Select(h => athlete.name + h.exercise).Count() > 0")]
    [InlineData("athlete.history.Where(h => (athlete.name + h.exercise).ToUpper().Length > 0).Count() > 0")]
    [InlineData("athlete.history.Select(h => athlete.name.ToLower()).Distinct().Count() > 0")]
    [InlineData("athlete.history.OrderBy(h => athlete.name + h.exercise).First().sets > 0")]
    public void Text_built_from_inputs_past_the_budget_fails_that_rule_before_it_is_built(string expression)
    {
        var json = RuleFiles.Workflow(("heavy", expression), ("light", "athlete.sessionMinutes > 0"));
        var set = RuleFiles.Compile(json, Small);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var results = set.Evaluate("w", [.. RuleFiles.InputsFor(LongName)]).Results;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        results[0].IsSuccess.ShouldBeFalse();
        results[0].ExceptionMessage.ShouldBe(RuleFiles.FailureAt(json, expression, "error RS3130: the expression would build more than 4 MiB of text and lists and was stopped"));
        results[1].IsSuccess.ShouldBeTrue();

        // Without the budget each of these builds 100-200 MB; with it, what the evaluation allocated stays near the budget.
        allocated.ShouldBeLessThan(3 * Budget);
    }

    [Fact]
    public void The_same_rule_within_the_budget_succeeds()
    {
        var set = RuleFiles.Compile(RuleFiles.Workflow(("r", "athlete.history.Select(h => athlete.name + h.exercise).Count() == 1000")), RuleFiles.Options with { MaxEvaluationBytes = 512L * 1024 * 1024 });
        set.Evaluate("w", [.. RuleFiles.InputsFor(LongName)]).Results[0].IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Each_rule_gets_the_whole_budget()
    {
        // 1,000 joined texts of 110 characters each are about 250 KB a rule; three rules are three times that.
        const string Expression = "athlete.history.Select(h => \"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789\" + h.exercise).Count() == 1000";
        var set = RuleFiles.Compile(RuleFiles.Workflow(("a", Expression), ("b", Expression), ("c", Expression)), RuleFiles.Options with { MaxEvaluationBytes = 300_000 });
        set.Evaluate("w", [.. RuleFiles.InputsFor(LongName with { Name = "n" })]).Results.ShouldAllBe(r => r.IsSuccess);
    }

    [Fact]
    public void A_message_placeholder_that_would_print_a_huge_list_fails_inside_the_budget()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "r", "Expression": "athlete.sessionMinutes > 600", "ErrorMessage": "names: $(athlete.history.Select(h => athlete.name))" }
              ]
            }
            """;
        var result = RuleFiles.Compile(Json, Small).Evaluate("w", [.. RuleFiles.InputsFor(LongName)]).Results[0];
        result.IsSuccess.ShouldBeFalse();
        result.ErrorMessage.ShouldBe("names: (error RS3130: the expression would build more than 4 MiB of text and lists and was stopped)");
    }

    [Fact]
    public void A_list_kept_as_an_output_counts_each_item_it_holds()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "r", "Expression": "true", "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "athlete.history.Select(a => athlete.history.Select(b => b.reps))" } } } }
              ]
            }
            """;

        // 1,000 lists of 1,000 items each, all held: 1M items at 32 bytes counted, past a 4 MiB budget.
        var result = RuleFiles.Compile(Json, Small).Evaluate("w", [.. RuleFiles.InputsFor(LongName)]).Results[0];
        result.ActionResult.ShouldNotBeNull().ExceptionMessage.ShouldBe("rules.json(4,130): error RS3130: the expression would build more than 4 MiB of text and lists and was stopped");
    }

    [Fact]
    public void Nested_lazy_lists_in_an_output_are_computed_inside_the_rule()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "r", "Expression": "true", "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "athlete.equipment.Select(a => athlete.equipment.Select(b => a + b))" } } } }
              ]
            }
            """;
        var output = RuleFiles.Compile(Json).Evaluate("w", [.. RuleFiles.InputsFor(Athlete.Sample)]).Results[0].ActionResult.ShouldNotBeNull().Output;
        var lists = output.ShouldBeAssignableTo<IEnumerable<IEnumerable<string>>>().ShouldNotBeNull();
        lists.ShouldAllBe(inner => inner is string[]);
        lists.Select(inner => string.Join("|", inner)).ShouldBe(["bandsbands|bandsdumbbells", "dumbbellsbands|dumbbellsdumbbells"]);
    }

    [Fact]
    public void Local_params_that_double_a_literal_are_refused_at_load_where_the_doubling_passes_the_budget()
    {
        var literal = new string('x', 1_000);
        var json = $$"""
            {
              "WorkflowName": "w",
              "Rules": [
                {
                  "RuleName": "r",
                  "LocalParams": [
                    { "Name": "a", "Expression": "\"{{literal}}\"" },
                    { "Name": "b", "Expression": "a + a + a + a" },
                    { "Name": "c", "Expression": "b + b + b + b" },
                    { "Name": "d", "Expression": "c + c + c + c" },
                    { "Name": "e", "Expression": "d + d + d + d" },
                    { "Name": "f", "Expression": "e + e + e + e" }
                  ],
                  "Expression": "f.Length > 0"
                }
              ]
            }
            """;
        var diagnostics = RuleFiles.Load(json).Diagnostics;

        // e is 256,000 characters (fits 64 MiB); f is 1,024,000... also fits; so with the default nothing is refused.
        diagnostics.ShouldBeEmpty();

        var refused = RuleFiles.Load(json, RuleFiles.Options with { MaxEvaluationBytes = 1024 * 1024 }).Diagnostics;
        var error = refused.ShouldHaveSingleItem();
        error.Code.ShouldBe("RS3131");
        error.Message.ShouldBe("local param 'f' builds text of up to 1,024,000 characters, more than the memory budget of 1 MiB allows");
        (error.Location.Line, error.Location.Column).ShouldBe(RuleFiles.PositionOf(json, "e + e + e + e"));
    }

    [Fact]
    public void Global_params_that_grow_geometrically_are_refused_with_the_default_budget()
    {
        var levels = string.Join(",\n", Enumerable.Range(1, 30).Select(i => $"    {{ \"Name\": \"g{i}\", \"Expression\": \"g{i - 1} + g{i - 1}\" }}"));
        var json = "{\n  \"WorkflowName\": \"w\",\n  \"GlobalParams\": [\n    { \"Name\": \"g0\", \"Expression\": \"\\\"ab\\\"\" },\n" + levels
            + "\n  ],\n  \"Rules\": [ { \"RuleName\": \"r\", \"Expression\": \"g30.Length > 0\" } ]\n}\n";

        var error = RuleFiles.Load(json).Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe("RS3131");

        // g24 is 2 x 2^24 = 33,554,432 characters, 64 MiB of UTF-16: the first level past the budget.
        error.Message.ShouldBe("global param 'g24' builds text of up to 33,554,432 characters, more than the memory budget of 64 MiB allows");
    }

    [Fact]
    public void Text_that_depends_on_inputs_is_left_to_the_budget_at_evaluation()
    {
        var json = RuleFiles.Workflow(("r", "(athlete.name + athlete.name + athlete.name).Length > 0"));
        RuleFiles.Load(json, RuleFiles.Options with { MaxEvaluationBytes = 1024 }).Diagnostics.ShouldBeEmpty();
        var result = RuleFiles.Compile(json, RuleFiles.Options with { MaxEvaluationBytes = 1024 }).Evaluate("w", [.. RuleFiles.InputsFor(LongName)]).Results[0];
        result.ExceptionMessage.ShouldBe(RuleFiles.FailureAt(json, "(athlete.name", "error RS3130: the expression would build more than 1 KiB of text and lists and was stopped"));
    }

    [Fact]
    public void An_expression_compiled_on_its_own_takes_the_budgets_from_the_options()
    {
        var options = new RuleSetOptions { MaxEvaluationBytes = 1024, MaxEvaluationSteps = 10 };
        var inputs = ImmutableArray.Create(InputDeclaration.Of<Athlete>("athlete"));

        var text = ExpressionCompiler.Compile(ExpressionText.FromString("athlete.name + athlete.name", "<expr>"), inputs, options).Expression.ShouldNotBeNull();
        text.Evaluate(LongName).Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3130");
        text.Evaluate(Athlete.Sample).Value.ShouldBe("AnaAna");

        var steps = ExpressionCompiler.Compile(ExpressionText.FromString("athlete.history.Count(h => h.sets > 0)", "<expr>"), inputs, options).Expression.ShouldNotBeNull();
        steps.Evaluate(LongName).Diagnostic.ShouldNotBeNull().Code.ShouldBe("RS3129");

        var tooLarge = ExpressionCompiler.Compile(ExpressionText.FromString($"\"{new string('x', 600)}\" + \"y\"", "<expr>"), inputs, options);
        tooLarge.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("RS3131");
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void A_budget_below_one_byte_is_refused(long bytes)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new RuleSetOptions { MaxEvaluationBytes = bytes });
    }
}

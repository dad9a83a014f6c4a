using System.Globalization;
using System.Text;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// A workflow evaluated many times switches to its rules fused into a few compiled delegates. Fused or rule by rule,
/// every result is the same: outcome, failure message, filled ErrorMessage, SuccessEvent, action output, child results.
/// </summary>
public sealed class FusedWorkflowTests
{
    private static readonly Athlete[] Athletes =
    [
        Athlete.Sample,
        Athlete.Sparse,
        Athlete.Sample with { SessionMinutes = 0, History = [], WeeklyKm = [], Readiness = new Readiness() },
        Athlete.Sample with { Level = Level.Advanced, Equipment = [], Week = new Week { Tuesday = Run.RacePace } },

        // Lists as JSON readers and hosts make them (List<T>: fused code walks them in its own loops) and as arrays
        // (through the loop methods), one with a null item and a long history that runs out of steps.
        Athlete.Sample with { History = new List<Entry>(Athlete.Sample.History), Equipment = new List<string> { "box", null!, "bands" } },
        Athlete.Sample with { History = Athlete.Sample.History.ToArray(), Equipment = new[] { "kettlebell", "bands" } },
        Athlete.Sample with { History = new List<Entry>(Enumerable.Repeat(Athlete.Sample.History[1], 6)), Equipment = new List<string>(), SessionMinutes = 2_000_000_000 },
        Athlete.Sparse with { History = new List<Entry>(), Equipment = new List<string> { "bands" } },
    ];

    // Conditions that hold, fail, or throw (null read, missing key, index, division by zero, step budget) depending
    // on the athlete: a fused chunk must fail the one rule that throws and go on with the next.
    private static readonly string[] Conditions =
    [
        "athlete.sessionMinutes > 30", "athlete.race.distance == \"marathon\"", "athlete.history.Any(h => h.reps >= 15)",
        "athlete.level >= \"intermediate\"", "athlete.readiness.soreness > 2 || athlete.injured", "\"bands\" in athlete.equipment",
        "athlete.scores[\"squat\"] > 1", "athlete.weeklyKm[2] > 35", "10 / athlete.sessionMinutes > 0",
        "athlete.history.Count(h => h.sets >= 3) >= 2", "g > 10", "athlete.week.tuesday in (\"tempo\", \"race-pace\")", "true", "false",
        "athlete.history.All(h => h.sets >= 3)", "athlete.history.Sum(h => h.reps ?? 0) > 20", "athlete.history.Sum(h => h.rpe ?? 0.5) > 10",
        "athlete.history.Any(h => h.sets > 0 && athlete.equipment.Contains(\"bands\"))", "athlete.equipment.Contains(\"bands\")",
        "athlete.history.Any(h => h.exercise == athlete.name)", "!athlete.equipment.All(e => athlete.equipment.Contains(e))",
        "athlete.equipment.Any(i => athlete.equipment.Contains(i) && !athlete.name.Contains(i))", "athlete.sessionMinutes * 2 > 60", "athlete.sessionMinutes + 1000000000 > 0",
        "-athlete.sessionMinutes - 2000000000 < 0", "athlete.totalSteps * 4 > 0",
        "athlete.history.Sum(h => athlete.history.Count(x => x.sets > 0)) > 1",
    ];

    // A budget of 4 lambda calls: the nested Sum above needs 12 and fails, the other lambdas need at most 3, so each
    // rule must start with a fresh budget.
    private static readonly RuleSetOptions Options = RuleFiles.Options with { MaxEvaluationSteps = 4 };

    [Fact]
    public void Fused_evaluation_gives_the_results_rule_by_rule_evaluation_gives_over_random_workflows()
    {
        var compared = 0;
        var fusedStops = 0;
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            var json = RandomWorkflows(random);
            var workflow = RuleFiles.Compile(json, Options)["w"];
            var expected = Athletes.Select(a => Describe(workflow.EvaluateRuleByRule([a]))).ToArray();

            workflow.FuseNow();
            workflow.IsFused.ShouldBeTrue();
            for (var i = 0; i < Athletes.Length; i++)
            {
                var fused = workflow.Evaluate([Athletes[i]]);
                Describe(fused).ShouldBe(expected[i], $"seed {seed}, athlete {i}:\n{json}");
                fusedStops += fused.Results.Count < workflow.Definition.Rules.Count(r => r.Enabled) ? 1 : 0;
                compared++;
            }
        }

        compared.ShouldBe(150 * Athletes.Length);
        fusedStops.ShouldBeGreaterThan(20, "HitPolicy First should stop early in many cases");
    }

    [Fact]
    public void A_rule_that_throws_fails_alone_and_the_rest_of_its_chunk_and_the_next_chunks_still_run()
    {
        var rules = Enumerable.Range(0, 40).Select(i => ($"r{i}", i % 7 == 3 ? "athlete.race.distance == \"marathon\"" : $"athlete.sessionMinutes > {i}")).ToArray();
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(rules))["w"];
        workflow.FuseNow();

        var results = workflow.Evaluate([Athlete.Sparse]).Results;

        results.Count.ShouldBe(40);
        results.Where(r => r.ExceptionMessage is not null).Select(r => r.RuleName).ShouldBe(["r3", "r10", "r17", "r24", "r31", "r38"]);
        results.Single(r => r.RuleName == "r3").ExceptionMessage.ShouldBe("rules.json(7,40): error RS3132: 'athlete.race' is null, so 'athlete.race.distance' cannot be read");
        results.Count(r => r.IsSuccess).ShouldBe(0);

        // Ana has 35 minutes and runs a marathon: r0..r34 hold but for the 5 race rules among them, and all 6 race rules hold.
        workflow.Evaluate([Athlete.Sample]).Results.Count(r => r.IsSuccess).ShouldBe(30 + 6);
    }

    [Fact]
    public void Each_rule_gets_a_fresh_step_budget_in_fused_code()
    {
        var rules = Enumerable.Range(0, 20).Select(i => ($"r{i}", "athlete.history.Count(h => h.sets >= 3) >= 2")).Append(("nested", Conditions[^1])).ToArray();
        var json = RuleFiles.Workflow(rules);
        var workflow = RuleFiles.Compile(json, Options)["w"];
        workflow.FuseNow();

        var results = workflow.Evaluate([Athlete.Sample]).Results;

        results.Take(20).ShouldAllBe(r => r.IsSuccess, "each Count makes 3 of the 4 steps allowed");
        results[^1].ExceptionMessage.ShouldBe(RuleFiles.FailureAt(json, Conditions[^1], "error RS3129: the expression did more than 4 steps of list work and was stopped"));
    }

    [Fact]
    public void Under_HitPolicy_First_the_fused_code_stops_at_the_first_success_even_after_a_rule_threw_in_the_same_chunk()
    {
        var json = """
            { "WorkflowName": "w", "HitPolicy": "First", "Rules": [
              { "RuleName": "throws", "Expression": "athlete.race.distance == \"marathon\"" },
              { "RuleName": "fails", "Expression": "athlete.sessionMinutes > 1000" },
              { "RuleName": "holds", "Expression": "athlete.name == \"Bo\"" },
              { "RuleName": "never", "Expression": "true" } ] }
            """;
        var workflow = RuleFiles.Compile(json)["w"];
        workflow.FuseNow();

        var results = workflow.Evaluate([Athlete.Sparse]).Results;

        results.Select(r => $"{r.RuleName}={r.IsSuccess}").ShouldBe(["throws=False", "fails=False", "holds=True"]);
        results[0].ExceptionMessage.ShouldNotBeNull();
        workflow.Evaluate([Athlete.Sample]).Results.Select(r => r.RuleName).ShouldBe(["throws"]);
    }

    [Fact]
    public void EveryRule_evaluates_past_the_first_success_of_a_First_workflow_rule_by_rule_or_fused()
    {
        var json = """
            { "WorkflowName": "w", "HitPolicy": "First", "Rules": [
              { "RuleName": "throws", "Expression": "athlete.race.distance == \"marathon\"" },
              { "RuleName": "holds", "Expression": "athlete.name == \"Bo\"" },
              { "RuleName": "fails", "Expression": "athlete.sessionMinutes > 1000" },
              { "RuleName": "off", "Expression": "true", "Enabled": false },
              { "RuleName": "always", "Expression": "true" } ] }
            """;
        var workflow = RuleFiles.Compile(json)["w"];
        var every = new EvaluationOptions { EveryRule = true };

        var ruleByRule = workflow.Evaluate([Athlete.Sparse], every).Results;
        workflow.FuseNow();
        var afterFusing = workflow.Evaluate([Athlete.Sparse], every).Results;

        string[] expected = ["throws=False", "holds=True", "fails=False", "always=True"];
        ruleByRule.Select(r => $"{r.RuleName}={r.IsSuccess}").ShouldBe(expected);
        afterFusing.Select(r => $"{r.RuleName}={r.IsSuccess}").ShouldBe(expected);
        ruleByRule[0].ExceptionMessage.ShouldNotBeNull();
        workflow.Evaluate([Athlete.Sparse]).Results.Select(r => r.RuleName).ShouldBe(["throws", "holds"]);
    }

    [Fact]
    public void Fused_code_returns_the_same_shared_result_objects_as_rule_by_rule_code()
    {
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(("a", "athlete.sessionMinutes > 30"), ("b", "athlete.injured")))["w"];
        var before = workflow.EvaluateRuleByRule([Athlete.Sample]).Results;
        workflow.FuseNow();

        var after = workflow.Evaluate([Athlete.Sample]).Results;

        after[0].ShouldBeSameAs(before[0]);
        after[1].ShouldBeSameAs(before[1]);
    }

    [Fact]
    public void Every_input_is_read_into_the_fused_code_by_its_declared_type()
    {
        var options = RuleFiles.Options.WithInputs(InputDeclaration.Of<Athlete>("athlete"), InputDeclaration.Of<int>("minimum"), InputDeclaration.Of<string>("word"));
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(("a", "athlete.sessionMinutes > minimum"), ("b", "word == null"), ("c", "word.Length + minimum == 5")), options)["w"];
        workflow.FuseNow();

        Describe(workflow.Evaluate([Athlete.Sample, 30, "ab"])).ShouldBe(Describe(workflow.EvaluateRuleByRule([Athlete.Sample, 30, "ab"])));
        workflow.Evaluate([Athlete.Sample, 40, null]).Results.Select(r => r.IsSuccess).ShouldBe([false, true, false]);
        workflow.Evaluate([Athlete.Sample, 3, "ab"]).Results.Select(r => r.IsSuccess).ShouldBe([true, false, true]);
    }

    [Fact]
    public async Task After_a_few_evaluations_the_workflow_fuses_on_the_thread_pool_without_compiling_its_rules_one_by_one_too()
    {
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(("a", "athlete.sessionMinutes > 30"), ("b", "athlete.history.Any(h => h.reps >= 15)")))["w"];
        var expected = Describe(workflow.Evaluate([Athlete.Sample]));
        workflow.IsFused.ShouldBeFalse();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!workflow.IsFused && DateTime.UtcNow < deadline)
        {
            Describe(workflow.Evaluate([Athlete.Sample])).ShouldBe(expected);
            await Task.Delay(5);
        }

        workflow.IsFused.ShouldBeTrue();
        Describe(workflow.Evaluate([Athlete.Sample])).ShouldBe(expected);
        workflow.Rules.ShouldAllBe(r => !r.Predicate!.Tiered.IsCompiled);
    }

    [Fact]
    public void A_rule_too_deep_for_the_fusing_threads_stack_is_evaluated_by_its_own_delegate_and_the_others_are_fused()
    {
        // 3,000 nested additions, which a host may allow: loaded on a large stack, fused on a small one.
        var deep = "athlete.sessionMinutes + " + string.Concat(Enumerable.Repeat("(1 + ", 3_000)) + "1" + new string(')', 3_000) + " > 30";
        var options = RuleFiles.Options with { Limits = new Engine.Syntax.ExpressionLimits { MaxLength = 100_000, MaxDepth = 100_000 } };
        CompiledWorkflow? workflow = null;
        RunOnThread(() => workflow = RuleFiles.Compile(RuleFiles.Workflow(("plain", "athlete.injured"), ("deep", deep), ("after", "athlete.sessionMinutes < 30")), options)["w"], 64 * 1024 * 1024);
        var expected = Describe(workflow!.EvaluateRuleByRule([Athlete.Sample]));

        RunOnThread(workflow.FuseNow, 256 * 1024);

        workflow.IsFused.ShouldBeTrue();
        Describe(workflow.Evaluate([Athlete.Sample])).ShouldBe(expected);
        workflow.Evaluate([Athlete.Sample]).Results.Select(r => r.IsSuccess).ShouldBe([false, true, false]);
    }

    [Fact]
    public void CompileAll_fuses_every_workflow_at_once()
    {
        var set = RuleFiles.Compile("""
            [ { "WorkflowName": "a", "Rules": [ { "RuleName": "r", "Expression": "athlete.injured" } ] },
              { "WorkflowName": "b", "Rules": [ { "RuleName": "r", "Expression": "athlete.sessionMinutes > 30" } ] } ]
            """);
        set.Workflows.ShouldAllBe(w => !w.IsFused);

        set.CompileAll();

        set.Workflows.ShouldAllBe(w => w.IsFused);
        set.Evaluate("b", new RuleInput("athlete", Athlete.Sample)).Results.Single().IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void A_traced_evaluation_of_a_fused_workflow_still_records_its_trace()
    {
        var workflow = RuleFiles.Compile(RuleFiles.Workflow(("a", "athlete.sessionMinutes > 30")))["w"];
        workflow.FuseNow();

        var traced = workflow.Evaluate([Athlete.Sample], EvaluationOptions.Traced).Results.Single();

        traced.Trace.ShouldNotBeEmpty();
        workflow.Evaluate([Athlete.Sample]).Results.Single().Trace.ShouldBeEmpty();
    }

    private static void RunOnThread(Action action, int stackSize)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            stackSize);
        thread.Start();
        thread.Join();
        failure.ShouldBeNull();
    }

    private static string RandomWorkflows(Random random)
    {
        string Condition() => RuleFiles.Quote(Conditions[random.Next(Conditions.Length)]);
        var rules = new List<string>();
        var count = random.Next(1, 50);
        for (var i = 0; i < count; i++)
        {
            var rule = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{{ \"RuleName\": \"r{i}\"");
            if (random.Next(8) == 0)
            {
                rule.Append(CultureInfo.InvariantCulture, $", \"Operator\": \"{(random.Next(2) == 0 ? "AndAlso" : "Or")}\", \"Rules\": [ {{ \"RuleName\": \"c{i}a\", \"Expression\": {Condition()} }}, {{ \"RuleName\": \"c{i}b\", \"Expression\": {Condition()} }} ]");
            }
            else if (random.Next(6) == 0)
            {
                rule.Append(", \"LocalParams\": [ { \"Name\": \"l\", \"Expression\": \"athlete.sessionMinutes * 2\" } ], \"Expression\": \"l > 50\"");
            }
            else
            {
                rule.Append(", \"Expression\": ").Append(Condition());
            }

            switch (random.Next(7))
            {
                case 0:
                    rule.Append(", \"ErrorMessage\": \"too little\"");
                    break;
                case 1:
                    rule.Append(", \"ErrorMessage\": \"has $(athlete.sessionMinutes) minutes for the $(athlete.race.distance)\"");
                    break;
                case 2:
                    rule.Append(", \"Actions\": { \"OnSuccess\": { \"Name\": \"OutputExpression\", \"Context\": { \"Expression\": \"athlete.sessionMinutes * 2\" } } }");
                    break;
                case 3:
                    rule.Append(", \"Actions\": { \"OnFailure\": { \"Name\": \"EvaluateRule\", \"Context\": { \"WorkflowName\": \"v\", \"RuleName\": \"t\" } } }");
                    break;
            }

            if (random.Next(5) == 0)
            {
                rule.Append(", \"SuccessEvent\": \"fired\", \"Properties\": { \"sets\": 3 }");
            }

            if (random.Next(10) == 0)
            {
                rule.Append(", \"Enabled\": false");
            }

            rules.Add(rule.Append(" }").ToString());
        }

        var hitPolicy = random.Next(2) == 0 ? "First" : "All";
        return $$"""
            [
              { "WorkflowName": "w", "HitPolicy": "{{hitPolicy}}",
                "GlobalParams": [ { "Name": "g", "Expression": "athlete.sessionMinutes" } ],
                "Rules": [
                {{string.Join(",\n    ", rules)}}
                ] },
              { "WorkflowName": "v", "Rules": [ { "RuleName": "t", "Expression": "athlete.weeklyKm[0] > 20" } ] }
            ]
            """;
    }

    private static string Describe(WorkflowResult result) => string.Join("\n", result.Results.Select(r => Describe(r, "")));

    private static string Describe(RuleResult result, string indent)
    {
        var action = result.ActionResult is { } a
            ? $" action=({a.Output}, {a.ExceptionMessage}, {(a.EvaluatedRule is null ? "-" : Describe(a.EvaluatedRule, ""))})"
            : string.Empty;
        var text = $"{indent}{result.RuleName} {result.IsSuccess} ex={result.ExceptionMessage} msg={result.ErrorMessage} event={result.SuccessEvent} "
            + $"props={result.Properties.Count} at={result.Source}{action}";
        return string.Join("\n", result.ChildResults.Select(c => Describe(c, indent + "  ")).Prepend(text));
    }
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.RulesEngine;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Readme;

/// <summary>
/// The code of the README's embedding guide. Each block between the README markers is copied into README.md
/// verbatim (a test checks that), and these tests compile and run it, so the guide cannot go stale.
/// </summary>
public sealed class ReadmeEmbeddingExamples
{
    public sealed record Order(decimal Total, string Country, IReadOnlyList<string> Items);

    [Fact]
    public void Engine_example_loads_and_evaluates_a_workflow()
    {
        // README:engine
        var options = new RuleSetOptions().WithInputs(InputDeclaration.Of<Order>("order"));
        var rules = SourceText.From("""
            {
              "WorkflowName": "Discounts",
              "Rules": [
                {
                  "RuleName": "BigLocalOrder",
                  "Expression": "order.total > 100 && order.country in (\"NL\", \"BE\")",
                  "SuccessEvent": "10"
                },
                {
                  "RuleName": "HasGiftCard",
                  "Expression": "order.items.Any(i => i.StartsWith(\"gift\"))",
                  "ErrorMessage": "no gift card among $(order.items.Count) items"
                }
              ]
            }
            """, "discounts.json");

        RuleSetLoadResult loaded = RuleSetLoader.Load([rules], options);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic); // discounts.json(7,24): error RS3101: 'order' has no member ...
        }

        CompiledWorkflow discounts = loaded.RuleSet!["Discounts"];
        WorkflowResult result = discounts.Evaluate([new Order(120m, "NL", ["book", "pen"])]);
        RuleResult big = result.Find("BigLocalOrder")!;     // IsSuccess: true, SuccessEvent: "10"
        RuleResult gift = result.Find("HasGiftCard")!;      // IsSuccess: false, ErrorMessage: "no gift card among 2 items"
        // README:end

        big.IsSuccess.ShouldBeTrue();
        big.SuccessEvent.ShouldBe("10");
        gift.IsSuccess.ShouldBeFalse();
        gift.ErrorMessage.ShouldBe("no gift card among 2 items");
        loaded.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Designer_example_designs_a_plan_from_the_shipped_rules()
    {
        var rulesFolder = Path.Combine(RepositoryPaths.Root, "rules");
        var athleteFile = Path.Combine(rulesFolder, "examples", "athletes", "injured-knee.json");

        // README:designer
        CoachingRulesLoadResult loaded = CoachingRules.Load(rulesFolder);
        if (loaded.Rules is null)
        {
            foreach (var diagnostic in loaded.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic); // rules/volume.json(12,7): error RS5052: ...
            }

            return;
        }

        AthleteReadResult athlete = AthleteProfileReader.ReadFile(athleteFile);
        var request = new PlanRequest
        {
            Athlete = athlete.Profile!,
            AthleteSource = athlete.Source,     // so problems point at lines of the athlete file
            Start = new DateOnly(2026, 11, 23), // default: the next Monday
        };
        PlanResult result = ProgramDesigner.Design(request, loaded.Rules, DateOnly.FromDateTime(DateTime.Today));
        string text = PlanRenderer.Render(result.Plan!, PlanFormat.Text, new PlanRenderOptions { Explain = true });
        string json = PlanRenderer.Render(result.Plan!, PlanFormat.Json);   // follows schemas/plan.schema.json
        // README:end

        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        text.ShouldContain("Why:");
        json.ShouldContain("\"weeks\"");
        result.Plan!.Weeks[0].Start.ShouldBe(new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void RulesEngine_example_designs_the_same_plan_with_Microsoft_RulesEngine()
    {
        var rules = CoachingRules.Load(Path.Combine(RepositoryPaths.Root, "rules")).Rules!;
        var athlete = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.Root, "rules", "examples", "athletes", "injured-knee.json"));
        var request = new PlanRequest { Athlete = athlete.Profile!, AthleteSource = athlete.Source, Start = new DateOnly(2026, 11, 23) };
        var today = DateOnly.FromDateTime(DateTime.Today);

        // README:rulesengine
        CoachingRules viaRulesEngine = rules.WithBackend(RulesEngineBackend.Instance);  // rules as loaded above
        PlanResult theirs = ProgramDesigner.Design(request, viaRulesEngine, today);     // the same plan, decided by RulesEngine
        // README:end

        var ours = ProgramDesigner.Design(request, rules, today);
        PlanRenderer.Render(theirs.Plan!, PlanFormat.Json).ShouldBe(PlanRenderer.Render(ours.Plan!, PlanFormat.Json));
    }

    [Fact]
    public void Watcher_example_swaps_in_new_rules_and_keeps_the_last_good_set()
    {
        var folder = Directory.CreateTempSubdirectory("readme-watch-").FullName;
        try
        {
            var file = Path.Combine(folder, "limits.json");
            File.WriteAllText(file, """{ "WorkflowName": "Limits", "Rules": [ { "RuleName": "Long", "Expression": "minutes > 30" } ] }""");
            var options = new RuleSetOptions().WithInputs(InputDeclaration.Of<int>("minutes"));
            var reloads = new List<RuleSetReloadedEventArgs>();

            // README:watcher
            var (watcher, diagnostics) = RuleSetWatcher.Start(folder, options);
            using (watcher)
            {
                watcher!.Reloaded += (_, e) =>
                {
                    // e.Succeeded: the new files compiled and are now current; otherwise the last good set stays.
                    reloads.Add(e);
                };

                CompiledRuleSet current = watcher.Current;  // read it per request: a reload swaps it atomically
                File.WriteAllText(file, """{ "WorkflowName": "Limits", "Rules": [ { "RuleName": "Long", "Expression": "minutes > 45" } ] }""");
                watcher.Reload();                            // happens by itself shortly after a file changes
                File.WriteAllText(file, """{ "WorkflowName": "Limits", "Rules": [ { "RuleName": "Long", "Expression": "minutes >" } ] }""");
                watcher.Reload();                            // a broken edit: reported, and 'minutes > 45' stays
                // README:end

                diagnostics.ShouldBeEmpty();
                current["Limits"].Evaluate([40]).Results[0].IsSuccess.ShouldBeTrue();
                watcher.Current["Limits"].Evaluate([40]).Results[0].IsSuccess.ShouldBeFalse();
                reloads.ShouldContain(r => r.Succeeded);
                reloads.ShouldContain(r => !r.Succeeded && r.Diagnostics.Any(d => d.IsError));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

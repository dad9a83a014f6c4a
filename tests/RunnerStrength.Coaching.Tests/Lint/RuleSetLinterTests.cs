using RunnerStrength.Coaching.Lint;
using RunnerStrength.Engine.Diagnostics;
using static RunnerStrength.Coaching.Tests.Lint.LintRuns;

namespace RunnerStrength.Coaching.Tests.Lint;

/// <summary>
/// Issue #13, lint: each kind of finding on a small rule set built to show it (a variant of the shipped rules under
/// Lint/Fixtures that replaces one workflow), planned for the 19 sample athletes and 60 generated ones.
/// </summary>
public sealed class RuleSetLinterTests
{
    private const string Everyone = "19 sample and 60 generated athletes";

    [Fact]
    public void A_rule_written_after_a_broader_one_of_a_First_workflow_never_decides()
    {
        var file = Path.Combine(Fixture("shadowed"), "timing.json");

        var finding = Run(Fixture("shadowed")).Findings.Where(f => f.Kind == LintFindingKind.Shadowed && f.Workflow == "Timing").ShouldHaveSingleItem();

        finding.Diagnostic.Code.ShouldBe("RS4101");
        finding.Diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        finding.Rules.ShouldBe(["VeryShortSessions"]);
        finding.Diagnostic.Location.Path.ShouldEndWith("Fixtures/shadowed/timing.json");
        finding.Diagnostic.Location.Line.ShouldBe(LineOf(file, "\"VeryShortSessions\""));
        finding.Diagnostic.Message.ShouldStartWith($"rule 'VeryShortSessions' never decides: whenever it fires, 'ShortSessions' (line {LineOf(file, "\"ShortSessions\"")}) fires first, for all {Everyone}; it fires for {finding.AthleteCount} of them, such as ");

        // The athletes named are the ones it fires for: sessions under 25 minutes, samples first.
        finding.AthleteCount.ShouldBeGreaterThan(0);
        finding.Examples.ShouldNotBeEmpty();
        finding.Examples.ShouldAllBe(e => e.Athlete.Profile.SessionMinutes < 25);
        finding.Examples[0].Athlete.IsGenerated.ShouldBeFalse();
        finding.Examples[0].Context.ShouldBe("timing");
        finding.Diagnostic.Message.ShouldEndWith($"such as {finding.Examples[0]}");
    }

    [Fact]
    public void A_rule_that_holds_for_no_athlete_never_fires()
    {
        var finding = Run(Fixture("never-fires")).Findings.Where(f => f.Kind == LintFindingKind.NeverFires && f.Workflow == "Timing").ShouldHaveSingleItem();

        finding.Diagnostic.Code.ShouldBe("RS4102");
        finding.Rules.ShouldBe(["VeryShortOrVeryLong"]);
        finding.Diagnostic.Message.ShouldBe($"rule 'VeryShortOrVeryLong' fires for none of the {Everyone} (Timing was asked 79 times, for 79 of them)");
        finding.AthleteCount.ShouldBe(0);
        finding.Examples.ShouldBeEmpty();
    }

    [Fact]
    public void Two_rules_that_test_one_fact_and_meet_where_only_their_order_decides_are_an_overlap()
    {
        var file = Path.Combine(Fixture("overlap"), "timing.json");

        var finding = Run(Fixture("overlap")).Findings.Where(f => f.Kind == LintFindingKind.Overlap && f.Workflow == "Timing").ShouldHaveSingleItem();

        finding.Diagnostic.Code.ShouldBe("RS4103");
        finding.Diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        finding.Rules.ShouldBe(["ShortSessions", "SlowBeginners"]);
        finding.Diagnostic.Location.Line.ShouldBe(LineOf(file, "\"SlowBeginners\""));
        finding.Diagnostic.Message.ShouldContain($"rule 'SlowBeginners' loses to the earlier 'ShortSessions' (line {LineOf(file, "\"ShortSessions\"")}) only by their order: both fire for {finding.AthleteCount} athletes, such as ");
        finding.Diagnostic.Message.ShouldEndWith("; both test athlete.sessionMinutes, they decide differently, and each also fires without the other");

        // Where they meet: beginners with sessions under 30 minutes.
        finding.Examples.ShouldNotBeEmpty();
        finding.Examples.ShouldAllBe(e => e.Athlete.Profile.Level == Vocabulary.AthleteLevel.Beginner && e.Athlete.Profile.SessionMinutes < 30);
    }

    [Fact]
    public void A_First_workflow_without_a_default_that_decides_nothing_for_some_athletes_is_a_gap_and_holds_back_the_rest()
    {
        var result = Run(Fixture("gap"));

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Kind.ShouldBe(LintFindingKind.Gap);
        finding.Diagnostic.Code.ShouldBe("RS4104");
        finding.Rules.ShouldBeEmpty();
        finding.Diagnostic.Location.Line.ShouldBe(LineOf(Path.Combine(Fixture("gap"), "timing.json"), "\"WorkflowName\""));
        finding.Diagnostic.Message.ShouldStartWith($"Timing decides nothing for {finding.AthleteCount} of the {Everyone}, such as ");
        finding.Examples.ShouldAllBe(e => e.Athlete.Profile.SessionMinutes >= 30);

        // The plans the gap stopped would make every rule after it look dead: lint says so instead.
        var held = result.Diagnostics.ShouldHaveSingleItem();
        held.Descriptor.ShouldBe(DiagnosticCatalog.LintIncomplete);
        held.Message.ShouldStartWith($"{finding.AthleteCount} of the {Everyone} could not be planned to the end");
    }

    [Fact]
    public void A_variant_file_that_decides_what_the_file_it_replaces_decides_is_reported()
    {
        var finding = Run(Fixture("unchanged-override")).Findings.Where(f => f.Kind == LintFindingKind.UnchangedOverride).ShouldHaveSingleItem();

        finding.Diagnostic.Code.ShouldBe("RS4105");
        finding.Workflow.ShouldBe("Timing");
        finding.Diagnostic.Location.Path.ShouldEndWith("Fixtures/unchanged-override/timing.json");
        finding.Diagnostic.Message.ShouldEndWith($"unchanged-override/timing.json replaces the workflow of {Coaching.Planning.Rules.PathDisplay.Of(Path.Combine(RepositoryPaths.Rules, "timing.json"))} but decides the same as it for all {Everyone} (79 evaluations compared); the variant can leave it out");
    }

    [Fact]
    public void A_variant_file_that_changes_decisions_is_not_reported_as_unchanged()
    {
        Run(Fixture("shadowed")).Findings.ShouldNotContain(f => f.Kind == LintFindingKind.UnchangedOverride);
        Run(Fixture("overlap")).Findings.ShouldNotContain(f => f.Kind == LintFindingKind.UnchangedOverride);
    }

    [Fact]
    public void The_fixtures_show_nothing_else_about_their_own_file()
    {
        foreach (var (name, kind) in new[] { ("shadowed", LintFindingKind.Shadowed), ("never-fires", LintFindingKind.NeverFires), ("overlap", LintFindingKind.Overlap), ("gap", LintFindingKind.Gap), ("unchanged-override", LintFindingKind.UnchangedOverride) })
        {
            Run(Fixture(name)).Findings.Where(f => f.Diagnostic.Location.Path.Contains("Fixtures", StringComparison.Ordinal)).Select(f => f.Kind).ShouldBe([kind], name);
        }
    }

    [Fact]
    public void An_athlete_the_rules_cannot_plan_is_named_and_the_rest_are_linted()
    {
        using var temp = new Planning.TempFolder();
        var late = temp.Write("late.json", File.ReadAllText(Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json"))
            .Replace("\"name\": \"Lucía\"", "\"name\": \"Late\", \"race\": { \"distance\": \"10k\", \"date\": \"2020-05-03\" }", StringComparison.Ordinal));
        var rules = Coaching.Planning.Rules.CoachingRules.Load(RepositoryPaths.Rules).Rules!;
        var population = LintPopulation.Create([late, .. SampleFiles.Take(2)], 1, 5, rules.Catalog, Start);

        var result = RuleSetLinter.Lint(rules, population, Start);

        population.Samples.Length.ShouldBe(3);
        var stopped = result.Diagnostics.ShouldHaveSingleItem();
        stopped.Descriptor.ShouldBe(DiagnosticCatalog.AthleteNotPlanned);
        stopped.Severity.ShouldBe(DiagnosticSeverity.Warning);
        stopped.Message.ShouldStartWith($"Late ({late.Replace('\\', '/')}) could not be planned, so lint saw only part of the plan: ");
        stopped.Message.ShouldContain("RS5060");
        result.Findings.ShouldNotContain(f => f.Kind == LintFindingKind.Gap);
    }

    [Fact]
    public void Lint_is_the_same_run_after_run()
    {
        var loaded = Coaching.Planning.Rules.CoachingRules.Load(Fixture("overlap")).Rules!;
        var population = LintPopulation.Create(SampleFiles, 3, 30, loaded.Catalog, Start);

        var first = RuleSetLinter.Lint(loaded, population, Start);
        var second = RuleSetLinter.Lint(loaded, population, Start);

        second.Findings.Select(f => f.Diagnostic.ToString()).ShouldBe(first.Findings.Select(f => f.Diagnostic.ToString()));
        second.Evaluations.ShouldBe(first.Evaluations);
    }
}

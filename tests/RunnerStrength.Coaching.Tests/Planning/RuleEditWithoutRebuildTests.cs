using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Scenarios;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>
/// A coach edits a rule file and the next plan follows it: the rules are data read at load time, so a copy of
/// <c>rules/</c> edited on disk changes the plan with no rebuild of anything.
/// </summary>
public sealed class RuleEditWithoutRebuildTests
{
    private static readonly DateOnly Start = new(2026, 11, 23);

    [Fact]
    public void Two_base_sessions_instead_of_three_after_editing_the_Volume_rule()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var athlete = Athlete(Path.Combine(RepositoryPaths.Rules, "tests", "athletes", "long-run-saturday.json"));
        var before = Week1(athlete, DefaultRules.Load(rules));

        Replace(Path.Combine(rules, "volume.json"), "\"sessions\": 3,\n        \"intensities\": [\"moderate\", \"moderate\", \"light\"]", "\"sessions\": 2,\n        \"intensities\": [\"moderate\", \"moderate\"]");
        var after = Week1(athlete, DefaultRules.Load(rules));

        before.Sessions.Count.ShouldBe(3);
        after.Sessions.Count.ShouldBe(2);
        after.Sessions.Select(s => s.Intensity).ShouldAllBe(i => i == Vocabulary.SessionIntensity.Moderate);
        Week1(athlete, DefaultRules.Rules).Sessions.Count.ShouldBe(3, "the repository's own rules are untouched");
    }

    [Fact]
    public void No_Monday_sessions_after_adding_a_rule_that_forbids_Mondays()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var athlete = Athlete(Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json"));
        var before = Design(athlete, DefaultRules.Load(rules));

        ForbidMondays(rules);
        var after = Design(athlete, DefaultRules.Load(rules));

        before.Plan.ShouldNotBeNull().Weeks.SelectMany(w => w.Sessions).ShouldContain(s => s.Day == DayOfWeek.Monday);
        var plan = after.Plan.ShouldNotBeNull();
        plan.Weeks.SelectMany(w => w.Sessions).ShouldNotContain(s => s.Day == DayOfWeek.Monday);
        plan.Weeks.ShouldAllBe(w => w.Sessions.Count == 2);
        after.FiredRules.ShouldContain("Placement/NoMondays");
    }

    [Fact]
    public void A_scenario_that_passed_fails_on_the_next_run_after_the_rule_changes()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var athlete = Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json").Replace("\\", "/", StringComparison.Ordinal);
        temp.Write(Path.Combine("rules", "tests", "mondays.json"), $$"""
            {
              "name": "Monday sessions",
              "athlete": "{{athlete}}",
              "start": "2026-11-23",
              "weeks": 2,
              "expect": [ { "sessionOn": { "day": "monday", "intensity": "moderate" } } ]
            }
            """);
        var folder = Path.Combine(rules, "tests");

        var before = ScenarioRunner.RunDirectory(folder, Start);
        ForbidMondays(rules);
        var after = ScenarioRunner.RunDirectory(folder, Start);

        before.Passed.ShouldBe(1);
        after.Failed.ShouldBe(1);
        after.Outcomes[0].Failures.ShouldAllBe(f => f.Actual.StartsWith("no session on monday", StringComparison.Ordinal));
        after.FiredRules.ShouldContain("Placement/NoMondays");
    }

    private static void ForbidMondays(string rules) =>
        Replace(Path.Combine(rules, "placement.json"), "  \"Rules\": [\n", """
              "Rules": [
                {
                  "RuleName": "NoMondays",
                  "Description": "This athlete cannot train on Mondays.",
                  "Expression": "day.day == \"monday\"",
                  "SuccessEvent": "forbid"
                },

            """);

    private static void Replace(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        text.ShouldContain(find);
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private static AthleteProfile Athlete(string file) => AthleteProfileReader.ReadFile(file).Profile.ShouldNotBeNull();

    private static PlanResult Design(AthleteProfile athlete, CoachingRules rules) =>
        ProgramDesigner.Design(new PlanRequest { Athlete = athlete, Start = Start, Weeks = 4 }, rules, Start);

    private static PlanWeek Week1(AthleteProfile athlete, CoachingRules rules) => Design(athlete, rules).Plan.ShouldNotBeNull().Weeks[0];
}

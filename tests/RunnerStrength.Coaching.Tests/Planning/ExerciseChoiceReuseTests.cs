using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>
/// The designer evaluates ExerciseChoice once per design for inputs that agree on what its rules read. A rule that
/// reads more of the week or the session must still see each week and session: these fail if a score were reused
/// across inputs the rules can tell apart.
/// </summary>
public sealed class ExerciseChoiceReuseTests
{
    private static readonly DateOnly Start = new(2026, 11, 23);

    [Fact]
    public void A_choice_rule_that_reads_the_week_number_changes_only_that_week()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var before = Design(DefaultRules.Rules);
        AddChoiceRule(rules, "week.number == 3 && exercise.id == \\\"romanian-deadlift\\\"");

        var after = Design(DefaultRules.Load(rules));

        // Weeks 2 and 3 choose with the same exercise facts (the same used last week), so only the week tells them apart.
        Thursday(before, 3).ShouldContain("romanian-deadlift");
        Thursday(after, 2).ShouldContain("romanian-deadlift");
        Thursday(after, 3).ShouldNotContain("romanian-deadlift");
    }

    [Fact]
    public void A_choice_rule_that_reads_the_session_index_changes_only_that_session()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var before = Design(DefaultRules.Rules);
        AddChoiceRule(rules, "session.index == 2 && exercise.id == \\\"dumbbell-reverse-lunge\\\"");

        var after = Design(DefaultRules.Load(rules));

        before.Weeks[0].Sessions[1].Exercises.Select(e => e.Id).ShouldContain("dumbbell-reverse-lunge");
        after.Weeks.ShouldAllBe(w => w.Sessions.Count == 2);
        after.Weeks.SelectMany(w => w.Sessions.Skip(1)).SelectMany(s => s.Exercises).ShouldNotContain(e => e.Id == "dumbbell-reverse-lunge");
    }

    private static IEnumerable<string> Thursday(StrengthPlan plan, int week) =>
        plan.Weeks[week - 1].Sessions.Single(s => s.Day == DayOfWeek.Thursday).Exercises.Select(e => e.Id);

    private static void AddChoiceRule(string rules, string expression)
    {
        var file = Path.Combine(rules, "exercise-choice.json");
        var text = File.ReadAllText(file);
        text.ShouldContain("  \"Rules\": [\n");
        File.WriteAllText(file, text.Replace("  \"Rules\": [\n", $$"""
              "Rules": [
                {
                  "RuleName": "NotThisOne",
                  "Description": "A test rule.",
                  "Expression": "{{expression}}",
                  "SuccessEvent": "forbid"
                },

            """, StringComparison.Ordinal));
    }

    private static StrengthPlan Design(Coaching.Planning.Rules.CoachingRules rules)
    {
        var athlete = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json")).Profile.ShouldNotBeNull();
        var result = ProgramDesigner.Design(new PlanRequest { Athlete = athlete, Start = Start, Weeks = 3 }, rules, Start);
        result.Diagnostics.ShouldBeEmpty();
        return result.Plan.ShouldNotBeNull();
    }
}

using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Planning;

public sealed class UnfilledSlotTests
{
    [Fact]
    public void A_slot_no_exercise_may_fill_is_left_out_with_one_RS5064_warning()
    {
        using var folder = TempFolder.WithRules(out var rules);
        var choice = Path.Combine(rules, "exercise-choice.json");
        var text = File.ReadAllText(choice).Replace(
            "\"Rules\": [",
            "\"Rules\": [ { \"RuleName\": \"NoPulling\", \"Expression\": \"exercise.pattern == \\\"pull\\\"\", \"SuccessEvent\": \"forbid\" },",
            StringComparison.Ordinal);
        File.WriteAllText(choice, text);
        var athlete = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.Rules, "examples", "athletes", "no-race.json")).Profile!;

        var result = ProgramDesigner.Design(new PlanRequest { Athlete = athlete, Start = new DateOnly(2026, 11, 23), Weeks = 4 }, DefaultRules.Load(rules), new DateOnly(2026, 11, 21));

        result.Plan.ShouldNotBeNull();
        AllExercises(result.Plan).ShouldNotContain(e => e.Pattern == MovementPattern.Pull);
        var warnings = result.Diagnostics.Where(d => d.Code == "RS5064").ToList();
        warnings.Count.ShouldBe(1, "the same unfilled slot is reported once per plan, not every week");
        warnings[0].Message.ShouldContain("the pull slot");
        warnings[0].IsError.ShouldBeFalse();
    }

    private static IEnumerable<PlannedExercise> AllExercises(StrengthPlan plan) =>
        plan.Weeks.SelectMany(w => w.Sessions).SelectMany(s => s.Exercises);
}

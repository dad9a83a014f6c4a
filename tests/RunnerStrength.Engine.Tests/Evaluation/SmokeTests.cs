namespace RunnerStrength.Engine.Tests.Evaluation;

public sealed class SmokeTests
{
    [Fact]
    public void Member_access_and_comparison_evaluate()
    {
        ExpressionHarness.Evaluate("athlete.sessionMinutes >= 30").ShouldBe(true);
        ExpressionHarness.Evaluate("athlete.week.tuesday == \"tempo\"").ShouldBe(true);
        ExpressionHarness.Evaluate("athlete.history.Any(h => h.reps >= 15 && h.rpe <= 7)").ShouldBe(true);
        ExpressionHarness.Evaluate("athlete.equipment.Contains(\"bands\")").ShouldBe(true);
    }
}

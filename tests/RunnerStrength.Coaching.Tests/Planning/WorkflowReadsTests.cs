using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>
/// What a workflow reads of its inputs, found in its syntax: the designer reuses an ExerciseChoice result for inputs
/// that agree on it, so a member missed here would reuse a wrong result.
/// </summary>
public sealed class WorkflowReadsTests
{
    // ExerciseChoice's inputs: athlete, week, session, slot, exercise.
    private const int Week = 1;
    private const int Session = 2;
    private const int Exercise = 4;

    [Theory]
    [InlineData("session.intensity == \"heavy\"", Session, "Intensity")]
    [InlineData("Session.Intensity == \"heavy\" && session.plyometrics == \"low\"", Session, "Intensity Plyometrics")]
    [InlineData("exercise.equipment.All(e => athlete.equipment.Contains(e))", Exercise, "Equipment")]
    [InlineData("exercise.unsafeFor.Any(i => i == slot.group) || iif(week.number > 2, true, false)", Week, "Number")]
    [InlineData("(week.phase) in (\"base\", \"build\") ? week.deload : !week.hasRace", Week, "Deload HasRace Phase")]
    [InlineData("athlete.level == \"beginner\"", Week, "")]
    public void Members_read_through_an_input_are_found_wherever_they_sit(string expression, int input, string members)
    {
        var reads = ReadsOf(Rule(expression));

        reads[input].IsWhole.ShouldBeFalse();
        string.Join(" ", reads[input].Members.Select(m => m.Name).Order(StringComparer.Ordinal)).ShouldBe(members);
    }

    [Theory]
    [InlineData("week != null")]
    [InlineData("iif(true, week, week).number > 1")]
    [InlineData("week.ToString() == \"x\"")]
    [InlineData("week.noSuchMember > 1")]
    [InlineData("athlete.history.Any(week => week.sets > 3)")]
    public void An_input_used_as_a_value_or_in_a_way_the_walk_cannot_follow_is_read_whole(string expression)
    {
        ReadsOf(Rule(expression))[Week].IsWhole.ShouldBeTrue();
    }

    [Fact]
    public void Params_messages_actions_and_nested_rules_are_read_too()
    {
        var reads = ReadsOf("""
            {
              "WorkflowName": "ExerciseChoice",
              "GlobalParams": [ { "Name": "g", "Expression": "week.number" } ],
              "Rules": [
                {
                  "RuleName": "Outer",
                  "Operator": "And",
                  "Rules": [
                    {
                      "RuleName": "Inner",
                      "LocalParams": [ { "Name": "l", "Expression": "week.deload" } ],
                      "Expression": "l",
                      "ErrorMessage": "not in $(week.phase)",
                      "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "week.runDays" } } }
                    }
                  ]
                }
              ]
            }
            """);

        reads[Week].Members.Select(m => m.Name).Order(StringComparer.Ordinal).ShouldBe(["Deload", "Number", "Phase", "RunDays"]);
    }

    [Fact]
    public void A_rule_that_evaluates_another_workflows_rule_reads_every_input_whole()
    {
        var reads = ReadsOf("""
            {
              "WorkflowName": "ExerciseChoice",
              "Rules": [
                {
                  "RuleName": "Delegates",
                  "Expression": "true",
                  "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "WorkflowName": "Dose", "RuleName": "Any" } } }
                }
              ]
            }
            """);

        Enumerable.Range(0, 5).ShouldAllBe(i => reads[i].IsWhole);
    }

    [Fact]
    public void The_shipped_ExerciseChoice_reads_nothing_of_the_week_and_three_members_of_the_session()
    {
        var reads = DefaultRules.Rules.Designer(CoachingWorkflows.ExerciseChoice).Reads;

        reads[Week].IsWhole.ShouldBeFalse();
        reads[Week].Members.ShouldBeEmpty();
        reads[Session].Members.Select(m => m.Name).Order(StringComparer.Ordinal).ShouldBe(["BeforeHardRun", "Intensity", "Plyometrics"]);
    }

    private static string Rule(string expression) => $$"""
        { "WorkflowName": "ExerciseChoice", "Rules": [ { "RuleName": "R", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}} } ] }
        """;

    private static WorkflowReads ReadsOf(string json)
    {
        var read = WorkflowReader.Read(SourceText.From(json, "exercise-choice.json"));
        read.Succeeded.ShouldBeTrue(string.Join("; ", read.Diagnostics));
        return WorkflowReads.Of(read.Workflows.Single(), CoachingWorkflows.Inputs[CoachingWorkflows.ExerciseChoice], ExpressionLimits.Default);
    }
}

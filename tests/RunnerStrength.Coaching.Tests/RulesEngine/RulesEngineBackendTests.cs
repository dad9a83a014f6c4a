using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.RulesEngine;
using RunnerStrength.Coaching.Tests.Planning;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.RulesEngine;

/// <summary>The RulesEngine backend's parts: what it rewrites for Dynamic LINQ, and how RulesEngine's results come back.</summary>
public sealed class RulesEngineBackendTests
{
    private static readonly AthleteProfile NoRace = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, "no-race.json")).Profile!;

    [Theory]
    // Enum words Dynamic LINQ cannot parse, on either side of a comparison, in an 'in' list, in any spelling RunnerStrength reads.
    [InlineData(CoachingWorkflows.Phase, """week.phase == "race-specific" """, "week.phase == TrainingPhase.RaceSpecific ")]
    [InlineData(CoachingWorkflows.Phase, """ "taper" != week.phase""", " TrainingPhase.Taper != week.phase")]
    [InlineData(CoachingWorkflows.Phase, """week.phase == "RaceSpecific" """, "week.phase == TrainingPhase.RaceSpecific ")]
    [InlineData(CoachingWorkflows.Phase, """athlete.level >= "intermediate" """, "athlete.level >= AthleteLevel.Intermediate ")]
    [InlineData(CoachingWorkflows.Placement, """day.run in ("easy", "race-pace")""", "day.run in (RunKind.Easy, RunKind.RacePace)")]
    [InlineData(CoachingWorkflows.Placement, """day.run == ("rest")""", "day.run == (RunKind.Rest)")]
    // 'in' over a nullable enum: Dynamic LINQ cannot, so it becomes ==; 'not in' its negation.
    [InlineData(CoachingWorkflows.Phase, """week.raceDistance in ("marathon", "ultra")""", "((week.raceDistance) == (RaceDistance.Marathon) || (week.raceDistance) == (RaceDistance.Ultra))")]
    [InlineData(CoachingWorkflows.Phase, """week.raceDistance not in ("5k") && week.number > 1""", "!((week.raceDistance) == (RaceDistance.FiveK)) && week.number > 1")]
    // Inside a lambda, through a param, after ?? and through a conditional.
    [InlineData(CoachingWorkflows.SessionPlan, """athlete.history.Any(h => session.intensity == "heavy" && h.exercise == "back-squat")""", """athlete.history.Any(h => session.intensity == SessionIntensity.Heavy && h.exercise == "back-squat")""")]
    [InlineData(CoachingWorkflows.Placement, """(day.previousStrength ?? session.intensity) == "light" """, "(day.previousStrength ?? session.intensity) == SessionIntensity.Light ")]
    [InlineData(CoachingWorkflows.Dose, """(week.deload ? slot.pattern : slot.pattern) in ("squat", "foot-ankle")""", "(week.deload ? slot.pattern : slot.pattern) in (MovementPattern.Squat, MovementPattern.FootAnkle)")]
    // 'not in', which Dynamic LINQ 1.6.2 does not read, as the negation of 'in'.
    [InlineData(CoachingWorkflows.Placement, """day.run not in ("easy", "rest") && day.isQuality""", "!((day.run) in (RunKind.Easy, RunKind.Rest)) && day.isQuality")]
    [InlineData(CoachingWorkflows.Phase, """athlete.sessionMinutes not in (20, 25)""", "!((athlete.sessionMinutes) in (20, 25))")]
    [InlineData(CoachingWorkflows.Phase, "\"knee\" not in athlete.injuries", "!((\"knee\") in athlete.injuries)")]
    // Text in single quotes, which Dynamic LINQ reads as one character, in double quotes.
    [InlineData(CoachingWorkflows.Phase, """athlete.name != 'Sam "Rocket" O\'Neil\\' && week.phase == 'taper'""", """athlete.name != "Sam \"Rocket\" O'Neil\\" && week.phase == TrainingPhase.Taper""")]
    // Text compared with text stays as written.
    [InlineData(CoachingWorkflows.ExerciseChoice, """exercise.impact == session.plyometrics && athlete.injuries.Contains("knee") && slot.injury == "knee" """, """exercise.impact == session.plyometrics && athlete.injuries.Contains("knee") && slot.injury == "knee" """)]
    public void Enum_words_become_the_members_they_mean_and_nothing_else_changes(string workflow, string expression, string expected)
    {
        var dialect = new DynamicLinqDialect(CoachingWorkflows.Inputs[workflow]);

        dialect.Rewrite(ExpressionText.FromString(expression)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("athlete.sessionMinutes ge 30 AndAlso athlete.level ne \"beginner\"")]
    [InlineData("0x1F > athlete.sessionMinutes || athlete.sessionMinutes > 0b101")]
    [InlineData("np(athlete.race.inWeeks) == null")]
    [InlineData("int(athlete.bodyWeightKg ?? 0) > 10")]
    [InlineData("new [] {30, 40, 45}.Contains(athlete.sessionMinutes)")]
    [InlineData("athlete.level > 0")]
    [InlineData("athlete.level not in (\"beginner\", \"advanced\")")]
    [InlineData("athlete.sessionMinutes not in (10, 20)")]
    [InlineData("\"barbell\" not in athlete.equipment")]
    [InlineData("athlete.name != 'Sam' && athlete.history.Where(h => h.exercise == 'plank').Count() >= 0")]
    [InlineData("iif(athlete.sessionMinutes > 30, 1, 2) == 1")]
    [InlineData("athlete.history.Count(h => h.reps >= 15) > 2 && athlete.history.Max(h => h.sets) >= 3")]
    [InlineData("athlete.history.OrderBy(h => h.date).First().sets > 0 && athlete.history.Select(h => h.sets).Sum() > 1")]
    [InlineData("string.IsNullOrEmpty(athlete.id) && Math.Abs(-3) == 3 && athlete.equipment[0] == \"bands\"")]
    [InlineData("athlete.sessionMinutes / 7 == 5 && athlete.sessionMinutes % 7 != 5 && (athlete.strengthDays ?? 2) > 1")]
    [InlineData("athlete.readiness.date > \"2026-01-01\"")]
    public void An_expression_gets_the_same_outcome_from_RulesEngine(string expression)
    {
        var athlete = AthleteProfileReader.ReadFile(Path.Combine(RepositoryPaths.SampleAthletes, "high-rep-history.json")).Profile!;
        var set = Load($$"""{ "WorkflowName": "Timing", "Rules": [ { "RuleName": "r", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}} } ] }""");

        var ours = set["Timing"].Evaluate([athlete]).Results.Single();
        var theirs = new RulesEngineEvaluator(set).Evaluate(set["Timing"], [athlete]).Single();

        (theirs.IsSuccess, theirs.ExceptionMessage is null).ShouldBe((ours.IsSuccess, ours.ExceptionMessage is null), $"ours: {ours.ExceptionMessage}; RulesEngine: {theirs.ExceptionMessage}");
    }

    [Fact]
    public void A_param_carries_its_type_to_the_expressions_after_it()
    {
        var dialect = new DynamicLinqDialect(CoachingWorkflows.Inputs[CoachingWorkflows.Retest]);
        dialect.DeclareParam("phase", ExpressionText.FromString("week.phase"));
        var rule = dialect.Nested();
        rule.DeclareParam("level", ExpressionText.FromString("athlete.level"));

        rule.Rewrite(ExpressionText.FromString("""phase == "taper" && level == "advanced" """)).ShouldBe("phase == TrainingPhase.Taper && level == AthleteLevel.Advanced ");
        dialect.Rewrite(ExpressionText.FromString("""level == "advanced" """)).ShouldBe("""level == "advanced" """, "a rule's local param is not seen outside it");
    }

    [Fact]
    public void Every_enum_the_inputs_hold_goes_to_RulesEngine_as_a_custom_type()
    {
        var dialect = new DynamicLinqDialect(CoachingWorkflows.Inputs[CoachingWorkflows.Dose]);

        dialect.EnumTypes.ShouldBe(
            [typeof(AthleteLevel), typeof(RunKind), typeof(RaceDistance), typeof(TrainingPhase), typeof(SessionIntensity), typeof(MovementPattern), typeof(Weekday)],
            ignoreOrder: true);
    }

    [Fact]
    public void Results_come_back_as_the_built_in_engine_reports_them()
    {
        // HitPolicy First: the results stop at the first success, though RulesEngine evaluated every rule.
        var set = Load("""
            { "WorkflowName": "Phase", "HitPolicy": "First", "Rules": [
              { "RuleName": "Taper", "Expression": "week.phase == \"taper\"", "SuccessEvent": "never" },
              { "RuleName": "NoRace", "Expression": "!week.hasRace && week.number in (1, 2)", "SuccessEvent": "base",
                "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "\"week \" + week.number + \" of \" + athlete.sessionMinutes + \" min\"" } } } },
              { "RuleName": "After", "Expression": "true" }
            ] }
            """);
        var evaluator = new RulesEngineEvaluator(set);

        var results = evaluator.Evaluate(set["Phase"], [NoRace, Week(1)]);

        results.Select(DifferentialBackend.Describe).ShouldBe(["Taper:failure", "NoRace:success event=base output=String week 1 of 40 min"]);
        evaluator.EvaluateAll(set["Phase"], [NoRace, Week(1)]).Select(r => r.RuleName).ShouldBe(["Taper", "NoRace", "After"]);
        set["Phase"].Evaluate([NoRace, Week(1)]).Results.Select(DifferentialBackend.Describe).ShouldBe(results.Select(DifferentialBackend.Describe));
        results[1].Source.ShouldBe(set["Phase"].Definition.Rules[1].Location);
    }

    [Fact]
    public void Disabled_rules_child_rules_and_injected_workflows_come_back_under_their_own_definitions()
    {
        var set = Load("""
            [
              { "WorkflowName": "Phase", "WorkflowsToInject": [ "Extra" ], "Rules": [
                { "RuleName": "Off", "Expression": "true", "Enabled": false },
                { "RuleName": "Both", "Operator": "And", "Rules": [
                  { "RuleName": "same", "Expression": "week.number == 1", "SuccessEvent": "first" },
                  { "RuleName": "same", "Expression": "athlete.sessionMinutes > 30" } ] },
                { "RuleName": "Either", "Operator": "Or", "Rules": [
                  { "RuleName": "a", "Expression": "week.hasRace" },
                  { "RuleName": "skipped", "Expression": "true", "Enabled": false },
                  { "RuleName": "b", "Expression": "week.number > 1" } ] }
              ] },
              { "WorkflowName": "Extra", "Rules": [ { "RuleName": "Long", "Expression": "athlete.sessionMinutes >= 40", "SuccessEvent": "long" } ] }
            ]
            """);

        var theirs = new RulesEngineEvaluator(set).Evaluate(set["Phase"], [NoRace, Week(1)]);
        var ours = set["Phase"].Evaluate([NoRace, Week(1)]).Results;

        static string Tree(RuleResult r) => DifferentialBackend.Describe(r) + (r.ChildResults.Count == 0 ? string.Empty : $" [{string.Join(", ", r.ChildResults.Select(Tree))}]");
        theirs.Select(Tree).ShouldBe(["Both:success [same:success event=first, same:success]", "Either:failure [a:failure, b:failure]", "Long:success event=long"]);
        theirs.Select(Tree).ShouldBe(ours.Select(Tree));
        theirs[2].Source.ShouldBe(set["Extra"].Definition.Rules[0].Location);
    }

    [Fact]
    public void A_rule_RulesEngine_cannot_evaluate_fails_with_its_message_and_the_others_run()
    {
        // The athlete has no race: reading its date fails in both engines, each with its own message.
        var set = Load("""
            { "WorkflowName": "Phase", "Rules": [
              { "RuleName": "RaceSoon", "Expression": "athlete.race.inWeeks < 3" },
              { "RuleName": "First", "Expression": "week.number == 1" }
            ] }
            """);

        var results = new RulesEngineEvaluator(set).Evaluate(set["Phase"], [NoRace, Week(1)]);

        results[0].IsSuccess.ShouldBeFalse();
        results[0].ExceptionMessage.ShouldNotBeNull().ShouldContain("RaceSoon");
        results[1].IsSuccess.ShouldBeTrue();
        set["Phase"].Evaluate([NoRace, Week(1)]).Results[0].ExceptionMessage.ShouldNotBeNull();
    }

    [Fact]
    public void The_backend_is_chosen_per_rule_set_and_the_built_in_engine_is_the_default()
    {
        var rules = DefaultRules.Rules;

        rules.Backend.ShouldBe(EvaluationBackend.BuiltIn);
        rules.Backend.Name.ShouldBe("builtin");
        rules.WithBackend(EvaluationBackend.BuiltIn).ShouldBeSameAs(rules);
        var viaRulesEngine = rules.WithBackend(RulesEngineBackend.Instance);
        viaRulesEngine.Backend.Name.ShouldBe("rulesengine");
        viaRulesEngine.RuleSet.ShouldBeSameAs(rules.RuleSet);
        viaRulesEngine.Catalog.ShouldBeSameAs(rules.Catalog);
        rules.Backend.ShouldBe(EvaluationBackend.BuiltIn, "the rule set it came from is unchanged");
        Should.Throw<ArgumentNullException>(() => rules.WithBackend(null!));
    }

    private static CompiledRuleSet Load(string json)
    {
        var loaded = RuleSetLoader.Load([SourceText.From(json, "phase.json")], CoachingRules.CompileOptions);
        return loaded.RuleSet.ShouldNotBeNull(string.Join("\n", loaded.Diagnostics));
    }

    private static WeekFacts Week(int number) => new()
    {
        Number = number,
        Start = new DateOnly(2026, 11, 23).AddDays(7 * (number - 1)),
        End = new DateOnly(2026, 11, 29).AddDays(7 * (number - 1)),
        HasRace = false,
        RunDays = 4,
        QualityDays = 1,
        LongRunDays = 1,
        EasyDays = 2,
        RestDays = 3,
    };
}

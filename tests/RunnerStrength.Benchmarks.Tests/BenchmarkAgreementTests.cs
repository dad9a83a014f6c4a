using RunnerStrength.Benchmarks;
using RunnerStrength.Benchmarks.Policy;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Benchmarks.Tests;

/// <summary>
/// The benchmarks compare three evaluators of the same policy; these prove, rule by rule, that they are the same policy
/// (the benchmarks' setup checks it again before measuring).
/// </summary>
public class BenchmarkAgreementTests
{
    [Theory]
    [InlineData(30)]
    [InlineData(1_000)]
    public void The_engine_the_hand_written_CSharp_and_RulesEngine_give_every_rule_the_same_result(int ruleCount)
    {
        var ruleSet = CoachingWorkflow.Load(RuleSetText.Source(ruleCount)).RuleSet.ShouldNotBeNull();
        var workflow = ruleSet[RuleSetText.WorkflowName];
        Func<AthleteProfile, bool[]> handWritten = ruleCount == HandWrittenPolicy.RuleCount ? HandWrittenPolicy.Evaluate : GeneratedPolicy.Create(ruleCount).Evaluate;
        var rulesEngine = RulesEnginePolicy.Create(ruleCount);
        var athletes = Athletes().ToList();

        // Interpreted at first, then compiled everything as the benchmarks measure it: the same results both ways.
        CoachingWorkflow.Disagreements(workflow, handWritten, rulesEngine, athletes).ShouldBeEmpty();
        ruleSet.CompileAll();
        CoachingWorkflow.Disagreements(workflow, handWritten, rulesEngine, athletes).ShouldBeEmpty();
    }

    [Fact]
    public void The_inputs_decide_each_rule_both_ways()
    {
        // Agreement on inputs where every rule came out the same would prove little.
        var results = Athletes().Select(a => HandWrittenPolicy.Evaluate(a.Profile)).ToList();
        var rules = Enumerable.Range(0, HandWrittenPolicy.RuleCount).Select(i => (Index: i, Name: RuleSetText.TemplateOf(i).Template.Name)).ToList();

        rules.Where(rule => !results.Any(r => r[rule.Index])).Select(rule => rule.Name).ShouldBeEmpty("never pass");
        rules.Where(rule => results.All(r => r[rule.Index])).Select(rule => rule.Name).ShouldBeEmpty("never fail");
    }

    [Fact]
    public void A_side_that_decides_one_rule_differently_is_reported_with_the_rule_and_the_athlete()
    {
        var workflow = CoachingWorkflow.LoadOrThrow(RuleSetText.Source(30));
        var athlete = BenchmarkAthletes.Read(BenchmarkAthletes.Benchmarked);
        bool[] OneRuleWrong(AthleteProfile a)
        {
            var passed = HandWrittenPolicy.Evaluate(a);
            passed[16] = !passed[16];
            return passed;
        }

        var found = CoachingWorkflow.Disagreements(workflow, OneRuleWrong, RulesEnginePolicy.Create(30), [("sample", athlete)]);

        found.ShouldHaveSingleItem().ShouldStartWith("sample: HighRepsFeelEasy: engine ");
    }

    /// <summary>The sample athletes, and a few made to reach the rules' other branches: nothing reported, nulls, extremes.</summary>
    private static IEnumerable<(string Name, AthleteProfile Profile)> Athletes()
    {
        var samples = BenchmarkAthletes.All().ToList();
        var advanced = samples.Single(s => s.Name == BenchmarkAthletes.Benchmarked).Profile;
        var rested = new Readiness { Soreness = null, SleepHours = null, RestingHrDelta = null, Mood = null };
        var spent = new Readiness { Soreness = 9, SleepHours = 4.5, RestingHrDelta = 12, Mood = 1 };
        HistoryEntry[] easyHighReps =
        [
            new() { Date = new DateOnly(2026, 11, 2), Exercise = "glute-bridge", Sets = 3, Reps = 20, Rpe = null },
            new() { Date = new DateOnly(2026, 11, 3), Exercise = "side-plank", Sets = 2, Seconds = 60, Rpe = 5 },
            new() { Date = new DateOnly(2026, 11, 4), Exercise = "nordic-curl", Sets = 3, Reps = 5, Rpe = 9.5 },
        ];
        return
        [
            .. samples,
            ("bare", advanced with { Readiness = null, Race = null, History = [], Equipment = [], Injuries = [], StrengthDays = null, Level = AthleteLevel.Beginner, SessionMinutes = 20 }),
            ("readiness without readings", advanced with { Readiness = rested, StrengthDays = 1 }),
            ("spent", advanced with
            {
                Readiness = spent,
                History = easyHighReps,
                Injuries = ["knee", "achilles"],
                Level = AthleteLevel.Intermediate,
                Week = advanced.Week with { Tuesday = RunKind.Hills, Wednesday = RunKind.Tempo },
            }),
            ("race soon", advanced with { Race = new RaceInfo { Date = new DateOnly(2026, 12, 6), Distance = RaceDistance.Ultra } }),
        ];
    }
}

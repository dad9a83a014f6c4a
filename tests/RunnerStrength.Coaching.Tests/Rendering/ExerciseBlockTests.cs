using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>Exercises sharing a group letter are done as rounds; one alone is done set after set.</summary>
public sealed class ExerciseBlockTests
{
    [Fact]
    public void Exercises_sharing_a_letter_form_one_block_in_plan_order()
    {
        var blocks = ExerciseBlock.Of(OrderedWeek.TuesdayAfterIntervals());

        blocks.Select(b => b.Letter).ShouldBe(["A", "B"]);
        blocks[0].Exercises.Select(e => e.Group).ShouldBe(["A1", "A2", "A3"]);
        blocks[0].IsRounds.ShouldBeTrue();
        blocks[1].IsRounds.ShouldBeFalse();
    }

    [Fact]
    public void A_letter_that_comes_back_later_starts_a_new_block()
    {
        var session = Session(Exercise("A1", 3, 0), Exercise("B1", 3, 60), Exercise("A2", 3, 60));

        ExerciseBlock.Of(session).Select(b => b.Exercises.Count).ShouldBe([1, 1, 1]);
    }

    [Fact]
    public void Rounds_are_the_most_sets_and_the_rest_the_longest_rest_in_the_block()
    {
        var block = ExerciseBlock.Of(Session(Exercise("A1", 2, 0), Exercise("A2", 4, 75), Exercise("A3", 3, 30))).ShouldHaveSingleItem();

        block.Rounds.ShouldBe(4);
        block.RestBetweenRounds.ShouldBe(75);
        PlanWording.RoundsHeading(block).ShouldBe("A · 4 rounds, rest 75 s between rounds");
    }

    [Theory]
    [InlineData(3, 0, 3, 60, "A · 3 rounds, rest 60 s between rounds")]
    [InlineData(3, 30, 3, 90, "A · 3 rounds, rest 30 s between exercises and 90 s between rounds")]
    [InlineData(3, 0, 3, 0, "A · 3 rounds, no rest between rounds")]
    [InlineData(1, 0, 1, 60, "A · 1 round")]
    [InlineData(1, 20, 1, 60, "A · 1 round, rest 20 s between exercises")]
    public void The_heading_says_the_rounds_and_the_rests(int firstSets, int firstRest, int secondSets, int secondRest, string expected)
    {
        var block = ExerciseBlock.Of(Session(Exercise("A1", firstSets, firstRest), Exercise("A2", secondSets, secondRest))).ShouldHaveSingleItem();

        PlanWording.RoundsHeading(block).ShouldBe(expected);
    }

    [Theory]
    [InlineData(3, 3, "A2 Split squat — 10 reps each side")]
    [InlineData(2, 3, "A2 Split squat — 10 reps each side (first 2 rounds only)")]
    [InlineData(1, 3, "A2 Split squat — 10 reps each side (first round only)")]
    public void An_exercise_with_fewer_sets_than_rounds_says_which_rounds(int sets, int rounds, string expected)
    {
        PlanWording.RoundLine(Exercise("A2", sets, 0), rounds).ShouldBe(expected);
    }

    [Fact]
    public void A_round_line_keeps_load_and_tempo_and_leaves_sets_and_rest_to_the_heading()
    {
        var exercise = Exercise("A1", 3, 60) with { Load = "RPE 8", Tempo = "3-0-1", Mitigation = true };

        PlanWording.RoundLine(exercise, 3).ShouldBe("A1 Split squat (injury work) — 10 reps each side, RPE 8, 3 s down");
    }

    [Fact]
    public void A_round_line_with_only_sets_names_the_rounds_or_nothing()
    {
        var exercise = Exercise("A1", 2, 0) with { Reps = null, PerSide = false };

        PlanWording.RoundLine(exercise, 2).ShouldBe("A1 Split squat");
        PlanWording.RoundLine(exercise, 3).ShouldBe("A1 Split squat — first 2 rounds only");
    }

    private static PlannedSession Session(params PlannedExercise[] exercises) =>
        OrderedWeek.TuesdayAfterIntervals() with { Exercises = exercises };

    private static PlannedExercise Exercise(string group, int sets, int rest) => new()
    {
        Id = "split-squat",
        Name = "Split squat",
        Group = group,
        Pattern = MovementPattern.Squat,
        Equipment = [],
        Sets = sets,
        Reps = new DoseRange(10, 10),
        Seconds = null,
        PerSide = true,
        RestSeconds = rest,
        Tempo = null,
        Load = "bodyweight",
        Progression = null,
    };
}

using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// The exercises of a session that are done together: the consecutive exercises sharing a group letter, such as
/// A1, A2 and A3. Two or more are done as rounds (one set of each, in turn); one alone is done set after set.
/// </summary>
internal sealed record ExerciseBlock
{
    /// <summary>The group letter, such as <c>A</c>.</summary>
    public required string Letter { get; init; }

    /// <summary>The exercises, in plan order.</summary>
    public required IReadOnlyList<PlannedExercise> Exercises { get; init; }

    /// <summary>True when the block is done as rounds.</summary>
    public bool IsRounds => Exercises.Count > 1;

    /// <summary>How many rounds: the most sets of any exercise in the block.</summary>
    public int Rounds => Exercises.Max(e => e.Sets);

    /// <summary>The rest after each round: the longest rest of any exercise in the block.</summary>
    public int RestBetweenRounds => Exercises.Max(e => e.RestSeconds);

    /// <summary>
    /// The rest between the exercises of a round, when every exercise but the last prescribes the same one and it is
    /// shorter than the rest between rounds; null otherwise.
    /// </summary>
    public int? RestBetweenExercises
    {
        get
        {
            var transitions = Exercises.Take(Exercises.Count - 1).Select(e => e.RestSeconds).Distinct().ToList();
            return transitions is [var rest] && rest > 0 && rest < RestBetweenRounds ? rest : null;
        }
    }

    /// <summary>Splits a session's exercises into blocks, keeping their order; a letter that comes back later starts a new block.</summary>
    public static IReadOnlyList<ExerciseBlock> Of(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var blocks = new List<ExerciseBlock>();
        var current = new List<PlannedExercise>();
        string? letter = null;
        foreach (var exercise in session.Exercises)
        {
            var next = LetterOf(exercise.Group);
            // An exercise without a letter is never joined to its neighbours.
            if (letter is not null && (next != letter || next.Length == 0))
            {
                blocks.Add(new ExerciseBlock { Letter = letter, Exercises = current });
                current = [];
            }

            letter = next;
            current.Add(exercise);
        }

        if (letter is not null)
        {
            blocks.Add(new ExerciseBlock { Letter = letter, Exercises = current });
        }

        return blocks;
    }

    // "A1" -> "A"; a label without digits is its own letter.
    private static string LetterOf(string group) => group.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
}

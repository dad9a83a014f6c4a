using System.Diagnostics.CodeAnalysis;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// The results of a workflow over (athlete, week, session, slot, exercise) within one design: the athlete is the same
/// throughout, and a result is reused for inputs that agree on what the workflow's rules read of the week, the session
/// and the slot (<see cref="WorkflowReads"/>), for the same exercise use. Not thread-safe: one per design.
/// </summary>
internal sealed class ExerciseWorkflowMemo<TResult>(WorkflowReads reads)
{
    private readonly Dictionary<Key, TResult> _results = [];

    // Week, session and slot facts change far less often than the exercise: their keys are kept until they do.
    private (WeekFacts? Facts, ReadKey? Key) _week;
    private (SessionFacts? Facts, ReadKey? Key) _session;
    private (SlotFacts? Facts, ReadKey? Key) _slot;

    /// <summary>
    /// The result known for these inputs, if any; <paramref name="exercise"/> is a number standing for the exercise's
    /// facts (equal numbers for equal facts). Give <paramref name="key"/> to <see cref="Add"/> with the result when there is none.
    /// </summary>
    public bool TryGet(WeekFacts week, SessionFacts session, SlotFacts slot, int exercise, out Key key, [MaybeNullWhen(false)] out TResult result)
    {
        if (!ReferenceEquals(_week.Facts, week))
        {
            _week = (week, ReadKey.Of(week, reads[1]));
        }

        if (!ReferenceEquals(_session.Facts, session))
        {
            _session = (session, ReadKey.Of(session, reads[2]));
        }

        if (!ReferenceEquals(_slot.Facts, slot))
        {
            _slot = (slot, ReadKey.Of(slot, reads[3]));
        }

        key = new Key(_week.Key!, _session.Key!, _slot.Key!, exercise);
        return _results.TryGetValue(key, out result);
    }

    /// <summary>Keeps the result evaluated for <paramref name="key"/>.</summary>
    public void Add(Key key, TResult result) => _results.Add(key, result);

    /// <summary>What a result depends on, besides the athlete.</summary>
    internal readonly record struct Key(ReadKey Week, ReadKey Session, ReadKey Slot, int Exercise);
}

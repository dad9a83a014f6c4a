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
    private readonly Dictionary<Key, Dictionary<int, TResult>> _results = [];

    // Week, session and slot facts change far less often than the exercise: their keys, and the results for them,
    // are kept until they do.
    private (WeekFacts? Facts, ReadKey? Key) _week;
    private (SessionFacts? Facts, ReadKey? Key) _session;
    private (SlotFacts? Facts, ReadKey? Key) _slot;
    private Dictionary<int, TResult>? _current;

    /// <summary>
    /// The results known for these week, session and slot facts, by exercise use: a number standing for the exercise's
    /// facts (equal numbers for equal facts). Add to it what is evaluated for an exercise use it lacks.
    /// </summary>
    public Dictionary<int, TResult> For(WeekFacts week, SessionFacts session, SlotFacts slot)
    {
        var changed = _current is null;
        if (!ReferenceEquals(_week.Facts, week))
        {
            _week = (week, ReadKey.Of(week, reads[1]));
            changed = true;
        }

        if (!ReferenceEquals(_session.Facts, session))
        {
            _session = (session, ReadKey.Of(session, reads[2]));
            changed = true;
        }

        if (!ReferenceEquals(_slot.Facts, slot))
        {
            _slot = (slot, ReadKey.Of(slot, reads[3]));
            changed = true;
        }

        if (changed)
        {
            var key = new Key(_week.Key!, _session.Key!, _slot.Key!);
            if (!_results.TryGetValue(key, out _current))
            {
                _current = [];
                _results.Add(key, _current);
            }
        }

        return _current!;
    }

    /// <summary>What a result depends on, besides the athlete and the exercise.</summary>
    private readonly record struct Key(ReadKey Week, ReadKey Session, ReadKey Slot);
}

namespace RunnerStrength.Engine.Evaluation;

/// <summary>Collects the values of sub-expressions while a traced rule is evaluated.</summary>
public sealed class TraceRecorder
{
    private readonly List<TraceEntry> _entries = [];

    /// <summary>The values in the order they were computed.</summary>
    public IReadOnlyList<TraceEntry> Entries => _entries;

    internal void Record(TraceSite site, object? value)
    {
        if (_entries.Count < 10_000)
        {
            _entries.Add(new TraceEntry(site, value));
        }
    }

    internal IReadOnlyList<TraceEntry> Take()
    {
        var copy = _entries.ToArray();
        _entries.Clear();
        return copy;
    }
}

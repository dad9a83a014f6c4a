namespace RunnerStrength.Coaching.Json;

/// <summary>An object or array being read, with what the next value's pointer needs.</summary>
internal sealed class JsonPointerFrame(string pointer, bool isArray, int memberStart, int valueStart)
{
    public string Pointer { get; } = pointer;

    public bool IsArray { get; } = isArray;

    public int MemberStart { get; } = memberStart;

    public int ValueStart { get; } = valueStart;

    public int Index { get; set; }

    public string? PendingName { get; set; }

    public int PendingNameStart { get; set; }

    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
}

using System.Reflection;
using RunnerStrength.Coaching.Planning.Rules;

namespace RunnerStrength.Coaching.Planning;

/// <summary>
/// An input reduced to what a workflow reads of it (<see cref="InputReads"/>): the values of those members, or the
/// input itself when it is read whole. Equal keys mean the workflow cannot tell the inputs apart. Compared by value.
/// </summary>
internal sealed class ReadKey : IEquatable<ReadKey>
{
    private readonly object?[] _values;
    private readonly int _hash;

    private ReadKey(object?[] values)
    {
        _values = values;
        var hash = default(HashCode);
        foreach (var value in values)
        {
            hash.Add(value);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The key of <paramref name="input"/> for a workflow that reads <paramref name="reads"/> of it.</summary>
    public static ReadKey Of(object? input, InputReads reads)
    {
        if (reads.IsWhole)
        {
            return new ReadKey([input]);
        }

        if (input is null)
        {
            // Shorter than any key of the members read, so a null input never matches one whose members are null.
            return new ReadKey([]);
        }

        var values = new object?[reads.Members.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reads.Members[i] switch
            {
                PropertyInfo property => property.GetValue(input),
                FieldInfo field => field.GetValue(input),
                var other => throw new InvalidOperationException($"cannot read {other.MemberType} {other.Name}"),
            };
        }

        return new ReadKey(values);
    }

    public bool Equals(ReadKey? other)
    {
        if (other is null || other._hash != _hash || other._values.Length != _values.Length)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!Equals(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ReadKey);

    public override int GetHashCode() => _hash;
}

using System.Collections.Concurrent;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// A value of a declared shape while a rule runs: the host's object (an <c>ExpandoObject</c>, a dictionary, a
/// <c>JsonElement</c>...) behind a reader by member name. It has no members of its own, so the member policy finds
/// nothing on it; its members are read only through <see cref="Emit.ShapedReads"/>.
/// </summary>
internal abstract class ShapedRecord
{
    private static readonly ConcurrentDictionary<Type, Func<ShapedRecord>> Factories = new();

    /// <summary>The host's value, read by member name.</summary>
    internal DynamicSource Source { get; private set; } = null!;

    /// <summary>How the rule reaches this value (<c>input1.customer</c>), for messages.</summary>
    internal string Path { get; private set; } = string.Empty;

    /// <summary>A record of <paramref name="type"/> over <paramref name="source"/>.</summary>
    public static ShapedRecord Create(Type type, DynamicSource source, string path)
    {
        var record = Factories.GetOrAdd(type, static t => () => (ShapedRecord)Activator.CreateInstance(t)!)();
        record.Source = source;
        record.Path = path;
        return record;
    }
}

/// <summary>A value of the shape <typeparamref name="TId"/> stands for (see <see cref="ShapedTypes"/>).</summary>
/// <typeparam name="TId">The shape's id, spelled in generic arguments.</typeparam>
internal sealed class ShapedRecord<TId> : ShapedRecord
{
}

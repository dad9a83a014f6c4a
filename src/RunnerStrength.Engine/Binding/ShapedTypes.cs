using System.Collections.Concurrent;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// The CLR types the binder sees for declared shapes. Each distinct object shape gets a type of its own,
/// <c>ShapedRecord&lt;id&gt;</c>, so a list of them, a lambda over one and a param holding one keep their members
/// through the binder's ordinary typing. No code is generated: the id is spelled in generic arguments.
/// </summary>
internal static class ShapedTypes
{
    private static readonly ConcurrentDictionary<string, Type> BySignature = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, InputShape> ByType = new();
    private static readonly Lock NextLock = new();
    private static int _next;

    /// <summary>The CLR type values of <paramref name="shape"/> have in bound code.</summary>
    public static Type ClrType(InputShape shape)
    {
        var type = shape.Kind switch
        {
            ShapeKind.Text => typeof(string),
            ShapeKind.Integer => typeof(long),
            ShapeKind.Number => typeof(double),
            ShapeKind.Boolean => typeof(bool),
            ShapeKind.Date => typeof(DateOnly),
            ShapeKind.Object => RecordType(shape.AsNullable(false)),
            ShapeKind.List => typeof(IReadOnlyList<>).MakeGenericType(ClrType(shape.Element!)),
            _ => typeof(object),
        };
        return shape.Nullable ? TypeFacts.MakeNullable(type) : type;
    }

    /// <summary>The shape a record type stands for; null for any other type.</summary>
    public static InputShape? ShapeOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ShapedRecord<>) && ByType.TryGetValue(type, out var shape) ? shape : null;

    /// <summary>True when values of <paramref name="shape"/> can be bound: no member or item of unknown type on the way.</summary>
    public static bool IsKnown(InputShape shape) => shape.Kind switch
    {
        ShapeKind.Unknown => false,
        ShapeKind.List => IsKnown(shape.Element!),
        _ => true,
    };

    private static Type RecordType(InputShape shape) => BySignature.GetOrAdd(shape.Signature, _ =>
    {
        Type type;
        lock (NextLock)
        {
            type = typeof(ShapedRecord<>).MakeGenericType(IdType(_next++));
        }

        ByType[type] = shape;
        return type;
    });

    // The id in binary, least significant bit innermost: 5 is ShapeId1<ShapeId0<ShapeId1<ShapeId>>>.
    private static Type IdType(int id)
    {
        var type = typeof(ShapeId);
        for (var n = id; n > 0; n >>= 1)
        {
            type = ((n & 1) == 1 ? typeof(ShapeId1<>) : typeof(ShapeId0<>)).MakeGenericType(type);
        }

        return type;
    }
}

/// <summary>The end of a shape id spelled in generic arguments.</summary>
internal sealed class ShapeId
{
    private ShapeId()
    {
    }
}

/// <summary>A 0 bit of a shape id.</summary>
/// <typeparam name="T">The higher bits.</typeparam>
internal sealed class ShapeId0<T>
{
    private ShapeId0()
    {
    }
}

/// <summary>A 1 bit of a shape id.</summary>
/// <typeparam name="T">The higher bits.</typeparam>
internal sealed class ShapeId1<T>
{
    private ShapeId1()
    {
    }
}

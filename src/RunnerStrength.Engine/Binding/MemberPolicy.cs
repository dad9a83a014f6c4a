using System.Collections.Concurrent;
using System.Reflection;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// Which data members an expression may read: public instance properties and fields of plain data types.
/// Anything that leads to reflection, code, threads, files or the runtime is refused, whatever type holds it.
/// </summary>
internal static class MemberPolicy
{
    private static readonly string[] BlockedNamespaces =
    [
        "System.Reflection", "System.Runtime", "System.Threading", "System.IO", "System.Diagnostics",
        "System.Security", "System.Net", "System.Linq.Expressions", "Microsoft",
    ];

    // Types outside those namespaces whose members run code the host handed over (a Lazy's factory) or reach the
    // runtime's handles; a generic one is named by its definition.
    private static readonly Type[] BlockedTypes =
    [
        typeof(Lazy<>), typeof(Lazy<,>), typeof(WeakReference), typeof(WeakReference<>), typeof(IServiceProvider), typeof(IAsyncResult),
        typeof(RuntimeTypeHandle), typeof(RuntimeMethodHandle), typeof(RuntimeFieldHandle), typeof(ModuleHandle),
    ];

    private static readonly ConcurrentDictionary<Type, MemberInfo[]> ReadableByType = new();
    private static readonly ConcurrentDictionary<MemberInfo, bool> ReadableByMember = new();

    /// <summary>True when an expression may read <paramref name="member"/> (answers are kept: types do not change).</summary>
    public static bool IsReadable(MemberInfo member) => ReadableByMember.GetOrAdd(member, ComputeIsReadable);

    private static bool ComputeIsReadable(MemberInfo member) => member switch
    {
        PropertyInfo p => p.GetMethod is { IsPublic: true, IsStatic: false } && p.GetIndexParameters().Length == 0
            && IsSafeType(p.PropertyType) && IsSafeDeclaringType(p.DeclaringType),
        // An enum's one instance field (value__) is its number: enums are read as their names, never through it.
        FieldInfo f => f.IsPublic && !f.IsStatic && !f.IsSpecialName && f.DeclaringType is { IsEnum: false }
            && IsSafeType(f.FieldType) && IsSafeDeclaringType(f.DeclaringType),
        _ => false,
    };

    public static bool IsSafeType(Type type)
    {
        if (type.IsPointer || type.IsByRef || type.IsByRefLike || type == typeof(IntPtr) || type == typeof(UIntPtr) || type == typeof(object))
        {
            return false;
        }

        if (typeof(Type).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type)
            || typeof(Assembly).IsAssignableFrom(type) || typeof(Module).IsAssignableFrom(type) || typeof(Exception).IsAssignableFrom(type)
            || type == typeof(AppDomain) || typeof(System.Linq.Expressions.Expression).IsAssignableFrom(type))
        {
            return false;
        }

        if (BlockedTypes.Contains(type.IsGenericType ? type.GetGenericTypeDefinition() : type))
        {
            return false;
        }

        if (type.IsArray)
        {
            return type.IsSZArray && IsSafeType(type.GetElementType()!);
        }

        var ns = type.Namespace ?? string.Empty;
        if (BlockedNamespaces.Any(b => ns == b || ns.StartsWith(b + ".", StringComparison.Ordinal)))
        {
            return false;
        }

        return !type.IsGenericType || type.GetGenericArguments().All(IsSafeType);
    }

    private static bool IsSafeDeclaringType(Type? type) =>
        type is not null && type != typeof(object) && type != typeof(ValueType) && type != typeof(Enum) && IsSafeType(type);

    /// <summary>Finds a readable member by name: an exact match first, then ignoring case.</summary>
    public static MemberInfo? Find(Type type, string name)
    {
        var candidates = ReadableMembers(type);
        return candidates.FirstOrDefault(m => m.Name == name)
            ?? candidates.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    public static IReadOnlyList<MemberInfo> ReadableMembers(Type type) => ReadableByType.GetOrAdd(type, ComputeReadableMembers);

    private static MemberInfo[] ComputeReadableMembers(Type type)
    {
        var all = type.IsInterface
            ? type.GetInterfaces().Prepend(type).SelectMany(i => i.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Cast<MemberInfo>()
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Cast<MemberInfo>()
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
        return [.. all.Where(IsReadable).Where(m => !m.Name.Contains('.', StringComparison.Ordinal) && m.Name != "EqualityContract")];
    }

    public static Type TypeOf(MemberInfo member) => member switch
    {
        PropertyInfo p => p.PropertyType,
        FieldInfo f => f.FieldType,
        _ => throw new ArgumentException("not a data member", nameof(member)),
    };

    /// <summary>The name people write: the JSON-style camelCase of the member name.</summary>
    public static string DisplayName(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

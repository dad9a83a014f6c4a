using System.Collections.Immutable;
using System.Reflection;

namespace RunnerStrength.Engine.Binding;

/// <summary>The <see cref="Enumerable"/> methods expressions may call, looked up once by shape.</summary>
internal static class SequenceMethods
{
    public static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Any", "All", "Count", "Sum", "Min", "Max", "Average", "Where", "Select", "First", "FirstOrDefault",
        "Last", "LastOrDefault", "Contains", "Distinct", "OrderBy", "OrderByDescending", "Take", "Skip");

    // Each overload with its parameters, by name, read once: binding looks methods up for every call it binds.
    private static readonly Dictionary<string, (MethodInfo Method, ParameterInfo[] Parameters, int GenericArity)[]> ByName =
        typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => Names.Contains(m.Name))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => (m, m.GetParameters(), m.IsGenericMethodDefinition ? m.GetGenericArguments().Length : 0)).ToArray(), StringComparer.Ordinal);

    /// <summary>The canonical spelling of an allowed method name.</summary>
    public static string? Canonical(string name) => Names.TryGetValue(name, out var canonical) ? canonical : null;

    /// <summary>Finds a generic Enumerable method by name, parameter count and shape, and closes it over <paramref name="typeArguments"/>.</summary>
    public static MethodInfo? Find(string name, int parameterCount, Type[] typeArguments, Func<ParameterInfo[], bool> shape)
    {
        foreach (var (method, parameters, arity) in ByName.GetValueOrDefault(name) ?? [])
        {
            if (!method.IsGenericMethodDefinition || arity != typeArguments.Length)
            {
                continue;
            }

            if (parameters.Length == parameterCount && shape(parameters))
            {
                return method.MakeGenericMethod(typeArguments);
            }
        }

        return null;
    }

    /// <summary>Finds a non-generic numeric overload such as <c>Sum(IEnumerable&lt;int&gt;)</c>, or the generic one with a <c>Func&lt;T, number&gt;</c> selector.</summary>
    public static MethodInfo? FindNumeric(string name, Type element, Type? selectorResult)
    {
        foreach (var (method, parameters, arity) in ByName.GetValueOrDefault(name) ?? [])
        {
            if (selectorResult is null && !method.IsGenericMethodDefinition && parameters.Length == 1
                && parameters[0].ParameterType == typeof(IEnumerable<>).MakeGenericType(element))
            {
                return method;
            }

            if (selectorResult is not null && method.IsGenericMethodDefinition && arity == 1 && parameters.Length == 2)
            {
                var func = parameters[1].ParameterType;
                if (func.IsGenericType && func.GetGenericTypeDefinition() == typeof(Func<,>) && func.GetGenericArguments()[1] == selectorResult)
                {
                    return method.MakeGenericMethod(element);
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="method"/> is one of the allowed Enumerable methods (used by the safety walk).</summary>
    public static bool IsAllowed(MethodInfo method) => method.DeclaringType == typeof(Enumerable) && Names.Contains(method.Name);
}

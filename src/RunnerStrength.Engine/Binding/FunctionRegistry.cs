using System.Collections.Immutable;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// The functions a host adds to the expression language. Immutable: each <c>Add</c> returns a new registry.
/// A function is the only code an expression can reach beyond the built-in allow-list, so register only pure,
/// fast functions.
/// </summary>
public sealed class FunctionRegistry
{
    private readonly ImmutableDictionary<string, HostFunction> _functions;

    private FunctionRegistry(ImmutableDictionary<string, HostFunction> functions) => _functions = functions;

    /// <summary>No functions.</summary>
    public static FunctionRegistry Empty { get; } = new(ImmutableDictionary.Create<string, HostFunction>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The registered functions.</summary>
    public IEnumerable<HostFunction> Functions => _functions.Values;

    /// <summary>Adds a function of no arguments.</summary>
    public FunctionRegistry Add<TResult>(string name, Func<TResult> function) => AddCore(name, function);

    /// <summary>Adds a function of one argument.</summary>
    public FunctionRegistry Add<T1, TResult>(string name, Func<T1, TResult> function) => AddCore(name, function);

    /// <summary>Adds a function of two arguments.</summary>
    public FunctionRegistry Add<T1, T2, TResult>(string name, Func<T1, T2, TResult> function) => AddCore(name, function);

    /// <summary>Adds a function of three arguments.</summary>
    public FunctionRegistry Add<T1, T2, T3, TResult>(string name, Func<T1, T2, T3, TResult> function) => AddCore(name, function);

    /// <summary>Adds a function of four arguments.</summary>
    public FunctionRegistry Add<T1, T2, T3, T4, TResult>(string name, Func<T1, T2, T3, T4, TResult> function) => AddCore(name, function);

    /// <summary>Finds a function by name, ignoring case.</summary>
    public bool TryGet(string name, out HostFunction function) => _functions.TryGetValue(name, out function!);

    /// <summary>True when <paramref name="implementation"/> is one of this registry's delegates.</summary>
    internal bool Owns(Delegate implementation) => _functions.Values.Any(f => ReferenceEquals(f.Implementation, implementation));

    private FunctionRegistry AddCore(string name, Delegate function)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        if (!IsIdentifier(name))
        {
            throw new ArgumentException($"'{name}' is not a valid function name", nameof(name));
        }

        return new FunctionRegistry(_functions.SetItem(name, new HostFunction(name, function)));
    }

    private static bool IsIdentifier(string name) =>
        (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}

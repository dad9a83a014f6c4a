using System.Collections.Immutable;

namespace RunnerStrength.Engine.Binding;

/// <summary>A function a host made callable from expressions by name, with a typed delegate.</summary>
public sealed class HostFunction
{
    internal HostFunction(string name, Delegate implementation)
    {
        Name = name;
        Implementation = implementation;
        var invoke = implementation.GetType().GetMethod("Invoke")!;
        ParameterTypes = [.. invoke.GetParameters().Select(p => p.ParameterType)];
        ReturnType = invoke.ReturnType;
    }

    /// <summary>The name expressions call it by (case-insensitive).</summary>
    public string Name { get; }

    /// <summary>The delegate that runs.</summary>
    public Delegate Implementation { get; }

    /// <summary>The parameter types, in order.</summary>
    public ImmutableArray<Type> ParameterTypes { get; }

    /// <summary>The type of the value it returns.</summary>
    public Type ReturnType { get; }
}

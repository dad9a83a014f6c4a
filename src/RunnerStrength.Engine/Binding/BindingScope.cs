using System.Collections.Immutable;

namespace RunnerStrength.Engine.Binding;

/// <summary>What names an expression can see: inputs, global params, local params and host functions.</summary>
internal sealed record BindingScope(
    ImmutableArray<InputDeclaration> Inputs,
    ImmutableArray<(string Name, Type Type)> Globals,
    ImmutableArray<VariableSymbol> Locals,
    FunctionRegistry Functions)
{
    public static BindingScope ForInputs(ImmutableArray<InputDeclaration> inputs, FunctionRegistry functions) =>
        new(inputs, [], [], functions);

    public BindingScope WithGlobal(string name, Type type) => this with { Globals = Globals.Add((name, type)) };

    public BindingScope WithLocal(VariableSymbol local) => this with { Locals = Locals.Add(local) };

    /// <summary>Every name in scope, for "did you mean" suggestions.</summary>
    public IEnumerable<string> Names =>
        Inputs.Select(i => i.Name).Concat(Globals.Select(g => g.Name)).Concat(Locals.Select(l => l.Name));
}

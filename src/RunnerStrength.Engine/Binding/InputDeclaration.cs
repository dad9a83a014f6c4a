namespace RunnerStrength.Engine.Binding;

/// <summary>A named, typed input the host passes to a workflow, such as <c>order</c> of the host's order type.</summary>
public sealed record InputDeclaration(string Name, Type Type)
{
    /// <summary>Declares an input of type <typeparamref name="T"/>.</summary>
    public static InputDeclaration Of<T>(string name) => new(name, typeof(T));
}

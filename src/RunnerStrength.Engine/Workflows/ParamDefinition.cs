using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>A <c>GlobalParams</c> or <c>LocalParams</c> entry: a name bound to an expression, typed by that expression.</summary>
public sealed record ParamDefinition
{
    /// <summary><c>Name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the name is written.</summary>
    public required Location NameLocation { get; init; }

    /// <summary><c>Expression</c>.</summary>
    public required ExpressionText Expression { get; init; }
}

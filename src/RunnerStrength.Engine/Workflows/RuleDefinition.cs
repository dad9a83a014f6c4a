using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>One rule read from a rule file. A rule has either an <see cref="Expression"/> or child <see cref="Rules"/> combined by <see cref="Operator"/>.</summary>
public sealed record RuleDefinition
{
    /// <summary><c>RuleName</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the rule's name is written.</summary>
    public required Location NameLocation { get; init; }

    /// <summary>Where the rule object starts.</summary>
    public required Location Location { get; init; }

    /// <summary><c>Description</c> (our extension).</summary>
    public string? Description { get; init; }

    /// <summary><c>Enabled</c> (default true). A disabled rule is compiled and checked but never evaluated.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>Expression</c>, a boolean lambda body; null for a rule with child rules.</summary>
    public ExpressionText? Expression { get; init; }

    /// <summary><c>Operator</c> for child rules.</summary>
    public RuleOperator? Operator { get; init; }

    /// <summary>Child <c>Rules</c>.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; init; } = [];

    /// <summary><c>LocalParams</c>, evaluated in order before the expression.</summary>
    public ImmutableArray<ParamDefinition> LocalParams { get; init; } = [];

    /// <summary><c>SuccessEvent</c>.</summary>
    public string? SuccessEvent { get; init; }

    /// <summary><c>ErrorMessage</c>, split into literal text and <c>$(expr)</c> placeholders.</summary>
    public MessageTemplate? ErrorMessage { get; init; }

    /// <summary><c>Properties</c>: any JSON object, handed to the caller as outputs.</summary>
    public ImmutableDictionary<string, JsonElement> Properties { get; init; } = ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary><c>Actions.OnSuccess</c>.</summary>
    public ActionDefinition? OnSuccess { get; init; }

    /// <summary><c>Actions.OnFailure</c>.</summary>
    public ActionDefinition? OnFailure { get; init; }
}

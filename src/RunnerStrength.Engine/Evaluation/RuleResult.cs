using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>The outcome of one rule in one evaluation.</summary>
public sealed class RuleResult
{
    /// <summary>The rule's name.</summary>
    public required string RuleName { get; init; }

    /// <summary>True when the rule's expression (or its children, by its operator) held.</summary>
    public required bool IsSuccess { get; init; }

    /// <summary>Why the rule could not be evaluated (a null read, division by zero...), or null.</summary>
    public string? ExceptionMessage { get; init; }

    /// <summary>The rule's <c>ErrorMessage</c> with its placeholders filled, when the rule did not succeed.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The rule's <c>SuccessEvent</c>, when it succeeded.</summary>
    public string? SuccessEvent { get; init; }

    /// <summary>The rule's <c>Properties</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; init; } = ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary>The results of child rules, for a rule with an <c>Operator</c>.</summary>
    public IReadOnlyList<RuleResult> ChildResults { get; init; } = [];

    /// <summary>What the rule's action produced, when it has one for this outcome.</summary>
    public ActionResult? ActionResult { get; init; }

    /// <summary>Where the rule is written.</summary>
    public required Location Source { get; init; }

    /// <summary>The sub-expression values that decided the rule, when a trace was asked for.</summary>
    public IReadOnlyList<TraceEntry> Trace { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{RuleName}: {(IsSuccess ? "success" : "failure")}{(ExceptionMessage is null ? string.Empty : " (" + ExceptionMessage + ")")}";
}

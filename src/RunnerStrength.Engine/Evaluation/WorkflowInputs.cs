using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>The inputs an evaluation is given, checked and made ready for compiled code.</summary>
internal static class WorkflowInputs
{
    /// <summary>
    /// The values compiled code reads: each of a declared shape wrapped in its record (a copy of the array, then), the
    /// others as given. A value of the wrong type is the host's mistake: an <see cref="ArgumentException"/>.
    /// </summary>
    public static object?[] Prepare(string workflow, ImmutableArray<InputDeclaration> declared, object?[] inputs)
    {
        if (inputs.Length != declared.Length)
        {
            throw new ArgumentException($"workflow '{workflow}' takes {declared.Length} inputs ({string.Join(", ", declared.Select(i => i.Name))}), not {inputs.Length}", nameof(inputs));
        }

        var prepared = inputs;
        for (var i = 0; i < inputs.Length; i++)
        {
            var value = inputs[i];
            var type = declared[i].Type;
            if (value?.GetType() == type)
            {
                continue; // the common case, and never a shaped input (its declared type is the engine's own)
            }

            if (ShapedTypes.ShapeOf(type) is not null && value is not null && !type.IsInstanceOfType(value))
            {
                var source = DynamicSource.From(value)
                    ?? throw new ArgumentException($"input '{declared[i].Name}' of workflow '{workflow}' is declared as an object with members, not {value.GetType().Name}", nameof(inputs));
                prepared = ReferenceEquals(prepared, inputs) ? (object?[])inputs.Clone() : prepared;
                prepared[i] = ShapedRecord.Create(type, source, declared[i].Name);
                continue;
            }

            if (value is null ? !TypeFacts.CanBeNull(type) : !type.IsInstanceOfType(value))
            {
                throw new ArgumentException($"input '{declared[i].Name}' of workflow '{workflow}' must be {type.Name}, not {value?.GetType().Name ?? "null"}", nameof(inputs));
            }
        }

        return prepared;
    }

    /// <summary>
    /// The result of evaluating without <paramref name="missing"/>, as RulesEngine reports it: no exception, each rule
    /// fails with a message naming the input that was not given.
    /// </summary>
    public static WorkflowResult Missing(WorkflowDefinition workflow, ImmutableArray<InputDeclaration> declared, IReadOnlyList<string> missing)
    {
        var reads = string.Join(", ", declared.Select(i => i.Name));
        var results = workflow.Rules.Where(r => r.Enabled).Select(rule => new RuleResult
        {
            RuleName = rule.Name,
            IsSuccess = false,
            ExceptionMessage = string.Join(Environment.NewLine, missing.Select(name => new Diagnostic(DiagnosticCatalog.MissingInput, rule.Location, name, workflow.Name, reads).ToString())),
            Properties = rule.Properties,
            Source = rule.Location,
        });
        return new WorkflowResult(workflow.Name, [.. results]);
    }
}

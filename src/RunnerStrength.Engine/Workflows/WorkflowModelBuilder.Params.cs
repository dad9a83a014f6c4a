using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Engine.Workflows;

internal sealed partial class WorkflowModelBuilder
{
    private ImmutableArray<ParamDefinition> ReadParams(WorkflowObject owner, string listName)
    {
        var array = ReadArray(owner, listName);
        if (array is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ParamDefinition>();
        // Expressions find params in any case, so names that differ only in case would be ambiguous.
        var first = new Dictionary<string, ParamDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ObjectItems(array, listName))
        {
            var param = Open(item, WorkflowPropertyNames.Param);
            var name = ReadString(param, "Name");
            var expression = ReadString(param, "Expression");
            if (name is null || expression is null)
            {
                // A missing Name or Expression is reported by the schema.
                continue;
            }

            var definition = new ParamDefinition
            {
                Name = name.Value,
                NameLocation = At(name.Span),
                Expression = expression.ToExpressionText(_source),
            };

            if (first.TryGetValue(name.Value, out var earlier))
            {
                _diagnostics.Report(DiagnosticCatalog.DuplicateParam, definition.NameLocation, name.Value, earlier.NameLocation.ToString());
            }
            else
            {
                first.Add(name.Value, definition);
            }

            result.Add(definition);
        }

        return result.ToImmutable();
    }
}

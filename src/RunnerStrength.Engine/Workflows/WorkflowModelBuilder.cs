using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>
/// Builds the workflow model from the positioned JSON tree of one file, reporting what only the model can see
/// (wrong value kinds, invalid choices, rule shape, duplicates). On the way it writes every known property name
/// (and choice value) in its canonical case into a same-length copy of the text, for the case-sensitive schema check.
/// </summary>
internal sealed partial class WorkflowModelBuilder
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<TextSpan> _claimed = [];
    private readonly char[] _canonical;

    public WorkflowModelBuilder(SourceText source)
    {
        _source = source;
        _canonical = source.Text.ToCharArray();
        if (_canonical.Length > 0 && _canonical[0] == '\uFEFF')
        {
            // The schema checker does not skip a byte-order mark; a space keeps every position.
            _canonical[0] = ' ';
        }
    }

    /// <summary>The problems found while building.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    /// <summary>The text with known names and choices in canonical case; same length and layout as the source.</summary>
    public string CanonicalText => new(_canonical);

    /// <summary>The workflows of the file: one object or an array of them.</summary>
    public ImmutableArray<WorkflowDefinition> Build(JsonNodeSyntax root)
    {
        switch (root)
        {
            case JsonObjectSyntax workflow:
                return [ReadWorkflow(workflow)];
            case JsonArraySyntax list:
                var workflows = ImmutableArray.CreateBuilder<WorkflowDefinition>();
                for (var i = 0; i < list.Items.Length; i++)
                {
                    if (list.Items[i] is JsonObjectSyntax item)
                    {
                        workflows.Add(ReadWorkflow(item));
                    }
                    else
                    {
                        WrongKind($"[{i}]", list.Items[i], "a workflow object");
                    }
                }

                return workflows.ToImmutable();
            default:
                WrongKind(_source.Path, root, "a workflow object or an array of them");
                return [];
        }
    }

    /// <summary>True when <paramref name="position"/> lies in a value this builder already reported, so a schema message there would repeat it.</summary>
    public bool IsClaimed(int position) => _claimed.Exists(span => position >= span.Start && position <= span.End);

    private WorkflowObject Open(JsonObjectSyntax syntax, ImmutableArray<string> knownNames)
    {
        var properties = new Dictionary<string, JsonPropertySyntax>(StringComparer.Ordinal);
        var namesAsWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in syntax.Properties)
        {
            var written = property.Name.Value;
            var canonical = knownNames.FirstOrDefault(name => name.Equals(written, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                // Unknown names are left to the schema, which reports them with a suggestion.
                continue;
            }

            Canonicalize(property.Name, canonical);

            // The JSON parser reports a name written exactly the same twice; this catches the same name in another case.
            if (properties.ContainsKey(canonical) && !namesAsWritten.Contains(written))
            {
                Report(DiagnosticCatalog.DuplicateProperty, property.Name.Span, written);
            }

            namesAsWritten.Add(written);
            properties[canonical] = property;
        }

        return new WorkflowObject(syntax, properties);
    }

    private void Canonicalize(JsonStringSyntax written, string canonical)
    {
        // Only a name written without escapes has the raw length of its canonical form; others are left as written.
        if (written.Value != canonical && written.Span.Length - 2 == canonical.Length)
        {
            canonical.CopyTo(0, _canonical, written.Span.Start + 1, canonical.Length);
        }
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        _diagnostics.Report(descriptor, At(span), arguments);

    private void Claim(JsonNodeSyntax node) => _claimed.Add(node.Span);

    private Location At(TextSpan span) => new(_source, span);
}

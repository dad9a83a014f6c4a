using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Tools.Validation;

/// <summary>
/// A rule file given to <c>validate</c> without <c>--input</c> is read as a coach's: the coaching workflows get the
/// designer's inputs and any other workflow gets <c>athlete</c>. In a RulesEngine file the rules read <c>input1</c> or
/// names of the team's own, which nothing declared; rather than "'input1' is not defined" wherever it is read, validate
/// says what is missing once per workflow and name, at the first place it is read: RS4023, with the <c>--input</c> that
/// declares it.
/// </summary>
internal static class UndeclaredInputs
{
    public static IReadOnlyList<Diagnostic> Explain(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!diagnostics.Any(d => d.Descriptor == DiagnosticCatalog.UnknownName))
        {
            return diagnostics;
        }

        var workflows = WorkflowReader.ReadFiles([path]).Workflows;
        var said = new HashSet<(string Workflow, string Name)>();
        var explained = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor != DiagnosticCatalog.UnknownName || diagnostic.Arguments is not [string name, var suggestion, ..]
                || WorkflowAt(workflows, diagnostic) is not { } workflow || CoachingWorkflows.Inputs.ContainsKey(workflow))
            {
                explained.Add(diagnostic);
                continue;
            }

            if (said.Add((workflow, name)))
            {
                var hint = suggestion is string { Length: > 0 } didYouMean
                    ? $"{didYouMean} If '{name}' is an input, declare it"
                    : $"; if '{name}' is an input, declare it";
                explained.Add(new Diagnostic(
                    DiagnosticCatalog.UndeclaredInput,
                    diagnostic.Location,
                    name,
                    workflow,
                    $"{hint} with --input {name}=FILE, a sample JSON document or a JSON Schema of it (validate knows only the inputs of the coaching workflows)"));
            }
        }

        return explained;
    }

    // The workflow whose object holds the diagnostic's place in the file.
    private static string? WorkflowAt(IEnumerable<WorkflowDefinition> workflows, Diagnostic diagnostic) =>
        workflows.FirstOrDefault(w =>
            w.Location.Path == diagnostic.Location.Path
            && w.Location.Span.Start <= diagnostic.Location.Span.Start
            && diagnostic.Location.Span.End <= w.Location.Span.End)?.Name;
}

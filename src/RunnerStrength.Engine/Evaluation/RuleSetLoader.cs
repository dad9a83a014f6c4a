using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>The entry point for hosts: read rule files, check everything, and compile them once.</summary>
public static class RuleSetLoader
{
    /// <summary>Loads every <c>*.json</c> rule file in <paramref name="directory"/>.</summary>
    public static RuleSetLoadResult LoadDirectory(string directory, RuleSetOptions options) =>
        Compile(WorkflowReader.ReadDirectory(directory, options.MaxFileBytes), options, directory);

    /// <summary>Loads the given rule files.</summary>
    public static RuleSetLoadResult LoadFiles(IEnumerable<string> paths, RuleSetOptions options)
    {
        var list = paths.ToList();
        return Compile(WorkflowReader.ReadFiles(list, options.MaxFileBytes), options, string.Join(", ", list));
    }

    /// <summary>Loads rule files already in memory (each <see cref="SourceText.Path"/> is what messages show).</summary>
    public static RuleSetLoadResult Load(IEnumerable<SourceText> sources, RuleSetOptions options)
    {
        var workflows = ImmutableArray.CreateBuilder<WorkflowDefinition>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var source in sources)
        {
            var read = WorkflowReader.Read(source);
            workflows.AddRange(read.Workflows);
            diagnostics.AddRange(read.Diagnostics);
        }

        return Compile(new WorkflowReadResult(workflows.ToImmutable(), diagnostics.ToImmutable()), options, "the given sources");
    }

    /// <summary>Compiles workflows a host built or read itself.</summary>
    public static RuleSetLoadResult Compile(IReadOnlyList<WorkflowDefinition> workflows, RuleSetOptions options) =>
        RuleSetCompiler.Compile(workflows, options, []);

    private static RuleSetLoadResult Compile(WorkflowReadResult read, RuleSetOptions options, string where)
    {
        if (read.Workflows.IsEmpty)
        {
            var diagnostics = read.Diagnostics.Any(d => d.IsError)
                ? read.Diagnostics
                : read.Diagnostics.Add(new Diagnostic(DiagnosticCatalog.EmptyRuleSet, Location.None, where));
            return new RuleSetLoadResult(null, diagnostics);
        }

        return RuleSetCompiler.Compile(read.Workflows, options, read.Diagnostics);
    }
}

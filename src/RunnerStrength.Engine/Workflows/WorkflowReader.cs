using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>
/// Reads rule files (RulesEngine's workflow format, property names in any case) into the workflow model, keeping the
/// position of every node and reporting every problem of a file in one run. Never throws for a mistake in a file.
/// </summary>
public static class WorkflowReader
{
    /// <summary>
    /// How deeply a rule file may nest objects and arrays. The schema check reads the file with Newtonsoft.Json, whose
    /// default limit is 64; stopping at the same depth gives one clear message instead of a reader failure.
    /// </summary>
    internal const int MaxNesting = 64;

    /// <summary>Reads the workflows of one text: a workflow object or an array of them.</summary>
    public static WorkflowReadResult Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new DiagnosticBag();
        var workflows = ReadSource(source, diagnostics);
        return new WorkflowReadResult(workflows, diagnostics.ToSortedImmutable());
    }

    /// <summary>Reads each file in the order given; messages show the paths as given, with forward slashes.</summary>
    public static WorkflowReadResult ReadFiles(IEnumerable<string> paths) => ReadFiles(paths, InputFile.DefaultMaxBytes);

    /// <summary>Reads each file in the order given, refusing any larger than <paramref name="maxFileBytes"/> (RS9006).</summary>
    public static WorkflowReadResult ReadFiles(IEnumerable<string> paths, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new DiagnosticBag();
        var workflows = ImmutableArray.CreateBuilder<WorkflowDefinition>();
        foreach (var path in paths)
        {
            ReadFile(path, RuleFileText.Display(path), maxFileBytes, workflows, diagnostics);
        }

        return new WorkflowReadResult(workflows.ToImmutable(), diagnostics.ToSortedImmutable());
    }

    /// <summary>Reads every <c>*.json</c> file directly in <paramref name="directory"/> (not its subfolders), by ordinal file name.</summary>
    public static WorkflowReadResult ReadDirectory(string directory) => ReadDirectory(directory, InputFile.DefaultMaxBytes);

    /// <summary>Reads every <c>*.json</c> file directly in <paramref name="directory"/>, refusing any larger than <paramref name="maxFileBytes"/> (RS9006).</summary>
    public static WorkflowReadResult ReadDirectory(string directory, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var diagnostics = new DiagnosticBag();
        var workflows = ImmutableArray.CreateBuilder<WorkflowDefinition>();
        var files = RuleFileText.ListJsonFiles(directory, RuleFileText.Display(directory), diagnostics) ?? [];
        foreach (var (path, display) in files)
        {
            ReadFile(path, display, maxFileBytes, workflows, diagnostics);
        }

        return new WorkflowReadResult(workflows.ToImmutable(), diagnostics.ToSortedImmutable());
    }

    private static void ReadFile(string path, string display, long maxFileBytes, ImmutableArray<WorkflowDefinition>.Builder workflows, DiagnosticBag diagnostics)
    {
        if (RuleFileText.Load(path, display, maxFileBytes, diagnostics) is { } source)
        {
            workflows.AddRange(ReadSource(source, diagnostics));
        }
    }

    private static ImmutableArray<WorkflowDefinition> ReadSource(SourceText source, DiagnosticBag diagnostics)
    {
        var parsed = JsonParser.Parse(source, MaxNesting);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Root is null)
        {
            return [];
        }

        var builder = new WorkflowModelBuilder(source);
        var workflows = builder.Build(parsed.Root);

        // The builder's messages are the more specific; a schema message inside a value it reported would repeat it.
        diagnostics.AddRange(WorkflowSchema.Validate(source, parsed.Root, builder.CanonicalText)
            .Where(d => !builder.IsClaimed(d.Location.Span.Start)));
        diagnostics.AddRange(builder.Diagnostics);
        return workflows;
    }
}

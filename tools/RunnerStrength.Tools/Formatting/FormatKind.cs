using System.Text.Json;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Tools.Formatting;

/// <summary>The kinds of file <c>fmt</c> lays out, each after its own schema.</summary>
internal enum FormatKind
{
    /// <summary>A rule file: a workflow, or a list of them (<c>workflow.schema.json</c>); strict JSON.</summary>
    RuleFile,

    /// <summary>A rule set's <c>ruleset.json</c> (<c>ruleset.schema.json</c>); strict JSON.</summary>
    Manifest,

    /// <summary>An exercise catalog (<c>exercises.schema.json</c>); comments and trailing commas allowed.</summary>
    Catalog,

    /// <summary>An athlete profile (<c>athlete.schema.json</c>); comments and trailing commas allowed.</summary>
    Athlete,

    /// <summary>A scenario test (<c>scenario.schema.json</c>); comments and trailing commas allowed.</summary>
    Scenario,
}

/// <summary>Tells what kind a file is, and what that kind's schema and JSON dialect are.</summary>
internal static class FormatKinds
{
    private static readonly Lazy<SchemaOrder> Athlete = new(() => SchemaOrder.Of(CoachingSchemas.Athlete));

    private static readonly Dictionary<FormatKind, Lazy<SchemaOrder>> Schemas = new()
    {
        [FormatKind.RuleFile] = new(() => SchemaOrder.Of(WorkflowSchema.Text)),
        [FormatKind.Manifest] = new(() => SchemaOrder.Of(CoachingSchemas.Load("ruleset.schema.json"))),
        [FormatKind.Catalog] = new(() => SchemaOrder.Of(CoachingSchemas.Exercises)),
        [FormatKind.Athlete] = Athlete,

        // A scenario's athlete is a path or a whole profile written inline, laid out as a profile file is.
        [FormatKind.Scenario] = new(() => SchemaOrder.Of(CoachingSchemas.Load("scenario.schema.json")).WithMember("athlete", Athlete.Value)),
    };

    private static readonly (string File, FormatKind Kind)[] SchemaFiles =
    [
        ("workflow.schema.json", FormatKind.RuleFile),
        ("ruleset.schema.json", FormatKind.Manifest),
        ("exercises.schema.json", FormatKind.Catalog),
        ("athlete.schema.json", FormatKind.Athlete),
        ("scenario.schema.json", FormatKind.Scenario),
    ];

    private static readonly Dictionary<string, FormatKind> BySchemaFile = SchemaFiles.ToDictionary(s => s.File, s => s.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>The schema whose property order the kind's files follow.</summary>
    public static SchemaOrder Schema(FormatKind kind) => Schemas[kind].Value;

    /// <summary>True when the kind's reader takes comments and trailing commas (System.Text.Json's, set to skip them).</summary>
    public static bool AllowsComments(FormatKind kind) => kind is FormatKind.Catalog or FormatKind.Athlete or FormatKind.Scenario;

    /// <summary>
    /// What the file is: <c>ruleset.json</c> by its name; else the schema its <c>$schema</c> names; else its content
    /// (<c>WorkflowName</c> a rule file, <c>exercises</c> a catalog, <c>expect</c> a scenario, <c>name</c>, <c>level</c>
    /// and <c>week</c> an athlete). Null for any other JSON, such as a schema or a plan. <paramref name="document"/> is null
    /// when the text could not be read, and then the words in it decide, so its error is reported by the right reader.
    /// </summary>
    public static FormatKind? Of(string path, LayoutDocument? document, string text)
    {
        if (string.Equals(Path.GetFileName(path), CoachingRules.ManifestFileName, StringComparison.OrdinalIgnoreCase))
        {
            return FormatKind.Manifest;
        }

        if (document is null)
        {
            return Guess(text);
        }

        var first = document.Root switch
        {
            LayoutContainer { IsObject: true } root => root,
            LayoutContainer { IsObject: false, Entries: [{ Value: LayoutContainer { IsObject: true } item }, ..] } => item,
            _ => null,
        };
        if (first is null)
        {
            return null;
        }

        var names = first.Entries.Select(e => e.Name).OfType<string>().ToList();
        if (first.Entries.FirstOrDefault(e => e.Name == "$schema")?.Value is LayoutScalar { Text: ['"', ..] } schema
            && BySchemaFile.TryGetValue(SchemaFileName(schema.Text), out var named))
        {
            return named;
        }

        return names.Contains("WorkflowName", StringComparer.OrdinalIgnoreCase) ? FormatKind.RuleFile
            : names.Contains("exercises", StringComparer.Ordinal) ? FormatKind.Catalog
            : names.Contains("expect", StringComparer.Ordinal) ? FormatKind.Scenario
            : names.Contains("name", StringComparer.Ordinal) && names.Contains("level", StringComparer.Ordinal) && names.Contains("week", StringComparer.Ordinal) ? FormatKind.Athlete
            : null;
    }

    private static string SchemaFileName(string quoted)
    {
        string value;
        try
        {
            value = JsonSerializer.Deserialize<string>(quoted) ?? string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }

        var cut = value.IndexOfAny(['#', '?']);
        value = cut >= 0 ? value[..cut] : value;
        return value[(value.LastIndexOfAny(['/', '\\']) + 1)..];
    }

    // Text that is not JSON: the words in it.
    private static FormatKind? Guess(string text)
    {
        foreach (var (file, kind) in SchemaFiles)
        {
            if (text.Contains(file, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return text.Contains("\"WorkflowName\"", StringComparison.OrdinalIgnoreCase) ? FormatKind.RuleFile
            : text.Contains("\"expect\"", StringComparison.Ordinal) ? FormatKind.Scenario
            : text.Contains("\"exercises\"", StringComparison.Ordinal) ? FormatKind.Catalog
            : null;
    }
}

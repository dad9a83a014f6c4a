using System.Text;
using System.Text.Json;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Validation;

/// <summary>One thing to validate: a rule-set folder, or a file of a known kind.</summary>
internal sealed record ValidationTarget(ValidationKind Kind, string Path)
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// What <paramref name="path"/> is: a folder with a manifest or rule files is a rule set, any other folder the
    /// files in it; a file beside a manifest belongs to that rule set; otherwise the file's content decides
    /// ("WorkflowName" a rule file, "exercises" a catalog, "expect" a scenario, anything else an athlete).
    /// </summary>
    public static IEnumerable<ValidationTarget> Of(string path) => Of(path, DeclaredInputs.None);

    /// <summary>
    /// As <see cref="Of(string)"/>, telling a folder of Microsoft RulesEngine files from a coaching rule set: a folder
    /// without a manifest whose rule files name no coaching workflow (or any such folder when <paramref name="inputs"/>
    /// declares inputs, <c>validate --input</c>) gives its rule files, each validated as a RulesEngine file, and nothing
    /// else in it (the samples and schemas of the inputs may sit beside them).
    /// </summary>
    public static IEnumerable<ValidationTarget> Of(string path, DeclaredInputs inputs)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray();
            var manifest = File.Exists(System.IO.Path.Combine(path, CoachingRules.ManifestFileName));
            var ruleFiles = files.Where(f => !inputs.Files.Contains(System.IO.Path.GetFullPath(f)) && KindOfContent(f) == ValidationKind.RuleFile).ToArray();
            if (!manifest && ruleFiles.Length > 0 && (inputs.Any || !ruleFiles.Any(NamesACoachingWorkflow)))
            {
                return ruleFiles.Select(f => new ValidationTarget(ValidationKind.RuleFile, f));
            }

            if (manifest || ruleFiles.Length > 0)
            {
                return [new ValidationTarget(ValidationKind.RuleSet, path)];
            }

            return files.Select(OfFile);
        }

        return [OfFile(path)];
    }

    // True when a workflow of the file has the name of one the designer evaluates (a coach's file, whatever else it holds).
    private static bool NamesACoachingWorkflow(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file).TrimStart('\uFEFF'), Lenient);
            var root = document.RootElement;
            IEnumerable<JsonElement> workflows = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : [root];
            return workflows.Any(w => w.ValueKind == JsonValueKind.Object && w.TryGetProperty("WorkflowName", out var name)
                && name.ValueKind == JsonValueKind.String && CoachingWorkflows.Inputs.ContainsKey(name.GetString()!));
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // Unreadable here: the rule set's own reader reports why.
            return true;
        }
    }

    private static ValidationTarget OfFile(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file)) ?? ".";
        if (File.Exists(System.IO.Path.Combine(folder, CoachingRules.ManifestFileName)))
        {
            return new ValidationTarget(ValidationKind.RuleSet, DisplayFolder(file));
        }

        var kind = KindOfContent(file);
        return kind == ValidationKind.RuleFile && File.Exists(System.IO.Path.Combine(folder, "exercises.json"))
            ? new ValidationTarget(ValidationKind.RuleSet, DisplayFolder(file))
            : new ValidationTarget(kind, file);
    }

    /// <summary>The folder of a file as the user would write it (relative when the file was given relative).</summary>
    private static string DisplayFolder(string file) => System.IO.Path.GetDirectoryName(file) is { Length: > 0 } folder ? folder : ".";

    private static ValidationKind KindOfContent(string file)
    {
        // Bounded and for regular files only, like every reader: the reader of the default kind reports why not.
        if (InputFile.ReadBytes(file, file, Location.None, InputFile.DefaultMaxBytes, new DiagnosticBag()) is not { } bytes)
        {
            return ValidationKind.Athlete;
        }

        var text = Encoding.UTF8.GetString(bytes);

        try
        {
            using var document = JsonDocument.Parse(text.TrimStart('\uFEFF'), Lenient);
            var root = document.RootElement;
            var first = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 ? root[0] : root;
            return first.ValueKind != JsonValueKind.Object ? ValidationKind.Athlete
                : first.TryGetProperty("WorkflowName", out _) ? ValidationKind.RuleFile
                : first.TryGetProperty("exercises", out _) ? ValidationKind.Catalog
                : first.TryGetProperty("expect", out _) ? ValidationKind.Scenario
                : ValidationKind.Athlete;
        }
        catch (JsonException)
        {
            // Broken JSON: guess from the words in it, so the syntax error is reported by the right reader.
            return text.Contains("\"WorkflowName\"", StringComparison.Ordinal) ? ValidationKind.RuleFile
                : text.Contains("\"expect\"", StringComparison.Ordinal) ? ValidationKind.Scenario
                : text.Contains("\"exercises\"", StringComparison.Ordinal) ? ValidationKind.Catalog
                : ValidationKind.Athlete;
        }
    }
}

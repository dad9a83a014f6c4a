using System.Collections.Immutable;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Tools.Validation;

/// <summary>
/// Runs the checks each kind of target needs and gathers every problem into one report. Rule files outside a coaching
/// rule set are RulesEngine files when <paramref name="inputs"/> declares their inputs: they are then loaded together,
/// as a host loads its workflows into one RulesEngine, so EvaluateRule and WorkflowsToInject may cross files.
/// </summary>
internal sealed class Validator(string? catalogRules, DeclaredInputs inputs)
{
    private readonly Lazy<ExerciseCatalog?> _catalog = new(() => LoadCatalog(catalogRules));

    public Validator(string? catalogRules)
        : this(catalogRules, DeclaredInputs.None)
    {
    }

    /// <summary>
    /// Validates <paramref name="targets"/>. Athletes are also checked against the catalog of the rules in
    /// <c>catalogRules</c> (unknown history exercises) when that rule set loads.
    /// </summary>
    public ValidationReport Run(IEnumerable<ValidationTarget> targets)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        var all = targets.Distinct().ToList();
        if (inputs.Any && all.Where(t => t.Kind == ValidationKind.RuleFile).Select(t => t.Path).ToList() is { Count: > 0 } ruleFiles)
        {
            var found = RuleSetLoader.LoadFiles(ruleFiles, new RuleSetOptions { Inputs = inputs.Inputs }).Diagnostics;
            diagnostics.AddRange(found);
            files.UnionWith(ruleFiles.Concat(found.Where(d => !d.Location.IsNone).Select(d => d.Location.Path)).Select(Path.GetFullPath));
            all.RemoveAll(t => t.Kind == ValidationKind.RuleFile);
        }

        foreach (var target in all)
        {
            var found = Check(target);
            diagnostics.AddRange(found);
            foreach (var file in FilesOf(target).Concat(found.Where(d => !d.Location.IsNone).Select(d => d.Location.Path)))
            {
                files.Add(Path.GetFullPath(file));
            }
        }

        var ordered = diagnostics
            .DistinctBy(d => d.ToString())
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.IsNone ? 0 : d.Location.Line)
            .ThenBy(d => d.Location.IsNone ? 0 : d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ValidationReport(ordered, files.Count);
    }

    private IReadOnlyList<Diagnostic> Check(ValidationTarget target) => target.Kind switch
    {
        ValidationKind.RuleSet => CoachingRules.Load(target.Path).Diagnostics,
        ValidationKind.RuleFile => UndeclaredInputs.Explain(target.Path, RuleSetLoader.LoadFiles([target.Path], CoachingRules.CompileOptions).Diagnostics),
        ValidationKind.Catalog => ExerciseCatalog.ReadFile(target.Path).Diagnostics,
        ValidationKind.Scenario => ScenarioReader.ReadFile(target.Path).Diagnostics,
        _ => CheckAthlete(target.Path),
    };

    private IReadOnlyList<Diagnostic> CheckAthlete(string path)
    {
        var read = AthleteProfileReader.ReadFile(path);
        return read.Profile is { } profile && _catalog.Value is { } catalog
            ? [.. read.Diagnostics, .. AthleteProfileReader.CheckAgainstCatalog(profile, read.Source, catalog)]
            : read.Diagnostics;
    }

    private static IEnumerable<string> FilesOf(ValidationTarget target) =>
        target.Kind == ValidationKind.RuleSet && Directory.Exists(target.Path)
            ? Directory.GetFiles(target.Path, "*.json")
            : File.Exists(target.Path) ? [target.Path] : [];

    private static ExerciseCatalog? LoadCatalog(string? rules) =>
        rules is null || !Directory.Exists(rules) ? null : CoachingRules.Load(rules).Rules?.Catalog;
}

using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>
/// A coaching rule set ready for the designer: the compiled workflows, the exercise catalog, and every rule's
/// decision read and checked. Immutable; load once, design many plans.
/// </summary>
public sealed class CoachingRules
{
    /// <summary>The manifest file that names the catalog and, for a variant, the rule set it extends.</summary>
    public const string ManifestFileName = "ruleset.json";

    private readonly ImmutableDictionary<RuleDefinition, RuleDecision> _decisions;
    private readonly Dictionary<string, DesignerWorkflow> _designer = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ExerciseFacts> _exerciseFacts = new(StringComparer.Ordinal);

    static CoachingRules() => CoachingNativeTypes.Include();

    private CoachingRules(string directory, CompiledRuleSet ruleSet, ExerciseCatalog catalog, ImmutableDictionary<RuleDefinition, RuleDecision> decisions, RuleSetLayout layout)
    {
        var (description, loadableEquipment, qualityRuns) = (layout.Description, layout.LoadableEquipment, layout.QualityRuns);
        Directory = directory;
        Extends = layout.Extends;
        OwnOverrides = layout.OwnOverrides;
        LoadableEquipment = loadableEquipment;
        QualityRuns = qualityRuns;
        RuleSet = ruleSet;
        Catalog = catalog;
        _decisions = decisions;
        Description = description;
        foreach (var exercise in catalog.Exercises)
        {
            _exerciseFacts.Add(exercise.Id, ExerciseFacts.From(exercise, loadableEquipment));
        }

        ExercisesByPattern = catalog.Exercises.ToLookup(e => e.Pattern);
        foreach (var name in CoachingWorkflows.Inputs.Keys)
        {
            _designer[name] = new DesignerWorkflow(ruleSet[name], DecisionOf, CompileOptions.Limits);
        }

        Backend = EvaluationBackend.BuiltIn;
        Evaluator = Backend.Prepare(this);
    }

    // The same rule set, evaluated by another backend: everything read at load is shared.
    private CoachingRules(CoachingRules other, EvaluationBackend backend)
    {
        Directory = other.Directory;
        LoadableEquipment = other.LoadableEquipment;
        QualityRuns = other.QualityRuns;
        RuleSet = other.RuleSet;
        Catalog = other.Catalog;
        Description = other.Description;
        ExercisesByPattern = other.ExercisesByPattern;
        _decisions = other._decisions;
        _designer = other._designer;
        _exerciseFacts = other._exerciseFacts;
        Backend = backend;
        Evaluator = backend.Prepare(this) ?? throw new InvalidOperationException($"the {backend.Name} backend prepared no evaluator");
    }

    /// <summary>The folder the rule set was loaded from.</summary>
    public string Directory { get; }

    /// <summary>The folder of the rule set this one extends (its manifest's <c>extends</c>), or null for a rule set of its own.</summary>
    public string? Extends { get; }

    /// <summary>
    /// The rule files of this rule set's own folder that replace a file of the same name of the rule set it extends:
    /// each as this set's file and the file it replaces (display paths). Empty for a rule set that extends none.
    /// </summary>
    public ImmutableArray<RuleFileOverride> OwnOverrides { get; }

    /// <summary>What ruleset.json says the rule set is.</summary>
    public string? Description { get; }

    /// <summary>Equipment that carries load (ruleset.json's <c>loadableEquipment</c>): an exercise using any of it is <c>exercise.loadable</c>.</summary>
    public ImmutableSortedSet<string> LoadableEquipment { get; }

    /// <summary>The run kinds that are quality runs (ruleset.json's <c>qualityRuns</c>): they make <c>day.isQuality</c> and its relatives.</summary>
    public ImmutableSortedSet<RunKind> QualityRuns { get; }

    /// <summary>The compiled workflows.</summary>
    public CompiledRuleSet RuleSet { get; }

    /// <summary>What evaluates the workflows for the designer: <see cref="EvaluationBackend.BuiltIn"/> unless <see cref="WithBackend"/> chose another.</summary>
    public EvaluationBackend Backend { get; }

    /// <summary>The evaluator <see cref="Backend"/> prepared for this rule set.</summary>
    internal WorkflowEvaluator Evaluator { get; }

    /// <summary>
    /// This rule set with its workflows evaluated by <paramref name="backend"/> (such as Microsoft RulesEngine) instead
    /// of <see cref="Backend"/>; the catalog, the decisions and the compiled workflows are shared, not read again.
    /// </summary>
    public CoachingRules WithBackend(EvaluationBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return ReferenceEquals(backend, Backend) ? this : new CoachingRules(this, backend);
    }

    /// <summary>The exercise catalog.</summary>
    public ExerciseCatalog Catalog { get; }

    /// <summary>The options every coaching rule set is compiled with: the designer's inputs per workflow.</summary>
    public static RuleSetOptions CompileOptions { get; } = new RuleSetOptions
    {
        // A workflow of the coach's own (for EvaluateRule) sees the athlete.
        Inputs = [Engine.Binding.InputDeclaration.Of<AthleteProfile>("athlete")],
        WorkflowInputs = CoachingWorkflows.Inputs,
    };

    /// <summary>The decision of a rule (empty for rules outside the designer's workflows).</summary>
    public RuleDecision DecisionOf(RuleDefinition rule) => _decisions.TryGetValue(rule, out var decision) ? decision : new RuleDecision();

    /// <summary>The catalog's exercises by movement pattern, in catalog order.</summary>
    internal ILookup<MovementPattern, Exercise> ExercisesByPattern { get; }

    /// <summary>The facts of a catalog exercise before a plan uses it (made once per rule set).</summary>
    internal ExerciseFacts FactsOf(Exercise exercise) => _exerciseFacts[exercise.Id];

    /// <summary>One of the designer's workflows (<see cref="CoachingWorkflows"/>), with its rules' decisions.</summary>
    internal DesignerWorkflow Designer(string workflow) => _designer[workflow];

    /// <summary>Loads the rule set in <paramref name="directory"/>, following its manifest's <c>extends</c>.</summary>
    public static CoachingRulesLoadResult Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var display = PathDisplay.Of(directory);
        if (File.Exists(directory))
        {
            diagnostics.Report(DiagnosticCatalog.WrongPathKind, Location.None, display, "a file", "a folder of rule files");
            return new CoachingRulesLoadResult(null, diagnostics.ToImmutable());
        }

        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, Location.None, display);
            return new CoachingRulesLoadResult(null, diagnostics.ToImmutable());
        }

        var layout = RuleSetLayout.Resolve(directory, diagnostics);
        if (layout is null)
        {
            return new CoachingRulesLoadResult(null, diagnostics.ToSortedImmutable());
        }

        // The catalog and the workflows are independent: read the catalog on another core while the workflows compile
        // (loading is most of a one-plan run).
        var readingCatalog = Task.Run(() => ExerciseCatalog.ReadFile(layout.CatalogPath));
        var loaded = RuleSetLoader.LoadFiles(layout.WorkflowFiles, CompileOptions);
        var catalogRead = readingCatalog.GetAwaiter().GetResult();
        diagnostics.AddRange(catalogRead.Diagnostics);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.RuleSet is null || catalogRead.Catalog is null)
        {
            return new CoachingRulesLoadResult(null, diagnostics.ToSortedImmutable());
        }

        var catalog = catalogRead.Catalog;
        var decisions = ImmutableDictionary.CreateBuilder<RuleDefinition, RuleDecision>(ReferenceEqualityComparer.Instance);
        var reader = new RuleDecisionReader(diagnostics, catalog.Contains, _ => catalog.Exercises.Select(e => e.Id));
        foreach (var (name, _) in CoachingWorkflows.Inputs.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (!loaded.RuleSet.TryGetWorkflow(name, out var workflow))
            {
                diagnostics.Report(CoachingDiagnostics.MissingWorkflow, new Location(SourceText.From(string.Empty, layout.DisplayDirectory), default), name, Describe(name));
                continue;
            }

            foreach (var rule in Flatten(workflow.Definition.Rules))
            {
                decisions[rule] = reader.Read(workflow.Name, rule);
            }
        }

        var result = diagnostics.ToSortedImmutable();
        return result.Any(d => d.IsError)
            ? new CoachingRulesLoadResult(null, result)
            : new CoachingRulesLoadResult(new CoachingRules(layout.DisplayDirectory, loaded.RuleSet, catalog, decisions.ToImmutable(), layout), result);
    }

    private static IEnumerable<RuleDefinition> Flatten(IEnumerable<RuleDefinition> rules) => rules.SelectMany(r => Flatten(r.Rules).Prepend(r));

    private static string Describe(string workflow) => workflow switch
    {
        CoachingWorkflows.Phase => "it to decide each week's phase",
        CoachingWorkflows.Deload => "it to decide deload weeks",
        CoachingWorkflows.Volume => "it to decide sessions per week",
        CoachingWorkflows.Adjustments => "it to adjust a week (it may be empty of rules)",
        CoachingWorkflows.Budget => "it to decide the week's hard sets per movement pattern",
        CoachingWorkflows.Placement => "it to place sessions in the running week",
        CoachingWorkflows.SessionPlan => "it to decide what a session holds",
        CoachingWorkflows.SessionExtras => "it to add plyometrics and injury work (it may be empty of rules)",
        CoachingWorkflows.ExerciseChoice => "it to choose exercises",
        CoachingWorkflows.Dose => "it to decide sets, reps and rest",
        CoachingWorkflows.Progression => "it to progress exercises from the history",
        CoachingWorkflows.WeeklyProgression => "it to move exercises forward week by week",
        CoachingWorkflows.Retest => "it to place re-test weeks (it may be empty of rules)",
        _ => "it to estimate how long work takes",
    };
}

/// <summary>A loaded coaching rule set, or why it could not be loaded.</summary>
public sealed record CoachingRulesLoadResult(CoachingRules? Rules, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the rule set loaded.</summary>
    public bool Succeeded => Rules is not null;
}

/// <summary>A rule file of a variant that replaces the file of the same name of the rule set it extends (display paths).</summary>
public sealed record RuleFileOverride(string File, string Replaces);

/// <summary>Which files make up a rule set once its manifest's <c>extends</c> chain is followed.</summary>
internal sealed record RuleSetLayout(string DisplayDirectory, string CatalogPath, ImmutableArray<string> WorkflowFiles, string? Description, ImmutableSortedSet<string> LoadableEquipment, ImmutableSortedSet<RunKind> QualityRuns)
{
    /// <summary>The folder of the rule set the first manifest extends, or null.</summary>
    public string? Extends { get; init; }

    /// <summary>The first folder's rule files that replace a file of the same name further down the chain, with the file replaced.</summary>
    public ImmutableArray<RuleFileOverride> OwnOverrides { get; init; } = [];

    private const int MaxExtendsDepth = 8;

    public static RuleSetLayout? Resolve(string directory, DiagnosticBag diagnostics)
    {
        var chain = new List<(string Directory, Manifest Manifest)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = directory;
        while (true)
        {
            var full = Path.GetFullPath(current);
            if (!seen.Add(full) || chain.Count >= MaxExtendsDepth)
            {
                diagnostics.Report(CoachingDiagnostics.Manifest, Location.None, $"'extends' in {PathDisplay.Of(Path.Combine(current, CoachingRules.ManifestFileName))} loops back or goes deeper than {MaxExtendsDepth} rule sets");
                return null;
            }

            var manifest = Manifest.Read(current, diagnostics);
            if (manifest is null)
            {
                return null;
            }

            chain.Add((current, manifest));
            if (manifest.Extends is null)
            {
                break;
            }

            var next = Path.Combine(current, manifest.Extends);
            if (!System.IO.Directory.Exists(next))
            {
                diagnostics.Report(CoachingDiagnostics.Manifest, manifest.Location, $"'extends' names '{manifest.Extends}', which is not a folder ({PathDisplay.Of(next)})");
                return null;
            }

            current = next;
        }

        // The base comes first; each extending set replaces the base's files of the same name.
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var overrides = ImmutableArray.CreateBuilder<RuleFileOverride>();
        string? catalog = null;
        var loadable = ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);
        ImmutableSortedSet<RunKind>? quality = null;
        foreach (var (dir, manifest) in Enumerable.Reverse(chain))
        {
            if (manifest.QualityRuns is { } runs)
            {
                quality = [.. runs];
            }

            if (manifest.LoadableEquipment is { } words)
            {
                loadable = [.. words];
            }

            if (manifest.Catalog is not null)
            {
                catalog = Path.Combine(dir, manifest.Catalog);
            }

            foreach (var file in System.IO.Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name == CoachingRules.ManifestFileName || (manifest.Catalog is not null && name == Path.GetFileName(manifest.Catalog)) || name == "exercises.json")
                {
                    continue;
                }

                if (dir == chain[0].Directory && chain.Count > 1 && files.TryGetValue(name, out var replaced))
                {
                    overrides.Add(new RuleFileOverride(PathDisplay.Of(file), replaced));
                }

                files[name] = PathDisplay.Of(file);
            }
        }

        catalog ??= Path.Combine(chain[^1].Directory, "exercises.json");
        if (quality is null)
        {
            diagnostics.Report(CoachingDiagnostics.Manifest, Location.None, $"{PathDisplay.Of(Path.Combine(chain[^1].Directory, CoachingRules.ManifestFileName))} must name the quality run kinds in 'qualityRuns', such as [\"tempo\", \"intervals\", \"hills\", \"race-pace\"]");
            return null;
        }

        return new RuleSetLayout(PathDisplay.Of(directory), PathDisplay.Of(catalog), [.. files.Values], chain[0].Manifest.Description, loadable, quality)
        {
            Extends = chain.Count > 1 ? PathDisplay.Of(chain[1].Directory) : null,
            OwnOverrides = overrides.ToImmutable(),
        };
    }

    /// <summary>ruleset.json: optional; names the catalog, what the set extends, and what it is.</summary>
    internal sealed record Manifest(string? Catalog, string? Extends, string? Description, ImmutableArray<string>? LoadableEquipment, ImmutableArray<RunKind>? QualityRuns, Location Location)
    {
        public static Manifest? Read(string directory, DiagnosticBag diagnostics)
        {
            var path = Path.Combine(directory, CoachingRules.ManifestFileName);
            if (!File.Exists(path))
            {
                return new Manifest(null, null, null, null, null, Location.None);
            }

            if (JsonSourceFile.Read(path, PathDisplay.Of(path), diagnostics) is not { } source)
            {
                return null;
            }

            var problems = JsonSchemaValidator.FromSchemaText(CoachingSchemas.Load("ruleset.schema.json")).Validate(source);
            diagnostics.AddRange(problems);
            if (problems.Any(p => p.IsError))
            {
                return null;
            }

            // ruleset.json is strict JSON, as the workflow files beside it are: a comment or a trailing comma, which
            // the schema check reads past, is reported where it is.
            using var document = ParseStrict(source, diagnostics);
            if (document is null)
            {
                return null;
            }

            var root = document.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            ImmutableArray<string>? loadable = root.TryGetProperty("loadableEquipment", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(e => e.GetString()!)]
                : null;
            ImmutableArray<RunKind>? quality = root.TryGetProperty("qualityRuns", out var kinds) && kinds.ValueKind == JsonValueKind.Array
                ? [.. kinds.EnumerateArray().Select(e => EnumText.TryParse(typeof(RunKind), e.GetString()!, out var kind) ? (RunKind)kind! : default)]
                : null;
            return new Manifest(Text("catalog"), Text("extends"), Text("description"), loadable, quality, new Location(source, new TextSpan(0, 1)));
        }

        private static JsonDocument? ParseStrict(SourceText source, DiagnosticBag diagnostics)
        {
            try
            {
                return JsonDocument.Parse(source.Text);
            }
            catch (JsonException ex)
            {
                var position = source.GetPosition(new LinePosition((int)Math.Max(0, ex.LineNumber ?? 0), (int)Math.Max(0, ex.BytePositionInLine ?? 0)));
                diagnostics.Report(DiagnosticCatalog.InvalidJson, new Location(source, new TextSpan(position, 0)), CoachingJson.WithoutPosition(ex.Message));
                return null;
            }
        }
    }
}

/// <summary>Paths as messages show them: relative to the working folder when inside it, with forward slashes.</summary>
public static class PathDisplay
{
    /// <summary>The display form of <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}

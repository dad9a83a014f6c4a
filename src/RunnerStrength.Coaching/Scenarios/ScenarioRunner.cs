using System.Collections.Immutable;
using System.Diagnostics;
using RunnerStrength.Coaching.Json;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>
/// Runs scenarios: loads each one's rule set, designs its plan from its fixed start date, and checks every
/// expectation. Rule sets are read from disk on every run, so an edited rule counts at once, without a rebuild.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs every <c>*.json</c> scenario in <paramref name="directory"/>, in file-name order; a file that cannot be read counts as failed.</summary>
    public static ScenarioSuiteResult RunDirectory(string directory, DateOnly today) => RunDirectory(directory, today, []);

    /// <summary>
    /// Runs the scenarios of <paramref name="directory"/> whose name or file name contains one of
    /// <paramref name="filters"/> (ignoring case; every scenario when there are none), in file-name order. A file that
    /// cannot be read runs (and fails) when its file name matches. Each outcome carries the time it took.
    /// </summary>
    public static ScenarioSuiteResult RunDirectory(string directory, DateOnly today, IReadOnlyCollection<string> filters) =>
        RunDirectory(directory, today, filters, EvaluationBackend.BuiltIn);

    /// <summary>
    /// As <see cref="RunDirectory(string, DateOnly, IReadOnlyCollection{string})"/>, with every rule set's workflows
    /// evaluated by <paramref name="backend"/> (such as Microsoft RulesEngine) instead of the built-in engine.
    /// </summary>
    public static ScenarioSuiteResult RunDirectory(string directory, DateOnly today, IReadOnlyCollection<string> filters, EvaluationBackend backend)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(backend);
        if (File.Exists(directory))
        {
            return new ScenarioSuiteResult([], [new Diagnostic(DiagnosticCatalog.WrongPathKind, Location.None, directory, "a file", "a folder of scenario files")]);
        }

        if (!Directory.Exists(directory))
        {
            return new ScenarioSuiteResult([], [new Diagnostic(DiagnosticCatalog.FileNotFound, Location.None, directory)]);
        }

        var cache = new RuleSetCache(backend);
        var outcomes = ImmutableArray.CreateBuilder<ScenarioOutcome>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var file in Directory.GetFiles(directory, "*.json").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal))
        {
            var clock = Stopwatch.StartNew();
            var read = ScenarioReader.ReadFile(file);
            if (!Matches(filters, Path.GetFileName(file), read.Scenario?.Name))
            {
                continue;
            }

            diagnostics.AddRange(read.Diagnostics);
            var outcome = read.Succeeded ? Run(read.Scenario!, today, cache) : Unreadable(file, read.Diagnostics);
            diagnostics.AddRange(outcome.Diagnostics);
            outcomes.Add(outcome with { Elapsed = clock.Elapsed });
        }

        return new ScenarioSuiteResult(outcomes.ToImmutable(), diagnostics.ToImmutable()) { AllRules = cache.AllRules() };
    }

    private static bool Matches(IReadOnlyCollection<string> filters, string fileName, string? name) =>
        filters.Count == 0
        || filters.Any(f => fileName.Contains(f, StringComparison.OrdinalIgnoreCase) || (name?.Contains(f, StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>Runs one scenario with its rule set read afresh.</summary>
    public static ScenarioOutcome Run(Scenario scenario, DateOnly today) => Run(scenario, today, EvaluationBackend.BuiltIn);

    /// <summary>Runs one scenario with its rule set read afresh and its workflows evaluated by <paramref name="backend"/>.</summary>
    public static ScenarioOutcome Run(Scenario scenario, DateOnly today, EvaluationBackend backend)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(backend);
        return Run(scenario, today, new RuleSetCache(backend));
    }

    private static ScenarioOutcome Run(Scenario scenario, DateOnly today, RuleSetCache cache)
    {
        var loaded = cache.Load(scenario.Rules);
        if (loaded.Rules is not { } rules)
        {
            var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
            var where = JsonPointerLocator.Create(scenario.Source).Locate("/rules");
            var failure = new ExpectationFailure("rules", "a rule set that loads", $"{errors.Count} error(s), first: {errors.FirstOrDefault()}", where);
            return new ScenarioOutcome(scenario.Name, scenario.Path, false, [failure], []) { Diagnostics = loaded.Diagnostics };
        }

        var names = new ScenarioNameCheck(scenario, rules);
        var result = ProgramDesigner.Design(
            new PlanRequest { Athlete = scenario.Athlete, AthleteSource = scenario.AthleteSource, Start = scenario.Start, Weeks = scenario.Weeks },
            rules,
            today);
        var diagnostics = names.Diagnostics.AddRange(result.Diagnostics);
        if (result.Plan is not { } plan)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            ExpectationFailure failure = new("plan", "a plan", $"no plan: {string.Join("; ", errors.Select(e => e.ToString()))}", new Location(scenario.Source, default));
            return new ScenarioOutcome(scenario.Name, scenario.Path, false, [failure, .. names.Failures], result.FiredRules) { Diagnostics = diagnostics };
        }

        diagnostics = diagnostics.AddRange(WeeksOutsidePlan(scenario, plan.Weeks.Count));
        var checks = new ExpectationChecks(plan, result.FiredRules, rules.Catalog, rules.LoadableEquipment, scenario.Athlete.DatedFrom(plan.Start).Race?.Date);
        ImmutableArray<ExpectationFailure> failures = [.. names.Failures, .. scenario.Expect.SelectMany(checks.Check)];
        return new ScenarioOutcome(scenario.Name, scenario.Path, failures.IsEmpty, failures, result.FiredRules) { Diagnostics = diagnostics };
    }

    private static IEnumerable<Diagnostic> WeeksOutsidePlan(Scenario scenario, int weeks)
    {
        foreach (var expectation in scenario.Expect)
        {
            if (expectation.Week is { } week && week > weeks)
            {
                yield return new Diagnostic(CoachingDiagnostics.WeekOutsidePlan, expectation.LocationOf("week"), week, weeks);
            }

            if (expectation.FewerSetsThanWeek is { } other && other > weeks)
            {
                yield return new Diagnostic(CoachingDiagnostics.WeekOutsidePlan, expectation.LocationOf("fewerSetsThanWeek"), other, weeks);
            }

            if (expectation.SameExercisesAsWeek is { } same && same > weeks)
            {
                yield return new Diagnostic(CoachingDiagnostics.WeekOutsidePlan, expectation.LocationOf("sameExercisesAsWeek"), same, weeks);
            }
        }
    }

    private static ScenarioOutcome Unreadable(string file, ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var location = errors.FirstOrDefault()?.Location ?? Location.None;
        var failure = new ExpectationFailure("file", "a valid scenario file", $"{errors.Count} error(s), first: {errors.FirstOrDefault()?.Message}", location);
        return new ScenarioOutcome(Path.GetFileNameWithoutExtension(file), file, false, [failure], []);
    }

    /// <summary>The rule sets one suite run has loaded, each read once, evaluated by <c>backend</c>.</summary>
    private sealed class RuleSetCache(EvaluationBackend backend)
    {
        private readonly Dictionary<string, CoachingRulesLoadResult> _loaded = new(StringComparer.Ordinal);

        public CoachingRulesLoadResult Load(string directory)
        {
            var full = Path.GetFullPath(directory);
            if (!_loaded.TryGetValue(full, out var result))
            {
                result = CoachingRules.Load(full);
                if (result.Rules is { } rules)
                {
                    result = result with { Rules = rules.WithBackend(backend) };
                }

                _loaded[full] = result;
            }

            return result;
        }

        public ImmutableSortedSet<string> AllRules() =>
            _loaded.Values.Select(r => r.Rules).OfType<CoachingRules>().SelectMany(CoachingRuleNames.Of).ToImmutableSortedSet(StringComparer.Ordinal);
    }
}

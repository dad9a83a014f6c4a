using System.Collections.Immutable;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Diff;

/// <summary>One athlete's plan under two rule sets: what changed, or why the two could not be compared.</summary>
public sealed record AthleteDiff
{
    /// <summary>The athlete's name, as the plan shows it.</summary>
    public required string Athlete { get; init; }

    /// <summary>The profile's path, as given.</summary>
    public required string Path { get; init; }

    /// <summary>Every difference, in plan order; empty when the plans are the same.</summary>
    public IReadOnlyList<PlanChange> Changes { get; init; } = [];

    /// <summary>Errors that kept both sides from a plan (the profile cannot be read, or neither rule set plans it).</summary>
    public ImmutableArray<Diagnostic> Errors { get; init; } = [];

    /// <summary>True when the athlete's plans could not be compared.</summary>
    public bool Failed => !Errors.IsEmpty;
}

/// <summary>
/// What a change of rule set does to a population's plans: each athlete's plan designed with the rule set before and the
/// one after (same start, same weeks), compared by <see cref="PlanDiffer"/>.
/// </summary>
public static class RuleSetDiff
{
    /// <summary>Designs and compares the plan of every athlete in <paramref name="athletes"/> (paths of profiles), in the order given.</summary>
    public static ImmutableArray<AthleteDiff> Run(CoachingRules before, CoachingRules after, IReadOnlyList<string> athletes, DateOnly? start, int? weeks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(athletes);
        var results = ImmutableArray.CreateBuilder<AthleteDiff>(athletes.Count);
        foreach (var path in athletes)
        {
            var read = AthleteProfileReader.ReadFile(path);
            if (!read.Succeeded)
            {
                results.Add(new AthleteDiff { Athlete = System.IO.Path.GetFileNameWithoutExtension(path), Path = path, Errors = [.. read.Diagnostics.Where(d => d.IsError)] });
                continue;
            }

            var request = new PlanRequest { Athlete = read.Profile!, AthleteSource = read.Source, Start = start, Weeks = weeks };
            var old = ProgramDesigner.Design(request, before, today);
            var now = ProgramDesigner.Design(request, after, today);
            results.Add(Compare(read.Profile!.Name, path, old, now));
        }

        return results.MoveToImmutable();
    }

    private static AthleteDiff Compare(string athlete, string path, PlanResult before, PlanResult after) => (before.Plan, after.Plan) switch
    {
        ({ } a, { } b) => new AthleteDiff { Athlete = athlete, Path = path, Changes = PlanDiffer.Compare(a, b) },
        ({ } a, null) => new AthleteDiff { Athlete = athlete, Path = path, Changes = [new PlanChange { Kind = PlanChangeKind.Plan, Week = 1, Before = Summary(a), After = NoPlan(after) }] },
        (null, { } b) => new AthleteDiff { Athlete = athlete, Path = path, Changes = [new PlanChange { Kind = PlanChangeKind.Plan, Week = 1, Before = NoPlan(before), After = Summary(b) }] },
        _ => new AthleteDiff { Athlete = athlete, Path = path, Errors = [.. before.Diagnostics.Where(d => d.IsError)] },
    };

    private static string Summary(StrengthPlan plan) =>
        $"a plan of {Rendering.Wording.Quantity("week", plan.Weeks.Count)}, {Rendering.Wording.Quantity("session", plan.Weeks.Sum(w => w.Sessions.Count))}";

    private static string NoPlan(PlanResult result) =>
        "no plan: " + string.Join("; ", result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
}

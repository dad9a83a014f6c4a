using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Planning;

/// <summary>An exercise's dose while the Dose rules are applied, in file order.</summary>
internal sealed record ExerciseDoseState(int Sets, DoseRange? Reps, DoseRange? Seconds, bool PerSide, int RestSeconds, string? Tempo, string? Load)
{
    /// <summary>Sets added by the rules' <c>setsDelta</c> so far, applied last (after the week's budget).</summary>
    public int SetsDelta { get; init; }

    public static ExerciseDoseState From(ExerciseDose dose) => new(dose.Sets, dose.Reps, dose.Seconds, dose.PerSide, dose.RestSeconds, dose.Tempo, null);

    /// <summary>Applies one fired Dose rule: a reset to the catalog dose, then any values it sets, then its set change.</summary>
    public ExerciseDoseState Apply(RuleDecision decision, ExerciseDose catalog)
    {
        var state = decision.UseCatalogDose ? From(catalog) with { Load = Load } : this;
        if (decision.Sets is { } sets)
        {
            state = state with { Sets = sets };
        }

        if (decision.Reps is { } reps)
        {
            state = state with { Reps = reps, Seconds = null };
        }

        if (decision.Seconds is { } seconds)
        {
            state = state with { Seconds = seconds, Reps = null };
        }

        if (decision.RestSeconds is { } rest)
        {
            state = state with { RestSeconds = rest };
        }

        if (decision.Tempo is { } tempo)
        {
            state = state with { Tempo = tempo };
        }

        if (decision.Load is { } load)
        {
            state = state with { Load = load };
        }

        if (decision.SetsDelta is { } delta)
        {
            state = state with { SetsDelta = state.SetsDelta + delta };
        }

        return state;
    }

    /// <summary>The final sets: the week's budget for the slot when it has one, else the rules' sets, then the set changes, at least 1.</summary>
    public ExerciseDoseState WithBudget(int? budgetSets) =>
        this with { Sets = Math.Max(1, (budgetSets ?? Sets) + SetsDelta), SetsDelta = 0 };

    /// <summary>Seconds of work in one set at the middle of the range (rounded up), both sides counted.</summary>
    public int WorkSeconds(int secondsPerRep)
    {
        var once = Reps is { } reps ? (reps.Min + reps.Max + 1) / 2 * secondsPerRep : Seconds is { } seconds ? (seconds.Min + seconds.Max + 1) / 2 : 0;
        return PerSide ? once * 2 : once;
    }
}

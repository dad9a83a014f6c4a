using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>What a session holds: the athlete's equipment, nothing unsafe, pattern coverage, single-leg work, doses and loads.</summary>
internal sealed partial class PlanInvariants
{
    private static readonly MovementPattern[] LowerBody = [MovementPattern.Squat, MovementPattern.Hinge, MovementPattern.Glute, MovementPattern.Calf];

    private static readonly string[] LoadWords = ["heavy", "reps in reserve"];

    private void CheckContent(AthleteProfile athlete, PlanWeek week, PlannedSession session, Findings findings)
    {
        void Fail(PlanInvariant invariant, string problem) => findings.Session(invariant, week, session, problem);
        var equipment = athlete.Equipment.ToHashSet(StringComparer.Ordinal);
        foreach (var id in session.Exercises.Select(e => e.Id).Concat(session.Warmup.Select(w => w.Id)))
        {
            if (rules.Catalog.Find(id) is not { } exercise)
            {
                Fail(PlanInvariant.DoseFitsExercise, $"{id} is not in the catalog; expected a catalog exercise");
                continue;
            }

            if (exercise.Equipment.FirstOrDefault(e => !equipment.Contains(e)) is { } missing)
            {
                Fail(PlanInvariant.AthleteEquipment, $"{exercise.Id} needs {missing}, which the athlete does not have; expected only {(equipment.Count == 0 ? "bodyweight" : string.Join(", ", athlete.Equipment))}");
            }

            // A current injury rules out what is unsafe for it; a recovering one only its jumps (checked below).
            if (exercise.UnsafeFor.FirstOrDefault(i => athlete.Injuries.Contains(i) && !athlete.Recovering.Contains(i)) is { } injury)
            {
                Fail(PlanInvariant.InjurySafety, $"{exercise.Id} is unsafe for the athlete's {injury} injury; expected nothing the catalog marks unsafe for it");
            }
        }

        // Jumps for an injured athlete only on the way back from a recovering injury: from week 5, low impact, and safe
        // for every injury that is still current.
        if (athlete.Injuries.Count > 0 && session.Exercises.FirstOrDefault(e => e.Pattern == MovementPattern.Plyometric) is { } jump
            && rules.Catalog.Find(jump.Id) is { } jumpExercise
            && (athlete.Recovering.Count == 0 || week.Week <= 4 || jumpExercise.Impact == Coaching.Catalog.ImpactLevel.High
                || athlete.Injuries.Any(i => !athlete.Recovering.Contains(i) && jumpExercise.UnsafeFor.Contains(i))))
        {
            Fail(PlanInvariant.InjurySafety, $"plyometrics ({jump.Id}) in week {week.Week} for an injured athlete ({string.Join(", ", athlete.Injuries)}{(athlete.Recovering.Count > 0 ? $"; recovering {string.Join(", ", athlete.Recovering)}" : string.Empty)}); expected none, or low-impact jumps from week 5 when every injury is recovering");
        }

        if (session.Intensity == SessionIntensity.Light)
        {
            return;
        }

        var patterns = session.Exercises.Select(e => e.Pattern).Where(p => p != MovementPattern.Plyometric).Distinct().ToList();
        if (patterns.Count < 3)
        {
            Fail(PlanInvariant.PatternCoverage, $"covers only {string.Join(", ", patterns.Select(p => Spell(p)))}; expected at least 3 patterns");
        }

        var lower = session.Exercises.Where(e => LowerBody.Contains(e.Pattern)).ToList();
        if (lower.Count > 0 && !lower.Exists(e => rules.Catalog.Find(e.Id)?.Unilateral == true))
        {
            Fail(PlanInvariant.SingleLegWork, $"lower-body work ({string.Join(", ", lower.Select(e => e.Id))}) without any single-leg exercise; expected at least one");
        }
    }

    /// <summary>Reps or seconds as the catalog doses the exercise; heavy and reps-in-reserve loads only with loadable equipment (ruleset.json's <c>loadableEquipment</c>).</summary>
    private void CheckDoses(PlanWeek week, PlannedSession session, Findings findings)
    {
        foreach (var planned in session.Exercises)
        {
            if (rules.Catalog.Find(planned.Id) is not { } exercise)
            {
                continue;
            }

            void Fail(PlanInvariant invariant, string problem) => findings.Session(invariant, week, session, $"{planned.Group} {planned.Id}: {problem}");
            var catalog = exercise.Dose;
            if (planned.Seconds is { } seconds && catalog.Seconds is null)
            {
                Fail(PlanInvariant.DoseFitsExercise, $"prescribed {planned.Sets} x {Range(seconds)} s; expected reps, as the catalog doses it ({Describe(catalog)})");
            }

            if (planned.Reps is { } reps && catalog.Reps is null)
            {
                Fail(PlanInvariant.DoseFitsExercise, $"prescribed {planned.Sets} x {Range(reps)} reps; expected seconds, as the catalog doses it ({Describe(catalog)})");
            }

            if (planned.Reps is null && planned.Seconds is null)
            {
                Fail(PlanInvariant.DoseFitsExercise, $"prescribed {planned.Sets} sets of neither reps nor seconds; expected {Describe(catalog)} as the catalog doses it");
            }

            if (LoadWords.FirstOrDefault(w => planned.Load.Contains(w, StringComparison.OrdinalIgnoreCase)) is { } word && !exercise.Equipment.Any(rules.LoadableEquipment.Contains))
            {
                var equipment = exercise.Equipment.Count == 0 ? "bodyweight" : string.Join(", ", exercise.Equipment);
                Fail(PlanInvariant.LoadFitsEquipment, $"load \"{planned.Load}\" ({word}) on {equipment}; expected such a load only with loadable equipment ({string.Join(", ", rules.LoadableEquipment)})");
            }
        }
    }

    private static string Range(DoseRange range) => range.Min == range.Max ? $"{range.Min}" : $"{range.Min}-{range.Max}";

    private static string Describe(ExerciseDose dose) => dose.Reps is { } reps
        ? $"{dose.Sets} x {Range(reps)} reps{(dose.Seconds is { } also ? $" or {Range(also)} s" : string.Empty)}"
        : dose.Seconds is { } seconds ? $"{dose.Sets} x {Range(seconds)} s" : $"{dose.Sets} sets";
}

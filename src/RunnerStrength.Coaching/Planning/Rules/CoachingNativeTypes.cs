using System.Runtime.CompilerServices;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>
/// The coaching model's enums, which rules read (<c>athlete.level == "advanced"</c>, <c>week.phase</c>...), named for a
/// Native AOT build of the host (see <see cref="AheadOfTimeTypes"/>). Nothing happens in a JIT-compiled process.
/// </summary>
public static class CoachingNativeTypes
{
    /// <summary>Names every enum of the model a rule can see; call before compiling rules in a host built ahead of time.</summary>
    public static void Include()
    {
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            return;
        }

        AheadOfTimeTypes.IncludeEnum<AthleteLevel>();
        AheadOfTimeTypes.IncludeEnum<MovementPattern>();
        AheadOfTimeTypes.IncludeEnum<SessionIntensity>();
        AheadOfTimeTypes.IncludeEnum<SessionOrder>();
        AheadOfTimeTypes.IncludeEnum<TrainingPhase>();
        AheadOfTimeTypes.IncludeEnum<RunKind>();
        AheadOfTimeTypes.IncludeEnum<Weekday>();
        AheadOfTimeTypes.IncludeEnum<RaceDistance>();
        AheadOfTimeTypes.IncludeEnum<InjuryStatus>();
        AheadOfTimeTypes.IncludeEnum<ImpactLevel>();
        AheadOfTimeTypes.IncludeEnum<ProgressionAction>();
    }
}

namespace RunnerStrength.Coaching.Tests.Properties;

/// <summary>The invariants <see cref="PlanInvariants"/> checks; each problem names the one it breaks, so a property test can run one at a time.</summary>
public enum PlanInvariant
{
    /// <summary>At most one strength session a day.</summary>
    OneSessionADay,

    /// <summary>No strength on race day or the day before.</summary>
    RaceDayClear,

    /// <summary>Nothing harder than light on a quality or long-run day (but a fallback after a quality run), or the day before one.</summary>
    HardRunDays,

    /// <summary>A session beside a run says whether it comes before or after it; a session on a rest day does not.</summary>
    SessionOrder,

    /// <summary>A fallback session sits after a quality run that no hard run follows, and only when no easy or rest day was free.</summary>
    Fallback,

    /// <summary>A 5-10 minute warm-up.</summary>
    WarmUp,

    /// <summary>A session fits the minutes the athlete has and the minutes planned for it.</summary>
    WithinMinutes,

    /// <summary>Only the athlete's equipment.</summary>
    AthleteEquipment,

    /// <summary>Nothing unsafe for the athlete's injuries, and no jumps for an injured athlete.</summary>
    InjurySafety,

    /// <summary>A moderate or heavy session covers at least three patterns.</summary>
    PatternCoverage,

    /// <summary>Lower-body work includes a single-leg exercise.</summary>
    SingleLegWork,

    /// <summary>Race week holds at most one short light session.</summary>
    RaceWeek,

    /// <summary>The taper holds fewer sets than the week before it.</summary>
    Taper,

    /// <summary>Outside the taper, every week keeps a session of real lower-body strength work.</summary>
    StrengthEveryWeek,

    /// <summary>Loading weeks of base and build reach the weekly hard sets per pattern; no week goes above the cap.</summary>
    WeeklySetBudget,

    /// <summary>A deload week follows three loading weeks of its phase, repeats the previous week's exercises and holds fewer sets.</summary>
    Deload,

    /// <summary>An exercise is prescribed in reps or seconds as the catalog doses it.</summary>
    DoseFitsExercise,

    /// <summary>Heavy or reps-in-reserve loads only on exercises done with loadable equipment.</summary>
    LoadFitsEquipment,

    /// <summary>No exercise prescribed identically for more than three loading weeks in a row.</summary>
    Progression,

    /// <summary>Every logged exercise that is safe and possible is in the first two weeks (or its chain), or a note says why not.</summary>
    LoggedExercises,

    /// <summary>Every injury gets matching work in most non-taper weeks.</summary>
    InjuryWork,
}

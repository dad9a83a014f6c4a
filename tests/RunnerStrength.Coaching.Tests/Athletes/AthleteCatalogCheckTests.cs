using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class AthleteCatalogCheckTests
{
    private static readonly ExerciseCatalog Catalog = new(
    [
        Exercise("nordic-curl", new ExerciseDose { Sets = 2, Reps = new DoseRange(3, 5), RestSeconds = 90 }),
        Exercise("side-plank", new ExerciseDose { Sets = 3, Seconds = new DoseRange(30, 45), PerSide = true, RestSeconds = 45 }),
    ]);

    [Fact]
    public void Unknown_history_exercise_warns_RS5004_at_the_id_with_a_suggestion()
    {
        var source = SourceText.From("""
            {
              "name": "Ann", "level": "beginner", "sessionMinutes": 30,
              "week": { "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" },
              "history": [
                { "date": "2026-11-16", "exercise": "nordic-curl", "sets": 2, "reps": 4 },
                { "date": "2026-11-16", "exercise": "nordic-crul", "sets": 2, "reps": 4 }
              ]
            }
            """, "ann.json");
        var profile = AthleteProfileReader.Read(source).Profile.ShouldNotBeNull();

        var diagnostics = AthleteProfileReader.CheckAgainstCatalog(profile, source, Catalog);

        diagnostics.ShouldHaveDiagnostics("RS5004(6,41)");
        diagnostics[0].Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostics[0].Message.ShouldBe("'nordic-crul' is not an exercise in the catalog, so this entry cannot guide progression; did you mean 'nordic-curl'?");
    }

    [Fact]
    public void Without_a_source_the_warning_has_no_position()
    {
        var profile = Profile(new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "burpee", Sets = 3, Reps = 10 });

        var diagnostic = AthleteProfileReader.CheckAgainstCatalog(profile, null, Catalog).ShouldHaveSingleItem();

        diagnostic.Code.ShouldBe("RS5004");
        diagnostic.Location.IsNone.ShouldBeTrue();
        diagnostic.Arguments.ShouldBe(["burpee", string.Empty]);
    }

    [Fact]
    public void Reps_for_a_timed_exercise_and_seconds_for_a_rep_exercise_warn_RS5005()
    {
        var profile = Profile(
            new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "side-plank", Sets = 3, Reps = 10 },
            new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "nordic-curl", Sets = 2, Seconds = 20 },
            new HistoryEntry { Date = new DateOnly(2026, 11, 17), Exercise = "side-plank", Sets = 3, Seconds = 40 });

        var diagnostics = AthleteProfileReader.CheckAgainstCatalog(profile, null, Catalog);

        diagnostics.Select(d => d.Arguments.ToArray()).ShouldBe(
        [
            [1, "reps", "side-plank", "seconds"],
            [2, "seconds", "nordic-curl", "reps"],
        ]);
        diagnostics.ShouldAllBe(d => d.Code == "RS5005");
    }

    [Fact]
    public void A_history_of_known_exercises_measured_as_dosed_is_clean()
    {
        var profile = Profile(new HistoryEntry { Date = new DateOnly(2026, 11, 16), Exercise = "nordic-curl", Sets = 2, Reps = 5, Rpe = 8.5 });

        AthleteProfileReader.CheckAgainstCatalog(profile, null, Catalog).ShouldBeClean();
    }

    private static AthleteProfile Profile(params HistoryEntry[] history) => new()
    {
        Name = "Ann",
        Level = AthleteLevel.Beginner,
        SessionMinutes = 30,
        Week = new RunningWeek
        {
            Monday = RunKind.Rest,
            Tuesday = RunKind.Easy,
            Wednesday = RunKind.Rest,
            Thursday = RunKind.Tempo,
            Friday = RunKind.Rest,
            Saturday = RunKind.Rest,
            Sunday = RunKind.Long,
        },
        History = history,
    };

    private static Exercise Exercise(string id, ExerciseDose dose) => new()
    {
        Id = id,
        Name = id,
        Pattern = MovementPattern.Core,
        Equipment = [],
        Level = AthleteLevel.Beginner,
        Unilateral = false,
        Dose = dose,
    };
}

using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Catalog;

public sealed class CatalogReaderTests
{
    [Fact]
    public void A_small_catalog_reads_into_the_model()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "glute-bridge", "name": "Glute bridge", "pattern": "glute", "equipment": [], "level": "beginner", "unilateral": false,
                  "warmup": true, "harder": ["hip-thrust"], "mitigates": ["back"], "dose": { "sets": 3, "reps": { "min": 10, "max": 15 }, "restSeconds": 45 } },
                { "id": "hip-thrust", "name": "Hip thrust", "pattern": "glute", "equipment": ["bench", "dumbbells"], "level": "intermediate", "unilateral": false,
                  "easier": ["glute-bridge"], "unsafeFor": ["back"], "dose": { "sets": 3, "reps": { "min": 8, "max": 12 }, "restSeconds": 90, "tempo": "3-0-1" },
                  "notes": "Shoulders on a bench." },
                { "id": "box-jump", "name": "Box jump", "pattern": "plyometric", "equipment": ["box"], "level": "intermediate", "unilateral": false,
                  "impact": "high", "dose": { "sets": 3, "reps": { "min": 6, "max": 6 }, "restSeconds": 90 } },
                { "id": "side-plank", "name": "Side plank", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": true,
                  "dose": { "sets": 3, "seconds": { "min": 30, "max": 45 }, "perSide": true, "restSeconds": 45 } }
              ]
            }
            """);

        result.Diagnostics.ShouldBeClean();
        var catalog = result.Catalog.ShouldNotBeNull();
        catalog.Exercises.Select(e => e.Id).ShouldBe(["glute-bridge", "hip-thrust", "box-jump", "side-plank"]);
        catalog.Contains("box-jump").ShouldBeTrue();
        catalog.Contains("Box-Jump").ShouldBeFalse();
        catalog.Find("nordic-curl").ShouldBeNull();

        var bridge = catalog.Find("glute-bridge").ShouldNotBeNull();
        bridge.Pattern.ShouldBe(MovementPattern.Glute);
        bridge.Level.ShouldBe(AthleteLevel.Beginner);
        bridge.Warmup.ShouldBeTrue();
        bridge.Harder.ShouldBe(["hip-thrust"]);
        bridge.Easier.ShouldBeEmpty();
        bridge.Mitigates.ShouldBe(["back"]);
        bridge.Impact.ShouldBeNull();
        bridge.Dose.ShouldBe(new ExerciseDose { Sets = 3, Reps = new DoseRange(10, 15), RestSeconds = 45 });

        var thrust = catalog.Find("hip-thrust").ShouldNotBeNull();
        thrust.Equipment.ShouldBe(["bench", "dumbbells"]);
        thrust.UnsafeFor.ShouldBe(["back"]);
        thrust.Dose.Tempo.ShouldBe("3-0-1");
        thrust.Notes.ShouldBe("Shoulders on a bench.");

        catalog.Find("box-jump").ShouldNotBeNull().Impact.ShouldBe(ImpactLevel.High);
        catalog.Find("side-plank").ShouldNotBeNull().Dose.ShouldBe(new ExerciseDose { Sets = 3, Seconds = new DoseRange(30, 45), PerSide = true, RestSeconds = 45 });
    }

    [Fact]
    public void Duplicate_id_reports_RS5010_at_the_second_id_naming_the_first_line()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "plank", "name": "Plank", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "dose": { "sets": 3, "seconds": { "min": 30, "max": 45 }, "restSeconds": 45 } },
                { "id": "plank", "name": "Plank again", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "dose": { "sets": 3, "seconds": { "min": 30, "max": 45 }, "restSeconds": 45 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5010(4,13)");
        result.Diagnostics[0].Arguments.ShouldBe(["plank", 3]);
        result.Catalog.ShouldBeNull();
    }

    [Fact]
    public void Unknown_harder_id_reports_RS5011_with_a_suggestion()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "push-up", "name": "Push-up", "pattern": "push", "equipment": [], "level": "beginner", "unilateral": false,
                  "harder": ["decline-pushup"], "dose": { "sets": 3, "reps": { "min": 8, "max": 12 }, "restSeconds": 60 } },
                { "id": "decline-push-up", "name": "Decline push-up", "pattern": "push", "equipment": [], "level": "intermediate", "unilateral": false,
                  "dose": { "sets": 3, "reps": { "min": 8, "max": 12 }, "restSeconds": 60 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5011(4,18)");
        result.Diagnostics[0].Message.ShouldBe("'decline-pushup' in the 'harder' list of 'push-up' is not an exercise in the catalog; did you mean 'decline-push-up'?");
    }

    [Fact]
    public void Exercise_listing_itself_reports_RS5012()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "plank", "name": "Plank", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false,
                  "easier": ["plank"], "dose": { "sets": 3, "seconds": { "min": 30, "max": 45 }, "restSeconds": 45 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5012(4,18)");
        result.Diagnostics[0].Arguments.ShouldBe(["plank", "easier"]);
    }

    [Fact]
    public void A_harder_chain_that_comes_back_reports_RS5013_with_the_circle()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "a", "name": "A", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "harder": ["b"], "easier": ["c"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } },
                { "id": "b", "name": "B", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "harder": ["c"], "easier": ["a"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } },
                { "id": "c", "name": "C", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "harder": ["a"], "easier": ["b"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5013(3,137)");
        result.Diagnostics[0].Arguments.ShouldBe(["a -> b -> c -> a"]);
    }

    [Fact]
    public void Harder_and_easier_pointing_the_wrong_way_round_is_a_cycle()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "a", "name": "A", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "harder": ["b"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } },
                { "id": "b", "name": "B", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "harder": ["a"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } }
              ]
            }
            """);

        result.Diagnostics.Select(d => d.Code).ShouldContain("RS5013");
        result.Catalog.ShouldBeNull();
    }

    [Fact]
    public void Equipment_outside_the_vocabulary_reports_RS1006()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "row", "name": "Row", "pattern": "pull", "equipment": ["rowing-machine"], "level": "beginner", "unilateral": false, "dose": { "sets": 3, "reps": { "min": 8, "max": 12 }, "restSeconds": 60 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS1006(3,68)");
    }

    [Fact]
    public void Plyometric_without_impact_reports_RS5014_and_impact_elsewhere_warns_RS5015()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "squat-jump", "name": "Squat jump", "pattern": "plyometric", "equipment": [], "level": "intermediate", "unilateral": false, "dose": { "sets": 3, "reps": { "min": 6, "max": 6 }, "restSeconds": 90 } },
                { "id": "plank", "name": "Plank", "pattern": "core", "impact": "low", "equipment": [], "level": "beginner", "unilateral": false, "dose": { "sets": 3, "seconds": { "min": 30, "max": 45 }, "restSeconds": 45 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5014(3,49)", "RS5015(4,58)");
        result.Diagnostics[1].Severity.ShouldBe(RunnerStrength.Engine.Diagnostics.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Dose_problems_report_RS5016_RS5017_and_RS5018()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "a", "name": "A", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false,
                  "dose": { "sets": 3, "reps": { "min": 8, "max": 10 }, "seconds": { "min": 20, "max": 30 }, "restSeconds": 45 } },
                { "id": "b", "name": "B", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false,
                  "dose": { "sets": 3, "restSeconds": 45 } },
                { "id": "c", "name": "C", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false,
                  "dose": { "sets": 3, "reps": { "min": 12, "max": 8 }, "restSeconds": 45 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5016(4,61)", "RS5017(6,7)", "RS5018(8,28)");
        result.Diagnostics[2].Arguments.ShouldBe(["reps", "c", 12, 8]);
    }

    [Fact]
    public void One_way_links_and_inverted_levels_are_warnings_and_the_catalog_still_loads()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "a", "name": "A", "pattern": "core", "equipment": [], "level": "advanced", "unilateral": false, "harder": ["b"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } },
                { "id": "b", "name": "B", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": false, "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } }
              ]
            }
            """);

        result.Diagnostics.ShouldHaveDiagnostics("RS5019(3,120)", "RS5020(3,120)");
        result.Diagnostics[0].Message.ShouldBe("'a' lists 'b' in 'harder', but 'b' does not list 'a' in 'easier'");
        result.Diagnostics[1].Arguments.ShouldBe(["b", "a", "beginner", "advanced"]);
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Schema_and_catalog_problems_are_reported_together()
    {
        var result = Read("""
            {
              "exercises": [
                { "id": "a", "name": "A", "pattern": "cardio", "equipment": [], "level": "beginner", "unilateral": false, "harder": ["zz"], "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } },
                { "id": "a", "name": "A", "pattern": "core", "equipment": [], "level": "beginner", "unilateral": "no", "dose": { "sets": 1, "reps": { "min": 1, "max": 1 }, "restSeconds": 0 } }
              ]
            }
            """);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS1006", "RS5011", "RS5010", "RS1002"]);
    }

    [Fact]
    public void A_missing_catalog_file_reports_RS9001()
    {
        var result = ExerciseCatalog.ReadFile(Path.Combine(RepositoryPaths.Rules, "no-such-catalog.json"));

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS9001"]);
        result.Catalog.ShouldBeNull();
    }

    [Fact]
    public void A_folder_given_as_the_catalog_reports_RS9004()
    {
        ExerciseCatalog.ReadFile(RepositoryPaths.Rules).Diagnostics.Select(d => d.Code).ShouldBe(["RS9004"]);
    }

    [Fact]
    public void A_catalog_built_in_code_refuses_duplicate_ids()
    {
        var plank = new Exercise
        {
            Id = "plank",
            Name = "Plank",
            Pattern = MovementPattern.Core,
            Equipment = [],
            Level = AthleteLevel.Beginner,
            Unilateral = false,
            Dose = new ExerciseDose { Sets = 3, Seconds = new DoseRange(30, 45), RestSeconds = 45 },
        };

        Should.Throw<ArgumentException>(() => new ExerciseCatalog([plank, plank]));
        new ExerciseCatalog([plank]).Find("plank").ShouldBe(plank);
    }

    private static CatalogReadResult Read(string json) => ExerciseCatalog.Read(SourceText.From(json, "exercises.json"));
}

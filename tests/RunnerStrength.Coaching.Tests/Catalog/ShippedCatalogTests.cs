using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Vocabulary;

namespace RunnerStrength.Coaching.Tests.Catalog;

public sealed class ShippedCatalogTests
{
    private static readonly string[] LowerBodyPatterns = ["squat", "hinge", "glute", "calf"];

    public static TheoryData<string> RequiredIds =>
    [
        // Named in the brief and the articles.
        "glute-bridge", "single-leg-glute-bridge", "single-leg-hip-thrust", "hip-thrust", "push-up", "incline-push-up",
        "decline-push-up", "diamond-push-up", "calf-raise", "single-leg-calf-raise", "bent-knee-calf-raise", "standing-calf-raise",
        "reverse-lunge", "walking-lunge", "lateral-lunge", "split-squat", "rear-foot-elevated-split-squat", "single-leg-squat",
        "step-up", "goblet-squat", "back-squat", "romanian-deadlift", "single-leg-romanian-deadlift", "deadlift", "good-morning",
        "kettlebell-deadlift", "nordic-curl", "hamstring-bridge", "hamstring-walkout", "side-plank", "side-plank-hip-dip",
        "side-plank-leg-lift", "plank", "straight-arm-plank", "inverted-plank", "l-hang", "dead-bug", "bird-dog", "pallof-press",
        "bear-crawl", "reverse-table-tap", "slider-mountain-climber", "ab-wheel-rollout", "squat-jump", "box-jump",
        "single-leg-hop", "broad-jump", "bounding", "skipping", "skater-hop", "jumping-jacks", "dumbbell-row", "bent-over-row",
        "cable-row", "inverted-row", "pull-up", "band-pull-apart", "arm-circle", "clamshell", "band-hip-abduction",
        "band-hip-adduction", "band-hip-flexion", "band-hip-extension", "standing-hip-abduction", "leg-extension",
        "strap-leg-extension", "single-leg-balance", "eyes-closed-single-leg-balance", "toe-yoga", "short-foot", "tibialis-raise",
        "elephant-walk", "air-squat", "leg-swing", "hamstring-slider-curl", "copenhagen-plank", "lateral-band-walk", "wall-sit",
        "kettlebell-swing", "overhead-press", "slant-board-squat", "sled-drag", "backward-sled-drag", "incline-back-extension",
    ];

    public static TheoryData<string, string[]> Chains =>
    new()
    {
        { "incline-push-up", ["push-up"] },
        { "push-up", ["decline-push-up", "diamond-push-up"] },
        { "glute-bridge", ["single-leg-glute-bridge"] },
        { "single-leg-glute-bridge", ["single-leg-hip-thrust"] },
        { "calf-raise", ["single-leg-calf-raise"] },
        { "bent-knee-calf-raise", ["single-leg-bent-knee-calf-raise"] },
        { "plank", ["plank-shoulder-tap", "plank-leg-lift"] },
        { "squat-jump", ["box-jump"] },
        { "box-jump", ["single-leg-hop"] },
        { "split-squat", ["rear-foot-elevated-split-squat"] },
        { "goblet-squat", ["back-squat"] },
        { "single-leg-balance", ["eyes-closed-single-leg-balance"] },
    };

    public static TheoryData<string> InjuryTags => [.. AthleteVocabulary.Injuries];

    public static TheoryData<MovementPattern> Patterns => [.. Enum.GetValues<MovementPattern>()];

    [Fact]
    public void The_shipped_catalog_loads_with_no_diagnostics_at_all()
    {
        ShippedCatalog.ReadResult.Diagnostics.ShouldBeClean();
        ShippedCatalog.ReadResult.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void It_has_at_least_sixty_exercises()
    {
        ShippedCatalog.Catalog.Exercises.Count.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Theory]
    [MemberData(nameof(RequiredIds))]
    public void It_includes_the_exercises_the_articles_name(string id)
    {
        ShippedCatalog.Catalog.Contains(id).ShouldBeTrue($"'{id}' is missing from rules/exercises.json");
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void The_article_progression_chains_are_encoded(string from, string[] harder)
    {
        var exercise = ShippedCatalog.Catalog.Find(from).ShouldNotBeNull();
        foreach (var next in harder)
        {
            exercise.Harder.ShouldContain(next);
            ShippedCatalog.Catalog.Find(next).ShouldNotBeNull().Easier.ShouldContain(from);
        }
    }

    [Fact]
    public void Every_harder_and_easier_id_resolves()
    {
        var unresolved = ShippedCatalog.Catalog.Exercises
            .SelectMany(e => e.Harder.Concat(e.Easier).Select(id => (e.Id, id)))
            .Where(link => !ShippedCatalog.Catalog.Contains(link.id))
            .ToList();

        unresolved.ShouldBeEmpty();
    }

    [Fact]
    public void Harder_chains_never_lead_back_to_where_they_started()
    {
        var catalog = ShippedCatalog.Catalog;
        foreach (var start in catalog.Exercises)
        {
            var seen = new HashSet<string>();
            var frontier = new Queue<string>(start.Harder);
            while (frontier.TryDequeue(out var id))
            {
                id.ShouldNotBe(start.Id, $"'{start.Id}' is reachable from itself through 'harder'");
                if (seen.Add(id))
                {
                    foreach (var next in catalog.Find(id)!.Harder)
                    {
                        frontier.Enqueue(next);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_pattern_has_at_least_two_bodyweight_options(MovementPattern pattern)
    {
        var bodyweight = ShippedCatalog.Catalog.Exercises.Where(e => e.Pattern == pattern && e.Equipment.Count == 0).ToList();

        bodyweight.Count.ShouldBeGreaterThanOrEqualTo(2, $"{pattern} has {bodyweight.Count} bodyweight exercises");
        bodyweight.ShouldContain(e => e.Level == AthleteLevel.Beginner, $"{pattern} has no bodyweight exercise for beginners");
    }

    [Theory]
    [MemberData(nameof(InjuryTags))]
    public void Every_injury_leaves_safe_bodyweight_options_in_each_lower_body_pattern(string injury)
    {
        foreach (var pattern in LowerBodyPatterns)
        {
            var safe = ShippedCatalog.Catalog.Exercises
                .Where(e => Spelling(e.Pattern) == pattern && !e.UnsafeFor.Contains(injury))
                .ToList();

            safe.Count.ShouldBeGreaterThanOrEqualTo(2, $"{injury}: only {safe.Count} safe {pattern} exercises");
            safe.ShouldContain(e => e.Equipment.Count == 0, $"{injury}: no safe bodyweight {pattern} exercise");
        }
    }

    [Theory]
    [MemberData(nameof(InjuryTags))]
    public void Every_injury_has_exercises_that_help_prevent_it(string injury)
    {
        ShippedCatalog.Catalog.Exercises.ShouldContain(e => e.Mitigates.Contains(injury));
    }

    [Fact]
    public void Plyometrics_and_only_plyometrics_have_an_impact_and_low_and_high_both_exist()
    {
        var exercises = ShippedCatalog.Catalog.Exercises;
        exercises.Where(e => e.Pattern == MovementPattern.Plyometric).ShouldAllBe(e => e.Impact != null);
        exercises.Where(e => e.Pattern != MovementPattern.Plyometric).ShouldAllBe(e => e.Impact == null);
        exercises.ShouldContain(e => e.Impact == ImpactLevel.Low && e.Equipment.Count == 0);
        exercises.ShouldContain(e => e.Impact == ImpactLevel.High && e.Equipment.Count == 0);
    }

    [Fact]
    public void Every_dose_is_either_reps_or_seconds()
    {
        ShippedCatalog.Catalog.Exercises.ShouldAllBe(e => (e.Dose.Reps == null) != (e.Dose.Seconds == null));
    }

    [Theory]
    [InlineData("calf-raise", 3, 15, 15, false)]
    [InlineData("side-plank", 3, 30, 45, true)]
    [InlineData("nordic-curl", 2, 3, 5, false)]
    [InlineData("band-hip-abduction", 2, 15, 15, true)]
    [InlineData("goblet-squat", 4, 6, 8, false)]
    [InlineData("reverse-lunge", 3, 10, 10, true)]
    [InlineData("dead-bug", 3, 8, 10, true)]
    [InlineData("leg-extension", 2, 8, 12, true)]
    public void Doses_follow_the_articles(string id, int sets, int min, int max, bool perSide)
    {
        var dose = ShippedCatalog.Catalog.Find(id).ShouldNotBeNull().Dose;

        dose.Sets.ShouldBe(sets);
        (dose.Reps ?? dose.Seconds).ShouldBe(new DoseRange(min, max));
        dose.PerSide.ShouldBe(perSide);
    }

    [Fact]
    public void The_nordic_curl_descent_is_slower_than_three_seconds()
    {
        var tempo = ShippedCatalog.Catalog.Find("nordic-curl").ShouldNotBeNull().Dose.Tempo.ShouldNotBeNull();

        int.Parse(tempo.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(3);
    }

    [Fact]
    public void Warm_up_drills_include_the_article_warm_up()
    {
        var warmups = ShippedCatalog.Catalog.Exercises.Where(e => e.Warmup).Select(e => e.Id).ToList();

        warmups.ShouldContain("elephant-walk");
        warmups.ShouldContain("air-squat");
        warmups.ShouldContain("glute-bridge");
        warmups.ShouldContain("leg-swing");
        warmups.ShouldContain("walking-lunge");
    }

    private static string Spelling(MovementPattern pattern) => SchemaModelContract.Spellings(typeof(MovementPattern))[(int)pattern];
}

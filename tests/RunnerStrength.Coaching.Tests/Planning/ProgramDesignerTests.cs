using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Vocabulary;
using static RunnerStrength.Coaching.Tests.Scenarios.TextPositions;

namespace RunnerStrength.Coaching.Tests.Planning;

public sealed partial class ProgramDesignerTests
{
    private static readonly DateOnly Saturday = new(2026, 11, 21);

    public static TheoryData<string> SampleFiles =>
    [
        .. Directory.EnumerateFiles(RepositoryPaths.SampleAthletes, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData("2026-11-21", "2026-11-23")]
    [InlineData("2026-11-22", "2026-11-23")]
    [InlineData("2026-11-23", "2026-11-30")]
    [InlineData("2026-11-27", "2026-11-30")]
    public void Without_a_start_the_plan_starts_the_next_Monday(string today, string monday)
    {
        var result = Design("no-race.json", today: DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        var plan = result.Plan.ShouldNotBeNull();
        plan.Start.ShouldBe(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
        plan.Start.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        plan.Weeks[0].Start.ShouldBe(plan.Start);
    }

    [Fact]
    public void Without_weeks_a_plan_runs_through_the_race_week()
    {
        var plan = Design("beginner-bodyweight-10k.json").Plan.ShouldNotBeNull();

        plan.Weeks.Count.ShouldBe(15);
        var last = plan.Weeks[^1];
        last.WeeksToRace.ShouldBe(0);
        new DateOnly(2027, 3, 7).ShouldBeInRange(last.Start, last.Start.AddDays(6));
    }

    [Fact]
    public void A_race_in_the_first_week_makes_a_one_week_plan()
    {
        var plan = Design("race-this-week.json").Plan.ShouldNotBeNull();

        plan.Weeks.ShouldHaveSingleItem().WeeksToRace.ShouldBe(0);
    }

    [Fact]
    public void Without_a_race_or_weeks_a_plan_has_eight_weeks()
    {
        Design("no-race.json").Plan.ShouldNotBeNull().Weeks.Count.ShouldBe(ProgramDesigner.DefaultWeeks);
        ProgramDesigner.DefaultWeeks.ShouldBe(8);
    }

    [Fact]
    public void Asked_for_weeks_are_planned_even_with_a_race()
    {
        Design("beginner-bodyweight-10k.json", weeks: 3).Plan.ShouldNotBeNull().Weeks.Select(w => w.Week).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void A_race_before_the_start_reports_RS5060_at_the_race_date_with_a_start_that_works()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "race-on-a-date.json");
        File.Copy(Path.Combine(RepositoryPaths.SampleAthletes, "race-this-week.json"), file);
        var text = Edit(file, "\"inWeeks\": 1, \"day\": \"saturday\"", "\"date\": \"2026-11-28\"");

        var result = DesignFile(file, start: new DateOnly(2026, 11, 30));

        result.Plan.ShouldBeNull();
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldHaveDiagnostics(At("RS5060", text, "\"2026-11-28\""));
        result.Diagnostics[0].Location.Path.ShouldBe(file);
        result.Diagnostics[0].Arguments.ShouldBe(["2026-11-28", "2026-11-30", "2026-11-23"]);
        result.Diagnostics[0].Message.ShouldBe("the race on 2026-11-28 is before the plan starts on 2026-11-30; start the plan by race day, such as --start 2026-11-23 (the Monday of race week), or move the race: a later 'date', or 'inWeeks' to count it from the plan's start");
        DesignFile(file, start: new DateOnly(2026, 11, 23)).Plan.ShouldNotBeNull().Weeks.ShouldHaveSingleItem().WeeksToRace.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-11-23", "2027-03-07")]
    [InlineData("2030-06-03", "2030-09-15")]
    [InlineData("2026-11-25", "2027-03-09")]
    public void A_race_in_weeks_is_on_the_last_day_of_that_plan_week(string start, string raceDay)
    {
        var plan = Design("beginner-bodyweight-10k.json", start: DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)).Plan.ShouldNotBeNull();

        plan.Weeks.Count.ShouldBe(15);
        plan.Weeks[^1].WeeksToRace.ShouldBe(0);
        plan.Weeks[^1].Start.AddDays(6).ShouldBe(DateOnly.Parse(raceDay, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(Weekday.Saturday, 1, "2026-11-23", "2026-11-28")]
    [InlineData(Weekday.Monday, 1, "2026-11-23", "2026-11-23")]
    [InlineData(Weekday.Sunday, 2, "2026-11-23", "2026-12-06")]
    [InlineData(Weekday.Tuesday, 1, "2026-11-25", "2026-12-01")]
    [InlineData(Weekday.Wednesday, 3, "2026-11-25", "2026-12-09")]
    public void A_race_in_weeks_on_a_day_is_on_that_day_of_the_plan_week(Weekday day, int weeks, string start, string raceDay)
    {
        var race = new RaceInfo { Distance = RaceDistance.TenK, InWeeks = weeks, Day = day };

        race.DatedFrom(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)).Date.ShouldBe(DateOnly.Parse(raceDay, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Rules_read_the_dated_race_and_the_plan_through_it_follows_the_start()
    {
        var saturday = Design("race-this-week.json", start: new DateOnly(2031, 1, 6));

        var week = saturday.Plan.ShouldNotBeNull().Weeks.ShouldHaveSingleItem();
        week.Start.ShouldBe(new DateOnly(2031, 1, 6));
        week.WeeksToRace.ShouldBe(0);
        week.Phase.ShouldBe(TrainingPhase.Taper);
        saturday.FiredRules.ShouldContain("Placement/NothingOnOrBeforeRaceDay");
    }

    [Fact]
    public void A_race_in_weeks_past_the_end_of_the_calendar_reports_RS5065()
    {
        var result = Design("beginner-bodyweight-10k.json", start: new DateOnly(9999, 11, 1), weeks: 1);

        result.Plan.ShouldBeNull();
        result.Diagnostics.Select(d => d.Code).ShouldContain("RS5065");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(ProgramDesigner.MaxWeeks + 1)]
    public void Weeks_out_of_range_report_RS5062(int weeks)
    {
        var result = Design("no-race.json", weeks: weeks);

        result.Plan.ShouldBeNull();
        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS5062"]);
        result.Diagnostics[0].Arguments.ShouldBe([weeks, ProgramDesigner.MaxWeeks]);
    }

    [Fact]
    public void A_rule_set_without_a_workflow_the_designer_needs_reports_RS5050()
    {
        using var temp = TempFolder.WithRules(out var rules);
        File.Delete(Path.Combine(rules, "timing.json"));

        var result = CoachingRules.Load(rules);

        result.Rules.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("RS5050");
        diagnostic.Arguments[0].ShouldBe(CoachingWorkflows.Timing);
        Path.GetFullPath(diagnostic.Location.Path).ShouldBe(Path.GetFullPath(rules));
    }

    [Fact]
    public void A_misspelt_decision_property_reports_RS5051_with_a_suggestion_at_the_rule()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var volume = Path.Combine(rules, "volume.json");
        var text = Edit(volume, BaseVolume, BaseVolume.Replace("\"sessions\"", "\"sesions\"", StringComparison.Ordinal));

        var result = CoachingRules.Load(rules);

        result.Rules.ShouldBeNull();
        var line = Line(text, "\"RuleName\": \"Base\"");
        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).ShouldBe([("RS5051", line), ("RS5053", line)]);
        result.Diagnostics[0].Message.ShouldContain("did you mean 'sessions'?");
        Path.GetFullPath(result.Diagnostics[0].Location.Path).ShouldBe(Path.GetFullPath(volume));
    }

    [Fact]
    public void A_decision_value_of_the_wrong_kind_reports_RS5052_at_the_rule()
    {
        using var temp = TempFolder.WithRules(out var rules);
        var text = Edit(Path.Combine(rules, "volume.json"), BaseVolume, BaseVolume.Replace("\"sessions\": 3", "\"sessions\": \"three\"", StringComparison.Ordinal));

        var result = CoachingRules.Load(rules);

        result.Rules.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("RS5052");
        diagnostic.Location.Line.ShouldBe(Line(text, "\"RuleName\": \"Base\""));
        diagnostic.Message.ShouldBe("rule 'Base': 'sessions' must be a whole number from 0 to 7");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Designing_twice_gives_byte_identical_json(string file)
    {
        var first = PlanJson.Serialize(Design(file).Plan.ShouldNotBeNull());
        var again = PlanJson.Serialize(Design(file).Plan.ShouldNotBeNull());
        var freshRules = PlanJson.Serialize(Design(file, rules: DefaultRules.Load(RepositoryPaths.Rules)).Plan.ShouldNotBeNull());

        again.ShouldBe(first);
        freshRules.ShouldBe(first);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_session_says_why_with_the_file_and_line_of_each_rule(string file)
    {
        var plan = Design(file).Plan.ShouldNotBeNull();
        var sessions = plan.Weeks.SelectMany(w => w.Sessions).ToList();

        sessions.ShouldNotBeEmpty();
        foreach (var session in sessions)
        {
            session.Why.ShouldNotBeEmpty();
            foreach (var reason in session.Why)
            {
                var match = SourcePattern().Match(reason.Source);
                match.Success.ShouldBeTrue($"'{reason.Source}' of {reason.Rule} is not file(line,column)");
                var path = Path.GetFullPath(match.Groups["file"].Value);
                File.Exists(path).ShouldBeTrue(path);
                var line = File.ReadLines(path).ElementAt(int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
                line.ShouldContain($"\"{reason.Rule.Split('/')[1]}\"", customMessage: $"{reason.Source} should be the line of {reason.Rule}");
                reason.Message.ShouldNotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void Every_session_is_explained_by_its_phase_volume_budget_placement_and_content_rules()
    {
        var session = Design("beginner-bodyweight-10k.json").Plan.ShouldNotBeNull().Weeks[0].Sessions[0];

        var workflows = session.Why.Select(w => w.Rule.Split('/')[0]).Distinct().ToList();

        // Week 1 is a re-test week (the baseline), so the Retest rules explain it too.
        workflows.ShouldBe([CoachingWorkflows.Phase, CoachingWorkflows.Retest, CoachingWorkflows.Volume, CoachingWorkflows.Budget, CoachingWorkflows.Placement, CoachingWorkflows.SessionPlan], ignoreOrder: true);
        session.Why.Select(w => w.Rule).ShouldContain("Placement/EasyRunDay");
    }

    private static PlanResult Design(string file, DateOnly? start = null, int? weeks = null, DateOnly? today = null, CoachingRules? rules = null) =>
        DesignFile(Path.Combine(RepositoryPaths.SampleAthletes, file), start, weeks, today, rules);

    private static PlanResult DesignFile(string path, DateOnly? start = null, int? weeks = null, DateOnly? today = null, CoachingRules? rules = null)
    {
        var read = AthleteProfileReader.ReadFile(path);
        var request = new PlanRequest
        {
            Athlete = read.Profile.ShouldNotBeNull(),
            AthleteSource = read.Source,
            Start = today is null ? start ?? new DateOnly(2026, 11, 23) : null,
            Weeks = weeks,
        };
        return ProgramDesigner.Design(request, rules ?? DefaultRules.Rules, today ?? Saturday);
    }

    /// <summary>The decisions of volume.json's Base rule, as the file (laid out by <c>fmt</c>) writes them.</summary>
    private const string BaseVolume = """
        "sessions": 3,
                "intensities": ["moderate", "moderate", "light"],
                "minutes": { "heavy"
        """;

    private static string Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        text.ShouldContain(find);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        text = text[..at] + replace + text[(at + find.Length)..];
        File.WriteAllText(file, text);
        return text;
    }

    private static int Line(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [GeneratedRegex(@"^(?<file>.+\.json)\((?<line>\d+),(?<column>\d+)\)$")]
    private static partial Regex SourcePattern();
}

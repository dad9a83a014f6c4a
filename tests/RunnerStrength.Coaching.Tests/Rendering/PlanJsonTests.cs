using System.Text.Json;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Plans;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Rendering;

public sealed class PlanJsonTests
{
    private static readonly JsonSchemaValidator Validator = JsonSchemaValidator.FromSchemaText(PlanJson.SchemaText);

    [Fact]
    public void Serialize_then_deserialize_gives_back_the_same_plan()
    {
        var plan = SamplePlans.TwoWeeks();

        var roundTripped = PlanJson.Deserialize(PlanJson.Serialize(plan));

        roundTripped.ShouldEqualDeeply(plan);
    }

    [Fact]
    public void The_same_plan_serializes_to_identical_text_every_time()
    {
        var first = PlanJson.Serialize(SamplePlans.TwoWeeks());
        var second = PlanJson.Serialize(SamplePlans.TwoWeeks());
        var again = PlanJson.Serialize(PlanJson.Deserialize(first));

        second.ShouldBe(first);
        again.ShouldBe(first);
    }

    [Fact]
    public void Output_is_indented_by_two_spaces_with_lf_line_ends_and_a_final_newline()
    {
        var json = PlanJson.Serialize(SamplePlans.TwoWeeks());

        json.ShouldNotContain("\r");
        json.ShouldEndWith("}\n");
        json.ShouldStartWith("{\n  \"athlete\": \"Ana Runner\",\n  \"athleteId\": null,\n  \"start\": \"2026-11-23\",\n  \"weeks\": [\n    {\n      \"week\": 1,");
    }

    [Theory]
    [InlineData("\"day\": \"monday\"")]
    [InlineData("\"date\": \"2026-11-23\"")]
    [InlineData("\"run\": \"race-pace\"")]
    [InlineData("\"intensity\": \"moderate\"")]
    [InlineData("\"phase\": \"build\"")]
    [InlineData("\"pattern\": \"foot-ankle\"")]
    [InlineData("\"weeksToRace\": null")]
    [InlineData("\"reps\": null")]
    [InlineData("\"tempo\": null")]
    [InlineData("\"restSeconds\": 90")]
    [InlineData("\"perSide\": true")]
    [InlineData("\"load\": \"2 × 16 kg kettlebells\"")]
    public void Values_are_written_with_their_contract_spelling(string expected)
    {
        var plan = SamplePlans.TwoWeeks();
        var week = plan.Weeks[1] with { WeeksToRace = null };
        var session = week.Sessions[0] with { Run = RunKind.RacePace };
        var exercise = session.Exercises[0] with { Pattern = MovementPattern.FootAnkle };
        session = session with { Exercises = [exercise, .. session.Exercises.Skip(1)] };
        plan = plan with { Weeks = [plan.Weeks[0], week with { Sessions = [session] }] };

        PlanJson.Serialize(plan).ShouldContain(expected);
    }

    [Theory]
    [InlineData("\"order\": \"after-run\"")]
    [InlineData("\"order\": \"before-run\"")]
    [InlineData("\"order\": null")]
    [InlineData("\"title\": \"Lower body and core\"")]
    [InlineData("\"title\": null")]
    [InlineData("\"fallback\": true")]
    [InlineData("\"fallback\": false")]
    [InlineData("\"mitigation\": true")]
    [InlineData("\"mitigation\": false")]
    public void Order_title_fallback_and_mitigation_are_written_with_their_contract_spelling(string expected)
    {
        PlanJson.Serialize(OrderedWeek.Plan()).ShouldContain(expected);
    }

    [Fact]
    public void A_rest_day_session_carries_order_as_null_rather_than_leaving_it_out()
    {
        using var document = JsonDocument.Parse(PlanJson.Serialize(OrderedWeek.Plan()));
        var sessions = document.RootElement.GetProperty("weeks")[0].GetProperty("sessions").EnumerateArray().ToList();

        var friday = sessions.Single(s => s.GetProperty("run").GetString() == "rest");
        friday.TryGetProperty("order", out var order).ShouldBeTrue();
        order.ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var session in sessions)
        {
            foreach (var name in new[] { "order", "title", "fallback" })
            {
                session.TryGetProperty(name, out _).ShouldBeTrue(name);
            }
        }
    }

    [Fact]
    public void Order_title_fallback_and_mitigation_survive_a_round_trip()
    {
        var plan = OrderedWeek.Plan();

        var roundTripped = PlanJson.Deserialize(PlanJson.Serialize(plan));

        roundTripped.ShouldEqualDeeply(plan);
        var sessions = roundTripped.Weeks[0].Sessions;
        sessions.Select(s => s.Order).ShouldBe([SessionOrder.AfterRun, SessionOrder.BeforeRun, null]);
        sessions.Select(s => s.Title).ShouldBe(["Lower body and core", "Full body", null]);
        sessions.Select(s => s.Fallback).ShouldBe([true, false, false]);
        sessions[0].Exercises.Select(e => e.Mitigation).ShouldBe([false, false, false, true]);
    }

    [Fact]
    public void A_plan_with_order_title_fallback_and_mitigation_validates_against_the_schema()
    {
        var result = PlanJson.Read(SourceText.From(PlanJson.Serialize(OrderedWeek.Plan()), "plan.json"));

        result.Diagnostics.ShouldBeEmpty(string.Join("\n", result.Diagnostics));
        result.Plan.ShouldEqualDeeply(OrderedWeek.Plan());
    }

    [Theory]
    [InlineData("\"order\": null,", "", "RS1005")]
    [InlineData("\"title\": null,", "", "RS1005")]
    [InlineData("\"fallback\": false,", "", "RS1005")]
    [InlineData("\"mitigation\": false,", "", "RS1005")]
    [InlineData("\"order\": \"after-run\"", "\"order\": \"during-run\"", "RS1006")]
    [InlineData("\"fallback\": true", "\"fallback\": \"yes\"", "RS1002")]
    public void The_new_fields_missing_or_misspelled_fail_validation(string good, string broken, string code)
    {
        var json = PlanJson.Serialize(OrderedWeek.Plan());
        json.ShouldContain(good);
        json = ReplaceFirst(json, good, broken);

        var diagnostics = Validator.Validate(SourceText.From(json, "plan.json"));

        diagnostics.Select(d => d.Code).ShouldContain(code, string.Join("\n", diagnostics));
    }

    [Fact]
    public void Output_validates_against_the_plan_schema()
    {
        var json = PlanJson.Serialize(SamplePlans.TwoWeeks());

        var diagnostics = Validator.Validate(SourceText.From(json, "plan.json"));

        diagnostics.ShouldBeEmpty(string.Join("\n", diagnostics));
    }

    [Fact]
    public void An_unknown_intensity_fails_validation_at_its_line()
    {
        var json = PlanJson.Serialize(SamplePlans.TwoWeeks()).Replace("\"intensity\": \"moderate\"", "\"intensity\": \"extreme\"");
        var line = json[..json.IndexOf("extreme", StringComparison.Ordinal)].Count(c => c == '\n');

        var diagnostics = Validator.Validate(SourceText.From(json, "plan.json"));

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("RS1006");
        diagnostic.Message.ShouldContain("extreme");
        diagnostic.Message.ShouldContain("light, moderate, heavy");
        diagnostic.Location.Source.GetLinePosition(diagnostic.Location.Span.Start).Line.ShouldBe(line);
    }

    [Theory]
    [InlineData("\"start\": \"2026-11-23\"", "\"start\": \"23/11/2026\"", "RS1002")]
    [InlineData("\"perSide\": true", "\"perSide\": true, \"weight\": 20", "RS1003")]
    [InlineData("\"tempo\": \"3-0-1\"", "\"tempo\": \"slow\"", "RS1002")]
    [InlineData("\"sets\": 3", "\"sets\": 0", "RS1002")]
    [InlineData("\"day\": \"monday\"", "\"day\": \"Monday\"", "RS1006")]
    public void A_broken_plan_file_fails_validation(string good, string broken, string code)
    {
        var json = PlanJson.Serialize(SamplePlans.TwoWeeks());
        json.ShouldContain(good);
        json = ReplaceFirst(json, good, broken);

        var diagnostics = Validator.Validate(SourceText.From(json, "plan.json"));

        diagnostics.Select(d => d.Code).ShouldContain(code);
    }

    [Fact]
    public void Reading_a_valid_file_gives_the_plan_and_no_diagnostics()
    {
        var result = PlanJson.Read(SourceText.From(PlanJson.Serialize(SamplePlans.TwoWeeks()), "plan.json"));

        result.Diagnostics.ShouldBeEmpty();
        result.Plan.ShouldEqualDeeply(SamplePlans.TwoWeeks());
    }

    [Fact]
    public void Reading_a_broken_file_reports_diagnostics_instead_of_throwing()
    {
        var json = PlanJson.Serialize(SamplePlans.TwoWeeks()).Replace("\"intensity\": \"heavy\"", "\"intensity\": \"extreme\"");

        var result = PlanJson.Read(SourceText.From(json, "plan.json"));

        result.Plan.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("plan.json(");
    }

    [Fact]
    public void Reading_an_impossible_date_the_schema_lets_through_reports_it()
    {
        var json = ReplaceFirst(PlanJson.Serialize(SamplePlans.TwoWeeks()), "\"date\": \"2026-11-23\"", "\"date\": \"2026-02-30\"");

        var result = PlanJson.Read(SourceText.From(json, "plan.json"));

        result.Plan.ShouldBeNull();
        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(d => d.IsError);
    }

    [Fact]
    public void Deserialize_rejects_a_missing_required_property()
    {
        var json = PlanJson.Serialize(SamplePlans.TwoWeeks()).Replace("\"athlete\": \"Ana Runner\",", string.Empty);

        Should.Throw<JsonException>(() => PlanJson.Deserialize(json));
    }

    [Fact]
    public void The_shipped_schema_is_the_file_in_the_repository()
    {
        var file = Path.Combine(RepositoryRoot(), "schemas", "plan.schema.json");

        PlanJson.SchemaText.ReplaceLineEndings("\n").ShouldBe(File.ReadAllText(file).ReplaceLineEndings("\n"));
    }

    internal static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RunnerStrength.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("RunnerStrength.sln not found above " + sourceFile);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}

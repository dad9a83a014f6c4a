using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Syntax;
using static RunnerStrength.Engine.Tests.Evaluation.RuleFiles;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>Problems found at load point into the JSON file, escapes included, and a file reports all of them at once.</summary>
public sealed class LoadDiagnosticTests
{
    [Fact]
    public void Unknown_member_reports_RS3101_with_a_suggestion_at_its_place_in_the_file()
    {
        var json = Workflow(("ok", "athlete.sessionMinutes > 10"), ("typo", "athlete.levle == \"beginner\""));
        var result = Load(json);

        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldBeDiagnostics(At("RS3101", json, "levle"));
        result.Diagnostics[0].Message.ShouldBe("'athlete' has no member 'levle'; did you mean 'level'?");
        result.Diagnostics[0].ToString().ShouldStartWith($"rules.json({PositionOf(json, "levle").Line},{PositionOf(json, "levle").Column}): error RS3101:");
    }

    [Theory]
    [InlineData("athlete.name == \\\"A\\\" && athlete.levle > 1", "levle")]
    [InlineData("\\\"\\\\u00e9\\\\n\\\" == athlete.name && athlete.nmae == \\\"\\\"", "nmae")]
    [InlineData("athlete.name == \\\"\\u00e9\\u00e9\\u00e9\\\" && athlete.nmae == \\\"\\\"", "nmae")]
    [InlineData("athlete.name\\u0020== \\\"x\\\" && athlete.nmae == \\\"\\\"", "nmae")]
    [InlineData("athlete.name == \\\"\\/\\\" && athlete.nmae == \\\"\\\"", "nmae")]
    public void Positions_account_for_escapes_inside_the_JSON_string(string writtenExpression, string marker)
    {
        // The expression is written into the file exactly as given, escapes and all.
        var json = "{\n  \"WorkflowName\": \"w\",\n  \"Rules\": [\n    { \"RuleName\": \"r\", \"Expression\": \"" + writtenExpression + "\" }\n  ]\n}\n";
        Load(json).Diagnostics.ShouldBeDiagnostics(At("RS3101", json, marker));
    }

    [Fact]
    public void Type_errors_report_RS3103_at_the_operator()
    {
        var json = Workflow(("r", "athlete.level > true"));
        Load(json).Diagnostics.ShouldBeDiagnostics(At("RS3103", json, "> true"));
    }

    [Fact]
    public void Unknown_functions_and_wrong_arguments_report_RS3105_RS3106_RS3107()
    {
        var json = Workflow(("a", "frobnicate(athlete.sessionMinutes)"), ("b", "Math.Max(athlete.sessionMinutes) > 1"), ("c", "Math.Abs(athlete.name) > 1"));
        Load(json).Diagnostics.ShouldBeDiagnostics(
            At("RS3105", json, "frobnicate"),
            At("RS3106", json, "Math.Max"),
            At("RS3107", json, "athlete.name)"));
    }

    [Fact]
    public void A_rule_expression_that_is_not_boolean_reports_RS3115()
    {
        var json = Workflow(("count", "athlete.sessionMinutes + 1"));
        var result = Load(json);
        result.Diagnostics.ShouldBeDiagnostics(At("RS3115", json, "athlete.sessionMinutes + 1"));
        result.Diagnostics[0].Message.ShouldBe("a rule's Expression must be true or false, found a number (int)");
    }

    [Fact]
    public void A_file_reports_all_its_problems_in_one_run()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "GlobalParams": [
                { "Name": "minutes", "Expression": "athlete.sesionMinutes" }
              ],
              "Rules": [
                { "RuleName": "a", "Expression": "minutes > 10 && athlete.levle == \"x\"" },
                { "RuleName": "b", "Expression": "athlete.level == \"expert\"", "ErrorMessage": "see $(athlete.nme)" },
                { "RuleName": "c", "Expression": "athlete.sessionMinutes",
                  "LocalParams": [ { "Name": "minutes", "Expression": "athlete.history.Frist()" } ] },
                { "RuleName": "d", "Expression": "true", "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "athlete.week.mondy" } } } }
              ]
            }
            """;
        Load(Json).Diagnostics.ShouldBeDiagnostics(
            At("RS3101", Json, "sesionMinutes"),
            At("RS3101", Json, "levle"),
            At("RS3108", Json, "\\\"expert"),
            At("RS3101", Json, "nme)"),
            At("RS3115", Json, "athlete.sessionMinutes\""),
            At("RS4004", Json, "\"minutes\", \"Expression\": \"athlete.history"),
            At("RS3105", Json, "Frist"),
            At("RS3101", Json, "mondy"));
    }

    [Fact]
    public void Params_that_hide_an_input_a_global_or_an_outer_local_report_RS4004()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "GlobalParams": [ { "Name": "Athlete", "Expression": "1" }, { "Name": "g", "Expression": "2" } ],
              "Rules": [
                { "RuleName": "p", "Operator": "And",
                  "LocalParams": [ { "Name": "g", "Expression": "3" }, { "Name": "outer", "Expression": "4" } ],
                  "Rules": [
                    { "RuleName": "c", "Expression": "outer > 0", "LocalParams": [ { "Name": "OUTER", "Expression": "5" } ] }
                  ] }
              ]
            }
            """;
        var result = Load(Json);
        result.Diagnostics.ShouldBeDiagnostics(
            At("RS4004", Json, "\"Athlete\""),
            At("RS4004", Json, "\"g\", \"Expression\": \"3\""),
            At("RS4004", Json, "\"OUTER\""));
        result.Diagnostics.Select(d => d.Message).ShouldBe(
        [
            "param 'Athlete' hides the input of the same name",
            "param 'g' hides the global param of the same name",
            "param 'OUTER' hides the local param of the same name",
        ]);
    }

    [Fact]
    public void Diagnostics_of_several_files_name_their_own_file()
    {
        var first = Workflow(("r", "athlete.levle == \"x\""));
        var second = Workflow(("r", "athlete.nmae == \"x\"")).Replace("\"w\"", "\"w2\"", StringComparison.Ordinal);
        var result = LoadAll([("a.json", first), ("b.json", second)]);
        result.Diagnostics.Select(d => d.Location.ToString()).ShouldBe(
        [
            $"a.json({PositionOf(first, "levle").Line},{PositionOf(first, "levle").Column})",
            $"b.json({PositionOf(second, "nmae").Line},{PositionOf(second, "nmae").Column})",
        ]);
    }

    [Fact]
    public void Limits_on_expression_length_and_rule_count_are_diagnostics()
    {
        var longExpression = "athlete.sessionMinutes > " + new string('1', 50);
        var json = Workflow(("long", longExpression), ("two", "true"), ("three", "true"));
        var options = Options with { Limits = new ExpressionLimits { MaxLength = 40 }, MaxRules = 2 };

        Load(json, options).Diagnostics.ShouldBeDiagnostics(
            At("RS2006", json, "athlete.sessionMinutes > 1"),
            At("RS4008", json, "\"three\""));
    }

    [Fact]
    public void Workflow_names_that_differ_only_in_case_are_duplicates_because_lookups_ignore_case()
    {
        const string Json = """
            [
              { "WorkflowName": "plan", "Rules": [ { "RuleName": "r", "Expression": "true" } ] },
              { "WorkflowName": "Plan", "Rules": [ { "RuleName": "r", "Expression": "true" } ] }
            ]
            """;
        var result = Load(Json);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldBeDiagnostics(At("RS4001", Json, "\"Plan\""));
    }

    [Fact]
    public void Inputs_declared_twice_report_RS4016()
    {
        var options = Options.WithInputs(InputDeclaration.Of<Athlete>("athlete"), InputDeclaration.Of<Athlete>("ATHLETE"));
        var json = Workflow(("r", "true"));
        Load(json, options).Diagnostics.ShouldBeDiagnostics(At("RS4016", json, "\"w\""));
    }

    [Fact]
    public void A_rule_set_with_only_warnings_or_nothing_wrong_loads()
    {
        var result = Load(Workflow(("r", "athlete.sessionMinutes > 10")));
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        result.RuleSet!.WorkflowNames.ShouldBe(["w"]);
    }

    [Fact]
    public void An_expression_compiled_on_its_own_reports_as_a_rule_does()
    {
        var result = ExpressionCompiler.Compile(Text.ExpressionText.FromString("athlete.levle", "cli"), ExpressionHarness.Inputs);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Single().ToString().ShouldBe("cli(1,9): error RS3101: 'athlete' has no member 'levle'; did you mean 'level'?");
    }
}

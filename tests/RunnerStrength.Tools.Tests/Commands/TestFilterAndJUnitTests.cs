using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #13: <c>test --filter TEXT</c> and <c>test --format junit --output FILE</c> (JUnit XML that CI systems read).</summary>
public sealed class TestFilterAndJUnitTests
{
    /// <summary>The JUnit schema, copied next to the test assembly from <c>Schemas/junit.xsd</c>.</summary>
    private static readonly string JUnitSchema = Path.Combine(AppContext.BaseDirectory, "Schemas", "junit.xsd");

    private static readonly string ShippedTests = Path.Combine(Repository.Rules, "tests");
    [Fact]
    public void Filter_runs_the_scenarios_whose_name_or_file_name_contains_it_ignoring_case()
    {
        using var temp = new TempFolder();
        Scenario(temp, "alpha.json", "Taper week drops volume", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "beta-taper.json", "Second one", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "gamma.json", "Third one", """{ "week": 1, "phase": "taper" }""");

        var result = ToolRun.Run("test", temp.Path, "--filter", "TAPER");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.OutLines.Where(l => l.StartsWith("PASS ", StringComparison.Ordinal)).Select(l => l.Split(" (")[0]).ShouldBe(["PASS Taper week drops volume", "PASS Second one"]);
        result.OutLines[^1].ShouldBe("2 passed, 0 failed");
    }

    [Fact]
    public void Filters_add_up_and_a_failing_scenario_left_out_does_not_fail_the_run()
    {
        using var temp = new TempFolder();
        Scenario(temp, "alpha.json", "Alpha", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "beta.json", "Beta", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "gamma.json", "Gamma", """{ "week": 1, "phase": "taper" }""");

        var some = ToolRun.Run("test", temp.Path, "--filter", "alpha", "--filter", "beta");
        var all = ToolRun.Run("test", temp.Path);

        some.ExitCode.ShouldBe(0, some.ToString());
        some.OutLines[^1].ShouldBe("2 passed, 0 failed");
        all.ExitCode.ShouldBe(1, all.ToString());
        all.OutLines[^1].ShouldBe("2 passed, 1 failed");
    }

    [Fact]
    public void A_filter_that_matches_nothing_is_a_usage_error_that_names_it()
    {
        using var temp = new TempFolder();
        Scenario(temp, "alpha.json", "Alpha", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--filter", "zzz");
        var empty = ToolRun.Run("test", temp.Path, "--filter", " ");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("has a name or file name containing 'zzz'");
        result.Out.ShouldBeEmpty();
        empty.ExitCode.ShouldBe(2, empty.ToString());
        empty.Error.ShouldContain("--filter needs a TEXT that is not empty");
    }

    [Fact]
    public void Junit_output_has_a_testcase_per_scenario_and_a_failure_with_expected_actual_and_where()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");
        var bad = Scenario(temp, "wrong.json", "Wrong one", """{ "week": 1, "phase": "taper" }""");
        var file = temp.File("results.xml");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit", "--output", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.OutLines[^1].ShouldBe("1 passed, 1 failed"); // the text report still goes to standard output
        var xml = XDocument.Load(file);
        var suites = xml.Root!;
        suites.Name.LocalName.ShouldBe("testsuites");
        suites.Attribute("tests")!.Value.ShouldBe("2");
        suites.Attribute("failures")!.Value.ShouldBe("1");
        var suite = suites.Element("testsuite")!;
        suite.Attribute("tests")!.Value.ShouldBe("2");
        suite.Attribute("failures")!.Value.ShouldBe("1");
        suite.Attribute("timestamp")!.Value.ShouldBe("2026-11-20T09:00:00");
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")!.Value).ShouldBe(["Good one", "Wrong one"]);
        cases[0].Element("failure").ShouldBeNull();
        double.Parse(cases[0].Attribute("time")!.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0);
        var failure = cases[1].Element("failure")!;
        failure.Attribute("message")!.Value.ShouldBe("week 1: phase: expected taper, actual base");
        failure.Value.ShouldMatch(@"wrong\.json\(7,\d+\): week 1: phase\n  expected: taper\n  actual:   base");
        cases[1].Attribute("file")!.Value.ShouldEndWith("wrong.json");
        bad.ShouldEndWith("wrong.json");
    }

    [Fact]
    public void Junit_without_output_goes_to_standard_output_alone()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit");

        result.ExitCode.ShouldBe(0, result.ToString());
        var xml = XDocument.Parse(result.Out);
        xml.Root!.Element("testsuite")!.Elements("testcase").Count().ShouldBe(1);
        result.Out.ShouldNotContain("passed,");
    }

    [Fact]
    public void Names_with_control_and_bidirectional_characters_stay_well_formed_xml()
    {
        using var temp = new TempFolder();
        Scenario(temp, "odd.json", "Odd \u0001 name \u202E <b>&", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit");

        result.ExitCode.ShouldBe(0, result.ToString());
        XDocument.Parse(result.Out).Root!.Element("testsuite")!.Element("testcase")!.Attribute("name")!.Value
            .ShouldBe("Odd \\u{0001} name \\u{202E} <b>&");
    }

    [Fact]
    public void A_junit_file_that_cannot_be_written_is_RS9003_and_exit_1()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit", "--output", temp.File("missing/results.xml"));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9003:");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = ToolRun.Run("test", "--format", "xunit");

        result.ExitCode.ShouldBe(2, result.ToString());
    }

    [Fact]
    public void Junit_output_for_the_shipped_scenarios_validates_against_the_junit_schema()
    {
        using var temp = new TempFolder();
        var file = temp.File("results.xml");
        var scenarios = Directory.GetFiles(ShippedTests, "*.json").Length;

        var result = ToolRun.Run("test", ShippedTests, "--format", "junit", "--output", file);

        result.ExitCode.ShouldBe(0, result.ToString());
        var (errors, testcases, failures) = Validate(file);
        errors.ShouldBeEmpty();
        scenarios.ShouldBeGreaterThan(0);
        testcases.ShouldBe(scenarios);
        failures.ShouldBe(0);
    }

    [Fact]
    public void Junit_output_with_a_failing_scenario_validates_against_the_junit_schema()
    {
        using var temp = new TempFolder();
        Scenario(temp, "good.json", "Good one", """{ "week": 1, "phase": "base" }""");
        Scenario(temp, "wrong.json", "Wrong one", """{ "week": 1, "phase": "taper" }""");
        Scenario(temp, "odd.json", "Odd \u0001 name \u202E <b>&", """{ "week": 1, "phase": "taper" }, { "week": 2, "phase": "peak" }""");
        var file = temp.File("results.xml");

        var result = ToolRun.Run("test", temp.Path, "--format", "junit", "--output", file);

        result.ExitCode.ShouldBe(1, result.ToString());
        var (errors, testcases, failures) = Validate(file);
        errors.ShouldBeEmpty();
        testcases.ShouldBe(3);
        failures.ShouldBe(2);
    }

    [Theory]
    [InlineData("<testsuites><testsuite name='s' tests='1'><testcase classname='c'/></testsuite></testsuites>", "name")]
    [InlineData("<testsuites><testsuite name='s' tests='1'><failure message='m'/></testsuite></testsuites>", "failure")]
    [InlineData("<testsuites><testsuite name='s' tests='-1'/></testsuites>", "tests")]
    [InlineData("<testsuites><testsuite name='s' tests='1' timestamp='yesterday'/></testsuites>", "timestamp")]
    [InlineData("<testsuites><testsuite name='s' tests='1'><testcase name='t' time='fast'/></testsuite></testsuites>", "time")]
    [InlineData("<testsuites><testsuite name='s' tests='1'><testcase name='t'><skipped/><failure/></testcase></testsuite></testsuites>", "failure")]
    [InlineData("<testsuites><testsuite name='s' tests='1'><testcase name='t'><extra/></testcase></testsuite></testsuites>", "extra")]
    [InlineData("<testsuites><testsuite name='s' tests='1' colour='red'/></testsuites>", "colour")]
    [InlineData("<results><testsuite name='s' tests='1'/></results>", "results")]
    public void The_junit_schema_rejects_what_is_not_junit(string xml, string named)
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.xml", xml);

        var (errors, _, _) = Validate(file);

        errors.ShouldNotBeEmpty();
        errors.ShouldContain(e => e.Contains(named, StringComparison.Ordinal), string.Join('\n', errors));
    }

    [Fact]
    public void The_junit_schema_accepts_the_usual_shape_with_properties_errors_and_skips()
    {
        using var temp = new TempFolder();
        var file = temp.Write("good.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="all" tests="3" failures="0" errors="1" skipped="1" time="1.5">
              <testsuite name="s" tests="3" failures="0" errors="1" skipped="1" time="1.5" timestamp="2026-11-20T09:00:00" hostname="ci">
                <properties><property name="k" value="v"/></properties>
                <testcase name="a" classname="c" time="0.5" file="a.json" line="3"/>
                <testcase name="b" classname="c" time="1"><error message="boom" type="Exception">stack</error><system-out>out</system-out></testcase>
                <testcase name="c" classname="c"><skipped message="later"/></testcase>
                <system-out>o</system-out>
                <system-err>e</system-err>
              </testsuite>
            </testsuites>
            """);

        var (errors, testcases, _) = Validate(file);

        errors.ShouldBeEmpty();
        testcases.ShouldBe(3);
    }

    /// <summary>
    /// Validates <paramref name="file"/> against the JUnit schema: every error and warning (an element the schema does
    /// not declare is only a warning), and how many <c>testcase</c> and <c>failure</c> elements validation matched to
    /// their schema declarations, so a pass cannot come from validating nothing.
    /// </summary>
    private static (List<string> Errors, int Testcases, int Failures) Validate(string file)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} ({e.Exception?.LineNumber},{e.Exception?.LinePosition}): {e.Message}");
        using (var schema = XmlReader.Create(JUnitSchema))
        {
            settings.Schemas.Add(null, schema);
        }

        settings.Schemas.Compile();
        var testcases = 0;
        var failures = 0;
        using var reader = XmlReader.Create(file, settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.SchemaInfo?.SchemaElement is { } declared)
            {
                testcases += declared.QualifiedName.Name == "testcase" && reader.LocalName == "testcase" ? 1 : 0;
                failures += declared.QualifiedName.Name == "failure" && reader.LocalName == "failure" ? 1 : 0;
            }
        }

        return (errors, testcases, failures);
    }

    private static string Scenario(TempFolder temp, string file, string name, string expectation) => temp.Write(file, $$"""
        {
          "name": {{JsonSerializer.Serialize(name)}},
          "athlete": {{JsonSerializer.Serialize(Repository.Athlete("no-race"))}},
          "rules": {{JsonSerializer.Serialize(Repository.Rules)}},
          "start": "2026-11-23",
          "expect": [
            {{expectation}}
          ]
        }
        """);
}

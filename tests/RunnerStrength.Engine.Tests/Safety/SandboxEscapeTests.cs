using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// Expressions that try to leave the sandbox: reflection, types, constructors, arbitrary methods, assignment,
/// disguised names, and sizes meant to exhaust the engine. Each one is a diagnostic: no value, no exception.
/// </summary>
public sealed class SandboxEscapeTests
{
    public static TheoryData<string> Attacks =>
    [
        "athlete.GetType()",
        "athlete.GetType().Assembly",
        "\"\".GetType().Assembly.GetType(\"System.IO.File\")",
        "athlete.name.GetType().GetMethod(\"Clone\")",
        "athlete.equipment.GetType().Assembly.Location",
        "athlete.week.GetType().GetProperties()",
        "System.IO.File.ReadAllText(\"/etc/passwd\")",
        "Type.GetType(\"System.Diagnostics.Process\")",
        "System.Diagnostics.Process.Start(\"sh\")",
        "Process.Start(\"sh\")",
        "Environment.Exit(1)",
        "System.Environment.GetEnvironmentVariable(\"PATH\")",
        "AppDomain.CurrentDomain",
        "GC.Collect()",
        "Console.WriteLine(\"x\")",
        "Thread.Sleep(100000)",
        "DateTime.Now",
        "new Object()",
        "new System.Object()",
        "Activator.CreateInstance(\"System\", \"System.Object\")",
        "athlete.sessionMinutes += 1",
        "athlete.history.Any(h => h.sets -= 1)",
        "athlete.History.GetEnumerator()",
        "athlete.ToString()",
        "athlete.race.date.ToString()",
        "athlete.race.date.AddDays(1) > athlete.race.date",
        "athlete.name.Clone()",
        "athlete.name.Normalize()",
        "athlete.MemberwiseClone()",
        "athlete.GetHashCode()",
        "Equals(athlete, athlete)",
        "athlete.Equals(athlete)",
        "ReferenceEquals(athlete, null)",
        "typeof(string)",
        "nameof(athlete)",
        "default(int)",
        "sizeof(int)",
        "Math.PI",
        "MATH.E > 2",
        "Math.GetType()",
        "Math.Sqrt(2)",
        "string.Format(\"{0}\", athlete)",
        "string.Concat(\"a\", \"b\")",
        "string.Join(\",\", athlete.equipment)",
        "String.Empty",
        "athlete.history.Select(h => h.GetType())",
        "athlete.history.Any(h => h.GetHashCode() > 0)",
        "athlete.history.Aggregate(0, (a, h) => a + h.sets)",
        "athlete.history.Aggregate(\"\", (a) => a)",
        "Enumerable.Range(0, 1000000000).Count()",
        "athlete.history.ToList()",
        "athlete.history.AsQueryable()",
        "athlete.history.Cast<object>()",
        "athlete.history.SelectMany(h => athlete.history)",
        "athlete.scores.GetType()",
        "athlete.@GetType()",
        "@athlete.name",
        "athlete.\\u0047etType()",
        "athlete.GetType\\u0028)",
        "athlete.Get\u200BType()",
        "athlete.GetТype()",
        "athlete?.name == \"x\"",
        "athlete!.name",
        "$\"{athlete.GetType()}\"",
        "@\"verbatim\"",
        "(Func<int>)(() => 1)",
        "athlete.history.Select(h => new { h.sets })",
        "iif(true, athlete.GetType(), 1)",
        "Math.Max(1, 2).GetType()",
        "athlete.history.Select(h => h).GetType()",
        "h => h.GetType()",
        "athlete; athlete.GetType()",
        "athlete.name = \"x\" = \"y\"",
        new string('(', 20_000) + "1" + new string(')', 20_000),
        string.Concat(Enumerable.Repeat("athlete.sessionMinutes + ", 50_000)) + "1",
        "\"" + new string('x', 1_000_000) + "\" == athlete.name",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public void An_attack_expression_is_a_diagnostic_never_a_value_or_an_exception(string attack)
    {
        var result = ExpressionHarness.Compile(attack);

        result.Succeeded.ShouldBeFalse();
        result.Expression.ShouldBeNull();
        result.Diagnostics.ShouldContain(d => d.IsError);
        result.Diagnostics.ShouldAllBe(d => d.Code.StartsWith("RS2", StringComparison.Ordinal) || d.Code.StartsWith("RS3", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public void An_attack_in_a_rule_file_keeps_the_rule_set_from_loading(string attack)
    {
        var result = RuleFiles.Load(RuleFiles.Workflow(("attack", attack)));
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldContain(d => d.IsError);
    }

    [Fact]
    public void A_JSON_escape_that_spells_GetType_is_refused_at_the_escape()
    {
        // JSON decodes \u0047 to G before the expression is read, so this is athlete.GetType() written in disguise.
        const string Json = "{ \"WorkflowName\": \"w\", \"Rules\": [ { \"RuleName\": \"r\", \"Expression\": \"athlete.\\u0047etType() == null\" } ] }";
        var result = RuleFiles.Load(Json);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldBeDiagnostics(RuleFiles.At("RS3112", Json, "\\u0047"));
    }

    [Theory]
    [InlineData("athlete.name = \"x\"")]
    [InlineData("athlete.history.Any(h => h.exercise = \"x\")")]
    [InlineData("athlete.history.Select(h => h.sets = 10).Any(it)")]
    public void A_single_equals_sign_compares_and_never_assigns(string expression)
    {
        // `=` is Dynamic LINQ's equality (the language contract), so these are comparisons; prove nothing is written.
        var athlete = Athlete.Sample;
        ExpressionHarness.Evaluate(expression, athlete).ShouldBe(false);
        athlete.Name.ShouldBe("Ana");
        athlete.History.Select(h => h.Exercise).ShouldBe(["glute-bridge", "push-up", "side-plank"]);
        athlete.History.Select(h => h.Sets).ShouldBe([3, 3, 3]);
    }

    [Fact]
    public void Twenty_thousand_nested_parentheses_are_too_deep_even_when_length_allows_them()
    {
        var text = new string('(', 20_000) + "athlete.sessionMinutes" + new string(')', 20_000) + " > 1";
        var errors = ExpressionHarness.Errors(text, limits: new ExpressionLimits { MaxLength = 1_000_000 });
        errors.Select(d => d.Code).ShouldBe(["RS2007"]);
    }

    [Theory]
    [InlineData("athlete.sessionMinutes + ", "1", "")]
    [InlineData("-", "athlete.sessionMinutes", "")]
    [InlineData("!", "athlete.injured", "")]
    [InlineData("not ", "athlete.injured", "")]
    [InlineData("(", "1", ")")]
    [InlineData("athlete.history.Any(h => ", "true", ")")]
    [InlineData("Math.Abs(", "1", ")")]
    [InlineData("athlete.equipment[", "0", "]")]
    [InlineData("true ? 1 : ", "2", "")]
    [InlineData("athlete.readiness.soreness ?? ", "1", "")]
    [InlineData("1 in (", "1", ")")]
    [InlineData("", "athlete", ".name")]
    public void Long_chains_of_any_shape_are_too_deep_not_a_stack_overflow(string prefix, string middle, string suffix)
    {
        const int Count = 100_000;
        var text = string.Concat(Enumerable.Repeat(prefix, Count)) + middle + string.Concat(Enumerable.Repeat(suffix, Count));
        var compiled = ExpressionHarness.Compile(text, limits: new ExpressionLimits { MaxLength = 10_000_000, MaxDepth = 1_000_000 });
        compiled.Succeeded.ShouldBeFalse();
        compiled.Diagnostics.Select(d => d.Code).ShouldBe(["RS2007"]);
    }

    [Fact]
    public void A_one_megabyte_expression_is_refused_before_it_is_read()
    {
        var text = string.Concat(Enumerable.Repeat("athlete.sessionMinutes > 1 && ", 40_000)) + "true";
        text.Length.ShouldBeGreaterThan(1_000_000);
        ExpressionHarness.Errors(text).ShouldBeDiagnostics(("RS2006", 1, 1));
    }
}

using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Scenarios;

/// <summary>An expectation a plan did not meet: what was checked, what was expected, what came out, and where the expectation is written.</summary>
public sealed record ExpectationFailure(string Expectation, string Expected, string Actual, Location Location)
{
    /// <summary>The MSBuild-style line: <c>rules/tests/x.json(12,7): week 3 phase: expected build, got base</c>.</summary>
    public override string ToString() => $"{(Location.IsNone ? string.Empty : Location + ": ")}{Expectation}: expected {Expected}, got {Actual}";
}

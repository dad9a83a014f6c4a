using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Evaluation;

/// <summary>
/// Values shown in messages are written by the engine itself; a host object is shown as its type's name and none
/// of its members (ToString, formatting) runs.
/// </summary>
public sealed class ValueFormattingTests : IDisposable
{
    private static readonly AsyncLocal<string?> Trap = new();

    private readonly string _trapFile = Path.Combine(Path.GetTempPath(), $"rs-tripwire-{Guid.NewGuid():N}.txt");

    public ValueFormattingTests() => Trap.Value = _trapFile;

    /// <summary>A host type whose text would have side effects: it writes a file, then throws.</summary>
    public sealed class Tripwire : IFormattable
    {
        public int Size { get; init; } = 1;

        public override string ToString() => Spring();

        public string ToString(string? format, IFormatProvider? formatProvider) => Spring();

        private static string Spring()
        {
            File.WriteAllText(Trap.Value ?? Path.Combine(Path.GetTempPath(), "rs-tripwire-unset.txt"), "ToString ran");
            throw new InvalidOperationException("ToString ran");
        }
    }

    public sealed class Box<T>
    {
        public override string ToString() => throw new InvalidOperationException("ToString ran");
    }

    public sealed record Probe
    {
        public Tripwire Wire { get; init; } = new();

        public IReadOnlyList<Tripwire> Wires { get; init; } = [new(), new()];

        public int Minutes { get; init; } = 20;
    }

    public void Dispose() => File.Delete(_trapFile);

    public static TheoryData<object?, string> EngineValues => new()
    {
        { null, "" },
        { "text", "text" },
        { 3, "3" },
        { 3_000_000_000L, "3000000000" },
        { 62.5m, "62.5" },
        { 7.5, "7.5" },
        { 1.25f, "1.25" },
        { true, "true" },
        { new DateOnly(2027, 3, 14), "2027-03-14" },
        { new DateTime(2027, 3, 14, 6, 30, 0), "03/14/2027 06:30:00" },
        { Level.Intermediate, "intermediate" },
        { (int?)4, "4" },
        { new[] { 30, 42 }, "30, 42" },
        { new List<Level> { Level.Beginner, Level.Advanced }, "beginner, advanced" },
        { new[] { "a", "b" }.Where(s => s != "b"), "a" },
    };

    [Theory]
    [MemberData(nameof(EngineValues))]
    public void The_engines_own_value_kinds_are_written_as_before(object? value, string expected)
    {
        RuntimeSupport.Format(value).ShouldBe(expected);
    }

    [Fact]
    public void A_host_object_is_shown_as_its_type_name_and_its_ToString_never_runs()
    {
        RuntimeSupport.Format(new Tripwire()).ShouldBe("<Tripwire>");
        RuntimeSupport.Format(new Box<int>()).ShouldBe("<Box>");
        RuntimeSupport.Format(new Tripwire[] { new(), new() }).ShouldBe("<Tripwire>, <Tripwire>");
        RuntimeSupport.Concat(new EvaluationFrame([], [], EvaluationBudget.Default, null), "wire: ", new Tripwire()).ShouldBe("wire: <Tripwire>");
        File.Exists(_trapFile).ShouldBeFalse();
    }

    [Fact]
    public void Placeholders_in_an_error_message_show_host_objects_without_calling_them()
    {
        const string Json = """
            {
              "WorkflowName": "w",
              "Rules": [
                { "RuleName": "r", "Expression": "probe.minutes > 60", "ErrorMessage": "$(probe) / $(probe.wire) / $(probe.wires) / $(probe.minutes) min" }
              ]
            }
            """;
        var options = new RuleSetOptions().WithInputs(InputDeclaration.Of<Probe>("probe"));

        var result = RuleFiles.Compile(Json, options).Evaluate("w", [new RuleInput("probe", new Probe())], EvaluationOptions.Default);

        result.Results[0].ErrorMessage.ShouldBe("<Probe> / <Tripwire> / <Tripwire>, <Tripwire> / 20 min");
        File.Exists(_trapFile).ShouldBeFalse();
    }
}

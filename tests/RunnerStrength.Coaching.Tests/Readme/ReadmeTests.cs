using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace RunnerStrength.Coaching.Tests.Readme;

/// <summary>Keeps README.md true: its embedding code is the code the tests run, and its coach's guide names every fact.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    [Theory]
    [InlineData("engine")]
    [InlineData("designer")]
    [InlineData("watcher")]
    [InlineData("rulesengine")]
    public void Readme_shows_the_embedding_code_the_tests_run(string block)
    {
        var code = Block(File.ReadAllText(SourcePath()), block);
        Normalize(Readme).ShouldContain(Normalize(code), customMessage: $"README.md must contain the '{block}' example exactly as ReadmeEmbeddingExamples.cs runs it");
    }

    [Theory]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.WeekFacts), "week")]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.DayFacts), "day")]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.SessionFacts), "session")]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.SlotFacts), "slot")]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.ExerciseFacts), "exercise")]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.HistoryFacts), "history")]
    [InlineData(typeof(RunnerStrength.Coaching.Planning.Facts.LineFacts), "line")]
    public void Coachs_guide_lists_every_member_rules_can_read(Type facts, string input)
    {
        var row = Readme.Split('\n').FirstOrDefault(l => l.StartsWith($"| `{input}` |", StringComparison.Ordinal));
        row.ShouldNotBeNull($"README.md needs a row for the '{input}' input");
        foreach (var property in facts.GetProperties())
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            row.ShouldContain($"`{name}`", customMessage: $"README.md's '{input}' row must list '{name}'");
        }
    }

    [Fact]
    public void Coachs_guide_lists_every_decision_property()
    {
        foreach (var (workflow, properties) in RunnerStrength.Coaching.Planning.Rules.RuleDecisionReader.AllowedProperties)
        {
            var decisions = Readme[Readme.IndexOf("### What each workflow's rules decide", StringComparison.Ordinal)..];
            var row = decisions.Split('\n').FirstOrDefault(l => l.StartsWith($"| {workflow} |", StringComparison.Ordinal));
            row.ShouldNotBeNull($"README.md's decisions table needs a row for {workflow}");
            foreach (var property in properties)
            {
                row.ShouldContain($"`{property}`", customMessage: $"README.md's {workflow} row must list '{property}'");
            }
        }
    }

    private static string Block(string source, string name)
    {
        var match = Regex.Match(source, $@"// README:{name}\r?\n(?<code>.*?)\r?\n\s*// README:end", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"no README:{name} block");
        return match.Groups["code"].Value;
    }

    /// <summary>Compares code ignoring indentation, so the README can hold it flush left.</summary>
    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static string SourcePath([CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "ReadmeEmbeddingExamples.cs");
}

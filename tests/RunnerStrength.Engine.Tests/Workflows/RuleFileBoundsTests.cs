using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

/// <summary>Issue #10: rule files are read only when regular and no larger than the cap.</summary>
public sealed class RuleFileBoundsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rs-bounds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_json_link_to_a_device_in_a_rules_folder_reports_RS9005_and_the_others_are_read()
    {
        File.WriteAllText(Path.Combine(_folder, "a.json"), Workflow("a"));
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.json"), "/dev/zero");

        var result = WorkflowReader.ReadDirectory(_folder);

        result.Workflows.Select(w => w.Name).ShouldBe(["a"]);
        var problem = result.Diagnostics.ShouldHaveSingleItem();
        problem.Descriptor.Code.ShouldBe("RS9005");
        problem.Message.ShouldBe($"'{_folder}/zero.json' is a device; expected a regular file");
    }

    [Fact]
    public void A_link_to_a_regular_file_is_read()
    {
        var target = Path.Combine(_folder, "real.txt");
        File.WriteAllText(target, Workflow("linked"));
        File.CreateSymbolicLink(Path.Combine(_folder, "linked.json"), target);

        var result = WorkflowReader.ReadDirectory(_folder);

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows.Select(w => w.Name).ShouldBe(["linked"]);
    }

    [Fact]
    public void A_rule_file_of_17_MiB_reports_RS9006()
    {
        using (var stream = new FileStream(Path.Combine(_folder, "big.json"), FileMode.Create))
        {
            stream.SetLength(17L * 1024 * 1024);
        }

        var result = WorkflowReader.ReadDirectory(_folder);

        result.Workflows.ShouldBeEmpty();
        var problem = result.Diagnostics.ShouldHaveSingleItem();
        problem.Descriptor.Code.ShouldBe("RS9006");
        problem.Message.ShouldBe($"'{_folder}/big.json' is larger than the limit of {InputFile.DefaultMaxBytes} bytes");
    }

    [Fact]
    public void The_size_cap_comes_from_the_rule_set_options()
    {
        var path = Path.Combine(_folder, "a.json");
        File.WriteAllText(path, Workflow("a"));

        var tight = RuleSetLoader.LoadFiles([path], new RuleSetOptions { MaxFileBytes = 10 });
        var roomy = RuleSetLoader.LoadFiles([path], new RuleSetOptions { MaxFileBytes = 10_000 });

        tight.RuleSet.ShouldBeNull();
        tight.Diagnostics.Select(d => d.Descriptor.Code).ShouldBe(["RS9006"]);
        roomy.Diagnostics.ShouldBeEmpty();
        roomy.RuleSet.ShouldNotBeNull();
    }

    private static string Workflow(string name) =>
        $$"""{ "WorkflowName": "{{name}}", "Rules": [ { "RuleName": "r", "Expression": "true" } ] }""";
}

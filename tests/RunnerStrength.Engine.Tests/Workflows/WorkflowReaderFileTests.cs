using RunnerStrength.Engine.Tests.Json;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Engine.Tests.Workflows;

public sealed class WorkflowReaderFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rs-workflows-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_is_read_file_by_file_in_ordinal_name_order_without_subfolders()
    {
        Write("b.json", Workflow("b"));
        Write("a.json", Workflow("a"));
        Write("Z.json", Workflow("Z"));
        Write("notes.txt", Workflow("txt"));
        Write("sub/c.json", Workflow("c"));

        var result = WorkflowReader.ReadDirectory(_folder);

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows.Select(w => w.Name).ShouldBe(["Z", "a", "b"]);
        result.Workflows.Select(w => w.Location.Path).ShouldBe([$"{_folder}/Z.json", $"{_folder}/a.json", $"{_folder}/b.json"]);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_with_their_paths()
    {
        Write("a.json", """{ "WorkflowName": 1, "Rules": [] }""");
        Write("b.json", "{");
        Write("c.json", Workflow("c"));

        var result = WorkflowReader.ReadDirectory(_folder + "/");

        result.Diagnostics.Select(d => (d.Location.Path, d.Code)).ShouldBe([($"{_folder}/a.json", "RS1004"), ($"{_folder}/b.json", "RS1001")]);
        result.Workflows.Select(w => w.Name).ShouldBe(["", "c"]);
    }

    [Fact]
    public void A_missing_folder_reports_RS9001_with_the_path_as_given_in_forward_slashes()
    {
        var result = WorkflowReader.ReadDirectory(@"no\such\rules");

        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("no/such/rules(1,1): error RS9001: 'no/such/rules' does not exist");
        result.Workflows.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_where_a_folder_is_expected_reports_RS9004()
    {
        var path = Write("a.json", Workflow("a"));

        var result = WorkflowReader.ReadDirectory(path);

        result.Diagnostics.ShouldBeDiagnostics(("RS9004", 1, 1));
        result.Diagnostics[0].Message.ShouldBe($"'{path}' is a file; expected a folder");
    }

    [Fact]
    public void A_folder_where_a_file_is_expected_reports_RS9004()
    {
        var result = WorkflowReader.ReadFiles([_folder]);

        result.Diagnostics.ShouldBeDiagnostics(("RS9004", 1, 1));
        result.Diagnostics[0].Message.ShouldBe($"'{_folder}' is a folder; expected a JSON file");
    }

    [Fact]
    public void Files_are_read_in_the_order_given_and_missing_ones_report_RS9001()
    {
        var b = Write("b.json", Workflow("b"));
        var a = Write("a.json", Workflow("a"));

        var result = WorkflowReader.ReadFiles([b, _folder + "/missing.json", a]);

        result.Workflows.Select(w => w.Name).ShouldBe(["b", "a"]);
        result.Diagnostics.ShouldBeDiagnostics(("RS9001", 1, 1));
        result.Diagnostics[0].Arguments.ShouldBe([_folder + "/missing.json"]);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_reports_RS9002()
    {
        var path = Path.Combine(_folder, "latin1.json");
        File.WriteAllBytes(path, [(byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        var result = WorkflowReader.ReadFiles([path]);

        result.Diagnostics.ShouldBeDiagnostics(("RS9002", 1, 1));
        result.Diagnostics[0].Message.ShouldBe($"'{path}' cannot be read: it is not UTF-8 text; save it as UTF-8");
    }

    [Fact]
    public void A_UTF8_byte_order_mark_does_not_shift_columns()
    {
        var path = Path.Combine(_folder, "bom.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("""{ "WorkflowName": 5, "Rules": [] }""")]);

        var result = WorkflowReader.ReadFiles([path]);

        result.Diagnostics.ShouldBeDiagnostics(("RS1004", 1, 19));
    }

    [Fact]
    public void Non_ASCII_text_is_read_as_UTF8()
    {
        Write("é.json", """{ "WorkflowName": "Fartlek — été", "Rules": [] }""");

        var result = WorkflowReader.ReadDirectory(_folder);

        result.Diagnostics.ShouldBeEmpty();
        result.Workflows.ShouldHaveSingleItem().Name.ShouldBe("Fartlek — été");
    }

    [Fact]
    public void An_empty_folder_has_no_workflows_and_no_diagnostics()
    {
        var result = WorkflowReader.ReadDirectory(_folder);

        result.Workflows.ShouldBeEmpty();
        result.Diagnostics.ShouldBeEmpty();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Workflow(string name) =>
        $$"""{ "WorkflowName": "{{name}}", "Rules": [ { "RuleName": "r", "Expression": "true" } ] }""";
}

using System.Text.Json;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #11: <c>init [DIR]</c> copies the shipped rule set out for a coach to edit, with schemas that resolve.</summary>
public sealed class InitCommandTests
{
    private static readonly string Schemas = Path.Combine(Repository.Root, "schemas");

    [Fact]
    public void Init_copies_every_shipped_file_and_the_schemas_into_the_folder()
    {
        using var temp = new TempFolder();
        var target = temp.File("coach");

        var result = ToolRun.Run("init", target);

        result.ExitCode.ShouldBe(0, result.ToString());
        var expected = Directory.GetFiles(Repository.Rules, "*", SearchOption.AllDirectories).Length + Directory.GetFiles(Schemas).Length;
        result.OutLines[0].ShouldBe($"Copied the rule set into {target}: {expected} files, its schemas in {target}/schemas.");
        result.Out.ShouldContain($"runner-strength plan --athlete {target}/examples/athletes/no-race.json --rules {target}");
        Directory.GetFiles(target, "*", SearchOption.AllDirectories).Length.ShouldBe(expected);
        File.ReadAllText(Path.Combine(target, "exercises.json")).ShouldBe(File.ReadAllText(Path.Combine(Repository.Rules, "exercises.json")).Replace("../schemas/", "schemas/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_copied_schema_reference_names_a_copied_schema()
    {
        using var temp = new TempFolder();
        var target = temp.File("coach");
        ToolRun.Run("init", target).ExitCode.ShouldBe(0);

        var references = SchemaReferences(target).ToList();

        references.Count.ShouldBe(Directory.GetFiles(Repository.Rules, "*.json", SearchOption.AllDirectories).Length);
        foreach (var (file, schema) in references)
        {
            var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, schema));
            resolved.ShouldStartWith(Path.Combine(target, "schemas") + Path.DirectorySeparatorChar, customMessage: file);
            File.Exists(resolved).ShouldBeTrue($"{file} names {schema}, which is not there");
        }
    }

    [Fact]
    public void The_copy_validates_and_its_scenarios_pass()
    {
        using var temp = new TempFolder();
        var target = temp.File("coach");
        ToolRun.Run("init", target).ExitCode.ShouldBe(0);

        var validate = ToolRun.Run("validate", target);
        var test = ToolRun.Run("test", Path.Combine(target, "tests"));

        validate.ExitCode.ShouldBe(0, validate.ToString());
        validate.OutLines[^1].ShouldBe($"0 errors, 0 warnings in {Directory.GetFiles(Repository.Rules, "*.json").Length} files");
        test.ExitCode.ShouldBe(0, test.ToString());
        test.OutLines[^1].ShouldBe($"{Directory.GetFiles(Path.Combine(Repository.Rules, "tests"), "*.json").Length} passed, 0 failed");
    }

    [Fact]
    public void A_folder_with_files_is_refused_without_force_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        var mine = temp.Write("coach/placement.json", "mine");

        var result = ToolRun.Run("init", temp.File("coach"));

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.ShouldHaveSingleItem().ShouldBe($"runner-strength init: error: '{temp.File("coach")}' is not empty; name a new or empty folder, or pass --force to copy over the files of the same names");
        result.Out.ShouldBeEmpty();
        File.ReadAllText(mine).ShouldBe("mine");
        Directory.GetFiles(temp.File("coach"), "*", SearchOption.AllDirectories).ShouldHaveSingleItem();
    }

    [Fact]
    public void Force_replaces_files_of_the_same_names_and_keeps_the_others()
    {
        using var temp = new TempFolder();
        var placement = temp.Write("coach/placement.json", "mine");
        var notes = temp.Write("coach/notes.txt", "keep me");

        var result = ToolRun.Run("init", temp.File("coach"), "--force");

        result.ExitCode.ShouldBe(0, result.ToString());
        File.ReadAllText(placement).ShouldContain("\"WorkflowName\": \"Placement\"");
        File.ReadAllText(notes).ShouldBe("keep me");
    }

    [Fact]
    public void An_empty_folder_is_filled_without_force()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("coach"));

        ToolRun.Run("init", temp.File("coach")).ExitCode.ShouldBe(0);
        File.Exists(temp.File("coach/ruleset.json")).ShouldBeTrue();
    }

    [Fact]
    public void A_file_in_the_way_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var file = temp.Write("coach", "a file");

        var result = ToolRun.Run("init", file, "--force");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("error RS9004: ");
        result.Error.ShouldContain("is a file; expected a folder to copy the rule set into");
    }

    [Fact]
    public void The_shipped_rule_set_is_never_copied_over_itself()
    {
        var before = File.ReadAllText(Path.Combine(Repository.Rules, "placement.json"));

        var result = ToolRun.Run("init", Repository.Rules, "--force");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain("holds the shipped rule set");
        File.ReadAllText(Path.Combine(Repository.Rules, "placement.json")).ShouldBe(before);
    }

    [Fact]
    public void Without_a_shipped_rule_set_init_fails_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var tool = Directory.CreateDirectory(temp.File("tool")).FullName;

        var result = ToolRun.Run(ToolRun.Context() with { BaseDirectory = tool }, "init", temp.File("coach"));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("no rule set was found beside the tool");
        Directory.Exists(temp.File("coach")).ShouldBeFalse();
    }

    [Fact]
    public void A_folder_that_cannot_be_made_fails_with_RS9003()
    {
        using var temp = new TempFolder();
        temp.Write("file", "x");

        var result = ToolRun.Run("init", temp.File("file/coach"));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9003: ");
    }

    private static IEnumerable<(string File, string Schema)> SchemaReferences(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}schemas{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.TryGetProperty("$schema", out var schema))
            {
                yield return (file, schema.GetString()!);
            }
        }
    }
}

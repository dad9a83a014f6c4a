using System.Text.RegularExpressions;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

public sealed class PlanFolderTests
{
    [Theory]
    [InlineData("text", ".txt", PlanFormat.Text)]
    [InlineData("json", ".json", PlanFormat.Json)]
    [InlineData("markdown", ".md", PlanFormat.Markdown)]
    [InlineData("ics", ".ics", PlanFormat.Ics)]
    public void Every_profile_gets_its_plan_named_after_it_with_the_format_extension(string format, string extension, PlanFormat planFormat)
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "beginner-bodyweight-10k", "no-race", "injured-knee");
        var output = temp.File("plans");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", output, "--rules", Repository.Rules, "--format", format, "--weeks", "2");

        result.ExitCode.ShouldBe(0, result.ToString());
        Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["beginner-bodyweight-10k" + extension, "injured-knee" + extension, "no-race" + extension]);
        File.ReadAllText(Path.Combine(output, "injured-knee" + extension))
            .ShouldBe(PlanCommandTests.Expected(Path.Combine(athletes, "injured-knee.json"), planFormat, weeks: 2));
        result.OutLines.ShouldHaveSingleItem().ShouldStartWith("Wrote 3 plans to ");
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void One_bad_profile_is_reported_and_the_others_still_get_their_plans()
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "beginner-bodyweight-10k", "no-race");
        File.WriteAllText(Path.Combine(athletes, "broken.json"), "{\n  \"name\": \"Broken\",\n  \"level\": 3\n}\n");
        var output = temp.File("plans");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", output, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(1);
        Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["beginner-bodyweight-10k.txt", "no-race.txt"]);
        result.ErrorLines.ShouldNotBeEmpty();
        result.ErrorLines.ShouldAllBe(l => Regex.IsMatch(l, @"broken\.json\(\d+,\d+\): error RS1\d{3}: "));
        result.OutLines.ShouldHaveSingleItem().ShouldEndWith("; 1 profile failed");
    }

    [Fact]
    public void Parallel_design_gives_the_same_files_as_one_at_a_time()
    {
        using var temp = new TempFolder();
        var names = Directory.GetFiles(Repository.Athletes, "*.json").Select(Path.GetFileNameWithoutExtension).ToArray();
        var athletes = Samples(temp, names!);

        var first = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", temp.File("a"), "--rules", Repository.Rules, "--format", "json");
        var second = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", temp.File("b"), "--rules", Repository.Rules, "--format", "json");

        first.ExitCode.ShouldBe(second.ExitCode);
        first.Error.ShouldBe(second.Error);
        foreach (var name in names)
        {
            var a = temp.File($"a/{name}.json");
            File.Exists(a).ShouldBe(File.Exists(temp.File($"b/{name}.json")));
            if (File.Exists(a))
            {
                File.ReadAllText(a).ShouldBe(File.ReadAllText(temp.File($"b/{name}.json")), name);
                File.ReadAllText(a).ShouldBe(PlanCommandTests.Expected(Path.Combine(athletes, name + ".json"), PlanFormat.Json), name);
            }
        }
    }

    [Fact]
    public void Missing_athletes_folder_is_RS9001()
    {
        using var temp = new TempFolder();

        var result = ToolRun.Run("plan", "--athletes", temp.File("none"), "--output-dir", temp.File("out"), "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error RS9001:");
    }

    [Fact]
    public void Folder_without_profiles_is_an_error()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("empty"));

        var result = ToolRun.Run("plan", "--athletes", temp.File("empty"), "--output-dir", temp.File("out"), "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("no *.json athlete profiles");
    }

    [Fact]
    public void Output_folder_that_is_a_file_is_RS9004()
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "no-race");
        var file = temp.Write("taken", "a file");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", file, "--rules", Repository.Rules);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("error RS9004:");
        File.ReadAllText(file).ShouldBe("a file");
    }

    [Fact]
    public void Redirected_run_shows_no_progress_bar()
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "no-race", "injured-knee");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", temp.File("out"), "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Terminal_run_shows_progress_on_stderr()
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "no-race", "injured-knee");
        var context = ToolRun.Context() with { ErrorIsTerminal = true };

        var result = ToolRun.Run(context, "plan", "--athletes", athletes, "--output-dir", temp.File("out"), "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Error.ShouldContain("Designing plans");
        Directory.GetFiles(temp.File("out")).Length.ShouldBe(2);
    }

    [Fact]
    public void Json_plans_never_replace_the_profiles_they_come_from()
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "no-race");
        var before = File.ReadAllText(Path.Combine(athletes, "no-race.json"));

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", athletes + "/", "--rules", Repository.Rules, "--format", "json");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("would replace the profiles");
        File.ReadAllText(Path.Combine(athletes, "no-race.json")).ShouldBe(before);
    }

    [Fact]
    public void Text_plans_may_sit_beside_the_profiles()
    {
        using var temp = new TempFolder();
        var athletes = Samples(temp, "no-race");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", athletes, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(0, result.ToString());
        File.Exists(Path.Combine(athletes, "no-race.txt")).ShouldBeTrue();
    }

    private static string Samples(TempFolder temp, params string[] names)
    {
        var folder = temp.File("athletes");
        Directory.CreateDirectory(folder);
        foreach (var name in names)
        {
            File.Copy(Repository.Athlete(name), Path.Combine(folder, name + ".json"));
        }

        return folder;
    }
}

using System.Diagnostics;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #10: an output replaces only a regular file or takes a new path; its temporary name stays short.</summary>
public sealed class OutputFileTests
{
    private static readonly string Maya = Repository.Athlete("beginner-bodyweight-10k");

    [Fact]
    public void Output_to_a_fifo_is_refused_with_RS9005_and_the_fifo_stays()
    {
        using var temp = new TempFolder();
        var fifo = temp.File("plan.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        var result = ToolRun.Run("plan", "--athlete", Maya, "--weeks", "1", "--output", fifo);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9005:");
        result.Error.ShouldContain("plan.txt' is a named pipe (FIFO); expected a regular file");
        new FileInfo(fifo).Length.ShouldBe(0);
        Directory.GetFiles(temp.Path).ShouldBe([fifo]);
    }

    [Fact]
    public void Output_to_a_symbolic_link_is_refused_and_the_link_and_its_target_stay()
    {
        using var temp = new TempFolder();
        var target = temp.Write("target.txt", "old");
        var link = temp.File("plan.txt");
        File.CreateSymbolicLink(link, target);

        var result = ToolRun.Run("plan", "--athlete", Maya, "--weeks", "1", "--output", link);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("plan.txt' is a symbolic link; expected a regular file");
        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldBe("old");
    }

    [Fact]
    public void Output_to_a_link_to_a_device_is_refused()
    {
        using var temp = new TempFolder();
        var link = temp.File("plan.txt");
        File.CreateSymbolicLink(link, "/dev/null");

        var result = ToolRun.Run("plan", "--athlete", Maya, "--weeks", "1", "--output", link);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9005:");
        new FileInfo(link).LinkTarget.ShouldBe("/dev/null");
    }

    [Fact]
    public void Output_replaces_an_existing_regular_file_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var output = temp.Write("plan.txt", "old");

        var result = ToolRun.Run("plan", "--athlete", Maya, "--weeks", "1", "--output", output);

        result.ExitCode.ShouldBe(0, result.ToString());
        File.ReadAllText(output).ShouldNotBe("old");
        Directory.GetFiles(temp.Path).ShouldBe([output]);
    }

    [Fact]
    public void A_profile_named_with_240_characters_gets_its_plan()
    {
        using var temp = new TempFolder();
        var athletes = temp.File("athletes");
        Directory.CreateDirectory(athletes);
        var name = new string('a', 240);
        File.Copy(Maya, Path.Combine(athletes, name + ".json"));
        var output = temp.File("out");

        var result = ToolRun.Run("plan", "--athletes", athletes, "--output-dir", output, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(0, result.ToString());
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe([name + ".txt"]);
    }
}

using System.Diagnostics;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>Issue #10: devices, FIFOs and oversized files given as inputs are refused, never read into memory or waited on.</summary>
public sealed class InputFileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Eval_refuses_a_device_as_athlete_with_RS9005()
    {
        var result = RunWithin("eval", "--expr", "1", "--athlete", "/dev/zero");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.ErrorLines.ShouldBe(["error RS9005: '/dev/zero' is a device; expected a regular file"]);
    }

    [Fact]
    public void Eval_refuses_a_fifo_as_athlete_without_waiting_for_a_writer()
    {
        using var temp = new TempFolder();
        var fifo = MakeFifo(temp.File("athlete.json"));

        var result = RunWithin("eval", "--expr", "1", "--athlete", fifo);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9005:");
        result.Error.ShouldContain("is a named pipe (FIFO); expected a regular file");
    }

    [Fact]
    public void Eval_refuses_an_athlete_file_over_16_MiB_with_RS9006()
    {
        using var temp = new TempFolder();
        var path = Sparse(temp.File("huge.json"), 17L * 1024 * 1024);

        var result = RunWithin("eval", "--expr", "1", "--athlete", path);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("error RS9006:");
        result.Error.ShouldContain("is larger than the limit of 16777216 bytes");
    }

    [Fact]
    public void A_rule_file_linked_to_a_device_is_refused_and_the_plan_not_made()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        File.CreateSymbolicLink(Path.Combine(rules, "zz.json"), "/dev/zero");

        var result = RunWithin("plan", "--athlete", Repository.Athlete("beginner-bodyweight-10k"), "--rules", rules, "--weeks", "1");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("zz.json(1,1): error RS9005:");
        result.Error.ShouldContain("is a device; expected a regular file");
    }

    [Fact]
    public void A_rule_file_over_16_MiB_is_refused_with_RS9006()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        Sparse(Path.Combine(rules, "zz.json"), 17L * 1024 * 1024);

        var result = RunWithin("validate", rules);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Out.ShouldContain("zz.json(1,1): error RS9006:");
    }

    [Fact]
    public void A_catalog_linked_to_a_device_is_refused()
    {
        using var temp = new TempFolder();
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        File.Delete(Path.Combine(rules, "exercises.json"));
        File.CreateSymbolicLink(Path.Combine(rules, "exercises.json"), "/dev/zero");

        var result = RunWithin("plan", "--athlete", Repository.Athlete("beginner-bodyweight-10k"), "--rules", rules, "--weeks", "1");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("exercises.json' is a device; expected a regular file");
    }

    [Fact]
    public void Validate_refuses_a_fifo_without_waiting_for_a_writer()
    {
        using var temp = new TempFolder();
        var fifo = MakeFifo(temp.File("profile.json"));

        var result = RunWithin("validate", fifo);

        result.ExitCode.ShouldNotBe(0, result.ToString());
        (result.Out + result.Error).ShouldContain("RS9005");
    }

    [Fact]
    public void Plan_folder_reports_a_bad_profile_and_plans_the_rest()
    {
        using var temp = new TempFolder();
        var athletes = temp.File("athletes");
        Directory.CreateDirectory(athletes);
        File.Copy(Repository.Athlete("beginner-bodyweight-10k"), Path.Combine(athletes, "a.json"));
        File.CreateSymbolicLink(Path.Combine(athletes, "b.json"), "/dev/zero");
        MakeFifo(Path.Combine(athletes, "c.json"));
        Sparse(Path.Combine(athletes, "d.json"), 17L * 1024 * 1024);
        File.Copy(Repository.Athlete("advanced-gym-marathon"), Path.Combine(athletes, "e.json"));
        var output = temp.File("out");

        var result = RunWithin("plan", "--athletes", athletes, "--output-dir", output, "--rules", Repository.Rules, "--weeks", "1");

        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("b.json' is a device");
        result.Error.ShouldContain("c.json' is a named pipe (FIFO)");
        result.Error.ShouldContain("d.json' is larger than the limit");
        result.Out.ShouldContain("Wrote 2 plans");
        Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["a.txt", "e.txt"]);
    }

    /// <summary>Runs the tool on another thread so that a read that hangs fails the test instead of the test run.</summary>
    private static ToolResult RunWithin(params string[] args)
    {
        var run = Task.Factory.StartNew(() => ToolRun.Run(args), TaskCreationOptions.LongRunning);
        run.Wait(Patience).ShouldBeTrue($"runner-strength {string.Join(' ', args)} did not finish within {Patience}");
        return run.Result;
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
        return path;
    }

    private static string Sparse(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Create);
        stream.SetLength(length);
        return path;
    }
}

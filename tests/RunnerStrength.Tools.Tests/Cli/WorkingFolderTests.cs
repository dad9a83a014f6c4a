using System.Runtime.InteropServices;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Cli;

/// <summary>
/// A shell can stay in a folder that another window deleted. The tool run from there says so with a code and exit 2,
/// instead of dying with a .NET stack trace from the first path it resolves. A child process, since the current folder
/// belongs to the whole process; a POSIX shell deletes the folder it stands in (Windows does not allow that).
/// </summary>
public sealed class WorkingFolderTests
{
    [Fact]
    public void A_current_folder_that_was_deleted_is_RS9007_and_exit_2()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows refuses to delete a folder a process stands in: the case cannot arise there.
        }

        using var temp = new TempFolder();
        var gone = temp.File("gone");
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        var tool = typeof(CliApplication).Assembly.Location;
        var script = "mkdir \"$1\" && cd \"$1\" && rmdir \"$1\" && exec \"$2\" \"$3\" validate";

        var result = ProcessRun.Run("/bin/sh", ["-c", script, "sh", gone, dotnet, tool], temp.Path, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, TimeSpan.FromMinutes(2));

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldBe($"error RS9007: the current folder no longer exists ({gone}); change to a folder that exists and run the command again\n");
        result.Out.ShouldBeEmpty();
    }
}

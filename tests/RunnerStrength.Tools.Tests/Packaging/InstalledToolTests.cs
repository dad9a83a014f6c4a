using System.Runtime.InteropServices;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Packaging;

/// <summary>
/// Issue #11: the tool as a user gets it (dotnet pack, then dotnet tool install) works from any folder, with the rule set
/// that ships inside the package. One test, since packing costs most of a minute: it packs a copy of the sources (so the
/// checkout's bin and obj folders are left alone) for this machine's platform only, the package dotnet tool install
/// would pick here, installs it into a temporary tool path and runs every command from a folder with no rules in it.
/// Packed with -p:NativeAot=true that package is Native AOT, several minutes of compiling: here it is always packed
/// ReadyToRun, and tests/startup/compare-aot.sh checks the Native AOT build gives the same output.
/// </summary>
public sealed class InstalledToolTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void The_installed_tool_plans_validates_tests_and_inits_from_any_folder()
    {
        using var temp = new TempFolder();
        var packages = temp.File("packages");
        var toolPath = temp.File("tools");
        var elsewhere = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        var environment = ChildEnvironment(temp);

        var pack = Dotnet(environment, temp.Path, PackTimeout, "pack", CopySources(temp), "-o", packages, "--nologo", $"-p:ToolPackageRuntimeIdentifiers={RuntimeInformation.RuntimeIdentifier}", "-p:PublishAot=false");
        pack.ExitCode.ShouldBe(0, pack.ToString());
        // Only the packages just made: a package of the same name elsewhere can never be the one installed.
        var sources = temp.Write("install/nuget.config", $"""
            <configuration><packageSources><clear /><add key="packed" value="{packages}" /></packageSources></configuration>
            """);
        var install = Dotnet(environment, temp.Path, RunTimeout, "tool", "install", "--tool-path", toolPath, "--configfile", sources, "runner-strength");
        install.ExitCode.ShouldBe(0, install.ToString());
        var tool = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "runner-strength.exe" : "runner-strength");
        ToolResult Run(params string[] args) => ProcessRun.Run(tool, args, elsewhere, environment, RunTimeout);

        var plan = Run("plan", "--athlete", Repository.Athlete("no-race"), "--start", "2026-11-23", "--weeks", "1");
        plan.ExitCode.ShouldBe(0, plan.ToString());
        plan.Out.ShouldContain("Monday 23 November");

        var validate = Run("validate");
        validate.ExitCode.ShouldBe(0, validate.ToString());
        validate.OutLines[^1].ShouldBe($"0 errors, 0 warnings in {Directory.GetFiles(Repository.Rules, "*.json").Length} files");

        var scenarios = Directory.GetFiles(Path.Combine(Repository.Rules, "tests"), "*.json").Length;
        var test = Run("test");
        test.ExitCode.ShouldBe(0, test.ToString());
        test.OutLines[^1].ShouldBe($"{scenarios} passed, 0 failed");

        var init = Run("init");
        init.ExitCode.ShouldBe(0, init.ToString());
        init.OutLines[0].ShouldStartWith("Copied the rule set into rules: ");
        File.Exists(Path.Combine(elsewhere, "rules", "schemas", "workflow.schema.json")).ShouldBeTrue();

        // From now on the copy in ./rules is the one used: a mistake in it shows.
        var placement = Path.Combine(elsewhere, "rules", "placement.json");
        File.WriteAllText(placement, File.ReadAllText(placement).Replace("day.nextIsQuality", "day.nextIsQualty", StringComparison.Ordinal));
        var broken = Run("validate");
        broken.ExitCode.ShouldBe(1, broken.ToString());
        broken.Out.ShouldContain("rules/placement.json(");
        broken.Out.ShouldContain("error RS3101: 'day' has no member 'nextIsQualty'; did you mean 'nextIsQuality'?");

        var again = Run("init");
        again.ExitCode.ShouldBe(2, again.ToString());
        again.Error.ShouldContain("'rules' is not empty");
    }

    // The children find this runtime, read no settings of the user's, and keep their schema cache in the temp folder.
    private static Dictionary<string, string> ChildEnvironment(TempFolder temp) => new()
    {
        ["DOTNET_ROOT"] = DotnetRoot(),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["RUNNERSTRENGTH_CACHE"] = temp.File("cache"),
        ["RUNNERSTRENGTH_RULES"] = string.Empty,
        ["NO_COLOR"] = "1",
    };

    // The dotnet that runs these tests: shared/Microsoft.NETCore.App/<version>/ is three folders below it.
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static ToolResult Dotnet(Dictionary<string, string> environment, string folder, TimeSpan timeout, params string[] args)
    {
        var dotnet = Path.Combine(DotnetRoot(), OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return ProcessRun.Run(File.Exists(dotnet) ? dotnet : "dotnet", args, folder, environment, timeout);
    }

    // What dotnet pack reads: the build files, the sources, the rules and schemas it ships, the README it packs.
    private static string CopySources(TempFolder temp)
    {
        var root = temp.File("source");
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "README.md" })
        {
            Directory.CreateDirectory(root);
            File.Copy(Path.Combine(Repository.Root, file), Path.Combine(root, file));
        }

        foreach (var folder in new[] { "src", "tools", "rules", "schemas" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Repository.Root, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                {
                    continue;
                }

                var destination = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        return Path.Combine(root, "tools", "RunnerStrength.Tools", "RunnerStrength.Tools.csproj");
    }
}

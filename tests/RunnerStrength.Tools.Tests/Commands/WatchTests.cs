using System.Diagnostics;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Commands;

/// <summary>
/// Issue #13: <c>--watch</c> runs the command again when a file it reads changes, keeps the last good output when the
/// files break (showing the problems), and stops cleanly on Ctrl+C. Every wait is a poll with a deadline, never a sleep.
/// </summary>
public sealed class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Separator = "--- [watch] ";

    [Fact]
    public async Task Plan_runs_again_after_an_edit_and_keeps_the_last_good_plan_while_the_rules_are_broken()
    {
        using var temp = new TempFolder();
        var (rules, athlete) = Copy(temp);
        var placement = Path.Combine(rules, "placement.json");
        using var watch = Watch.Start(c => c, "plan", "--rules", rules, "--athlete", athlete, "--start", "2026-11-23", "--weeks", "1", "--watch");

        await watch.Until(() => watch.Out.Contains("Full body · moderate · 40 minutes"), "the first plan");
        watch.Out.ShouldNotContain(Separator, customMessage: "the first run has no separator before it");

        Edit(athlete, "\"sessionMinutes\": 40", "\"sessionMinutes\": 30");
        await watch.Until(() => LastRun(watch.Out).Contains("Full body · moderate · 30 minutes"), "the plan after the athlete changed");
        LastRun(watch.Out).ShouldStartWith($"{Separator}09:00:00 · {PathDisplay.Of(athlete)} changed ---\n");

        Edit(placement, "\"HitPolicy\": \"All\",", "\"HitPolicy\": \"All\",,");
        await watch.Until(() => watch.Error.Contains("error RS1001") && LastRun(watch.Out).Contains("the files have problems"), "the problems of the broken rules");
        LastRun(watch.Out).ShouldBe($"{Separator}09:00:00 · {PathDisplay.Of(placement)} changed · the files have problems; the last good output above is from 09:00:00 ---\n");
        watch.Error.ShouldContain($"{PathDisplay.Of(placement)}(5,22): error RS1001: ");

        Edit(placement, "\"HitPolicy\": \"All\",,", "\"HitPolicy\": \"All\",");
        await watch.Until(() => LastRun(watch.Out).Contains("Full body · moderate · 30 minutes"), "the plan once the rules are fixed");

        (await watch.Stop()).ShouldBe(0);
    }

    [Fact]
    public async Task On_a_terminal_each_run_redraws_the_screen_and_a_broken_run_draws_the_last_good_output_again()
    {
        using var temp = new TempFolder();
        var (rules, athlete) = Copy(temp);
        var placement = Path.Combine(rules, "placement.json");
        using var watch = Watch.Start(c => c with { OutIsTerminal = true, ErrorIsTerminal = true, NoColor = true }, "plan", "--rules", rules, "--athlete", athlete, "--start", "2026-11-23", "--weeks", "1", "--watch");

        await watch.Until(() => Screen(watch.Out).Contains("[watch] "), "the first screen");
        Screen(watch.Out).ShouldContain("Full body · moderate · 40 minutes");
        Screen(watch.Out).ShouldContain("[watch] 09:00:00 · watching ");

        Edit(placement, "\"HitPolicy\": \"All\",", "\"HitPolicy\": \"All\",,");
        await watch.Until(() => Screen(watch.Out).Contains("the files have problems") && watch.Error.Contains("error RS1001"), "the screen of the broken run");
        var screen = Screen(watch.Out);
        screen.ShouldStartWith("Strength plan for Lucía\n", customMessage: "the last good plan is drawn again");
        screen.ShouldContain("Full body · moderate · 40 minutes");
        screen.ShouldContain($"[watch] 09:00:00 · {PathDisplay.Of(placement)} changed · the files have problems; the output is from 09:00:00 · watching ");
        watch.Error.ShouldContain("error RS1001");

        (await watch.Stop()).ShouldBe(0);
    }

    [Fact]
    public async Task Test_keeps_its_last_report_while_a_rule_file_is_broken_and_reports_again_when_it_is_fixed()
    {
        using var temp = new TempFolder();
        var (rules, _) = Copy(temp);
        var volume = Path.Combine(rules, "volume.json");
        using var watch = Watch.Start(c => c, "test", Path.Combine(rules, "tests"), "--filter", "no-race", "--watch");

        await watch.Until(() => watch.Out.Contains("1 passed, 0 failed"), "the first report");

        Edit(volume, "\"WorkflowName\": \"Volume\",", "\"WorkflowName\": \"Volume\"");
        await watch.Until(() => LastRun(watch.Out).Contains("the files have problems") && watch.Error.Contains("error RS1001"), "the broken run");
        LastRun(watch.Out).ShouldNotContain("passed", customMessage: "the last good report stands above, not a report of broken rules");
        watch.Error.ShouldContain($"{PathDisplay.Of(volume)}(4,3): error RS1001: ");

        Edit(volume, "\"WorkflowName\": \"Volume\"", "\"WorkflowName\": \"Volume\",");
        await watch.Until(() => LastRun(watch.Out).Contains("1 passed, 0 failed"), "the report once fixed");

        (await watch.Stop()).ShouldBe(0);
    }

    [Fact]
    public async Task Validate_reports_each_change()
    {
        using var temp = new TempFolder();
        var (rules, _) = Copy(temp);
        var dose = Path.Combine(rules, "dose.json");
        using var watch = Watch.Start(c => c, "validate", rules, "--watch");

        await watch.Until(() => watch.Out.Contains("0 errors, 0 warnings"), "the first report");
        Edit(dose, "\"WorkflowName\": \"Dose\",", "\"WorkflowName\": \"Dose\"");
        await watch.Until(() => LastRun(watch.Out).Contains("error RS1001"), "the report of the broken file");
        LastRun(watch.Out).ShouldContain($"{PathDisplay.Of(dose)}(4,3): error RS1001: ");
        Edit(dose, "\"WorkflowName\": \"Dose\"", "\"WorkflowName\": \"Dose\",");
        await watch.Until(() => LastRun(watch.Out).Contains("0 errors, 0 warnings"), "the report once fixed");

        (await watch.Stop()).ShouldBe(0);
    }

    [Fact]
    public async Task Ctrl_C_stops_the_tool_with_exit_code_0()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is sent with kill(1) below.
        }

        using var temp = new TempFolder();
        var (rules, athlete) = Copy(temp);
        var dotnet = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = temp.Path };
        foreach (var arg in (string[])[typeof(CliApplication).Assembly.Location, "plan", "--rules", rules, "--athlete", athlete, "--weeks", "1", "--watch"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["RUNNERSTRENGTH_CACHE"] = "off";
        using var process = Process.Start(start)!;
        var output = new LockedWriter();
        process.OutputDataReceived += (_, e) => output.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Poll(() => output.Text.Contains("Strength plan for Lucía"), () => process.HasExited, () => "the first plan from the tool");

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(Patience);
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static (string Rules, string Athlete) Copy(TempFolder temp)
    {
        var rules = temp.CopyFolder(Repository.Rules, "rules");
        temp.CopyFolder(Path.Combine(Repository.Root, "schemas"), "schemas");
        return (rules, Path.Combine(rules, "examples", "athletes", "no-race.json"));
    }

    private static void Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        text.ShouldContain(find);
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>What the latest run printed (redirected): from the last separator line on.</summary>
    private static string LastRun(string output) => output.LastIndexOf(Separator, StringComparison.Ordinal) is var at and >= 0 ? output[at..] : string.Empty;

    /// <summary>What a terminal shows: everything after the last clear-screen.</summary>
    private static string Screen(string output) => output.LastIndexOf("\u001b[3J", StringComparison.Ordinal) is var at and >= 0 ? output[(at + 4)..] : string.Empty;

    private static async Task Poll(Func<bool> done, Func<bool> over, Func<string> what)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            if (over() || deadline.Elapsed > Patience)
            {
                throw new ShouldAssertException($"waited {deadline.Elapsed.TotalSeconds:0} s for {what()}{(over() ? ", but the run ended" : string.Empty)}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>A --watch run in this process, with its own stop.</summary>
    private sealed class Watch : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly LockedWriter _out = new();
        private readonly LockedWriter _error = new();
        private Task<int> _run = Task.FromResult(-1);

        public string Out => _out.Text;

        public string Error => _error.Text;

        public static Watch Start(Func<CliContext, CliContext> configure, params string[] args)
        {
            var watch = new Watch();
            var context = configure(ToolRun.Context() with { Out = watch._out, Error = watch._error, Stop = watch._stop.Token });
            watch._run = Task.Run(() => CliApplication.Run(args, context));
            return watch;
        }

        public Task Until(Func<bool> done, string what) =>
            Poll(done, () => _run.IsCompleted, () => $"{what}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}");

        public async Task<int> Stop()
        {
            await _stop.CancelAsync();
            return await _run.WaitAsync(Patience);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _run.Wait(Patience);
            _stop.Dispose();
            _out.Dispose();
            _error.Dispose();
        }
    }
}

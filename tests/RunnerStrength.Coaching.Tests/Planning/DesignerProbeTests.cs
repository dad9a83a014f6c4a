using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;

namespace RunnerStrength.Coaching.Tests.Planning;

public sealed class DesignerProbeTests
{
    [Fact]
    public void Probe()
    {
        var root = RepositoryPaths.Root;
        Environment.CurrentDirectory = root;
        var loaded = CoachingRules.Load("rules");
        File.WriteAllText("/tmp/probe-load.txt", string.Join("\n", loaded.Diagnostics));
        loaded.Rules.ShouldNotBeNull(string.Join("\n", loaded.Diagnostics));
        var output = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles("rules/examples/athletes", "*.json").Order())
        {
            var read = AthleteProfileReader.ReadFile(file);
            var result = ProgramDesigner.Design(new PlanRequest { Athlete = read.Profile!, Start = new DateOnly(2026, 11, 23) }, loaded.Rules, new DateOnly(2026, 11, 21));
            output.AppendLine($"===== {file}: {string.Join("; ", result.Diagnostics)}");
            if (result.Plan is not null)
            {
                output.AppendLine(PlanRenderer.Render(result.Plan, PlanFormat.Text, new PlanRenderOptions { Explain = file.Contains("beginner-bodyweight") }));
            }
        }

        File.WriteAllText("/tmp/probe-plans.txt", output.ToString());
    }
}

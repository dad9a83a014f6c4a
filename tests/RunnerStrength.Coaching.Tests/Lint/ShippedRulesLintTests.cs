using System.Text;
using RunnerStrength.Coaching.Lint;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Tests.Lint;

/// <summary>
/// Issue #13: what lint says of the shipped rule set and its variants, for the samples and the default 400 generated
/// athletes, pinned in <c>Lint/shipped-lint.txt</c>. The default set has no warning, only messages where the order of
/// a First workflow decides (RS4103); long-run-friendly's Volume leaves SessionPlan's TaperStrength nothing to do.
/// After a deliberate change of the rules (or of lint), run with RUNNERSTRENGTH_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class ShippedRulesLintTests
{
    [Fact]
    public void The_shipped_rules_and_variants_lint_as_pinned()
    {
        var text = new StringBuilder();
        foreach (var folder in new[] { "rules", "rules/variants/hard-days-hard", "rules/variants/long-run-friendly" })
        {
            var result = LintRuns.Run(RepositoryPaths.Combine(folder.Split('/')), GeneratedAthletes.DefaultCount);
            text.Append("# ").Append(folder).Append(": ").Append(result.Population.Describe()).Append('\n');
            foreach (var diagnostic in result.Diagnostics)
            {
                text.Append(Line(diagnostic)).Append('\n');
            }

            foreach (var finding in result.Findings)
            {
                text.Append(Line(finding.Diagnostic)).Append(' ').Append(finding.KindName).Append(' ').Append(finding.Workflow)
                    .Append(' ').Append(string.Join(" > ", finding.Rules)).Append('\n');
            }

            if (folder == "rules")
            {
                result.Findings.ShouldAllBe(f => f.Diagnostic.Severity == DiagnosticSeverity.Info, "the default rules have no lint warning");
                result.Diagnostics.ShouldBeEmpty();
            }
        }

        text.ToString().ShouldMatchGolden("shipped-lint.txt");
    }

    // "RS4103 info rules/volume.json(49,19)": the code, the severity and the place, from the repository's root.
    private static string Line(Diagnostic diagnostic)
    {
        var root = RepositoryPaths.Root.Replace('\\', '/').TrimEnd('/') + "/";
        var place = diagnostic.Location.IsNone ? "-" : diagnostic.Location.ToString().Replace('\\', '/').Replace(root, string.Empty, StringComparison.Ordinal);
        return $"{diagnostic.Code} {diagnostic.Severity.ToString().ToLowerInvariant()} {place}";
    }
}

/// <summary>Compares text with a file beside this source file; RUNNERSTRENGTH_UPDATE_GOLDEN=1 rewrites it.</summary>
internal static class LintGolden
{
    public static void ShouldMatchGolden(this string actual, string name, [System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(sourceFile)!, name);
        if (Environment.GetEnvironmentVariable("RUNNERSTRENGTH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with RUNNERSTRENGTH_UPDATE_GOLDEN=1 to create it");
        actual.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"), $"differs from {path}; if the change is deliberate, run with RUNNERSTRENGTH_UPDATE_GOLDEN=1 and review the diff");
    }
}

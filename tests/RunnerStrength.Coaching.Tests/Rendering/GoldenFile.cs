using System.Runtime.CompilerServices;
using System.Text;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>
/// Compares output with a file under <c>Rendering/Golden/</c>. Set RUNNERSTRENGTH_UPDATE_GOLDEN=1 to rewrite the
/// files after a deliberate change, then review the diff.
/// </summary>
internal static class GoldenFile
{
    private const string UpdateSwitch = "RUNNERSTRENGTH_UPDATE_GOLDEN";

    public static void ShouldMatchGolden(this string actual, string name)
    {
        var path = PathOf(name);
        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        File.Exists(path).ShouldBeTrue($"Golden file {path} is missing; run the tests with {UpdateSwitch}=1 to create it.");

        // Git may check text out with CRLF on Windows; the expectation is the "\n" text the renderers write.
        var expected = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        actual.ShouldBe(expected, $"differs from {path}; if the change is deliberate, run the tests with {UpdateSwitch}=1 and review the diff");
    }

    // The golden files live beside this source file, so an update rewrites the files under version control,
    // not copies in the build output. A build that maps source paths away falls back to a copy in the output.
    private static string PathOf(string name, [CallerFilePath] string sourceFile = "")
    {
        var source = Path.Combine(Path.GetDirectoryName(sourceFile) ?? string.Empty, "Golden");
        var folder = Directory.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "Rendering", "Golden");
        return Path.Combine(folder, name);
    }
}

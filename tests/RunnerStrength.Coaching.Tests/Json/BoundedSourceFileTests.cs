using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Coaching.Tests.Json;

/// <summary>Issue #10: profiles, catalogs and scenarios are read only from regular files of at most 16 MiB.</summary>
public sealed class BoundedSourceFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rs-coaching-bounds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Readers => ["athlete", "catalog", "scenario"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_link_to_a_device_reports_RS9005(string reader)
    {
        var path = Path.Combine(_folder, "zero.json");
        File.CreateSymbolicLink(path, "/dev/zero");

        var problem = Read(reader, path).ShouldHaveSingleItem();

        problem.Descriptor.Code.ShouldBe("RS9005");
        problem.Message.ShouldBe($"'{path}' is a device; expected a regular file");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_file_of_17_MiB_reports_RS9006(string reader)
    {
        var path = Path.Combine(_folder, "huge.json");
        using (var stream = new FileStream(path, FileMode.Create))
        {
            stream.SetLength(17L * 1024 * 1024);
        }

        var problem = Read(reader, path).ShouldHaveSingleItem();

        problem.Descriptor.Code.ShouldBe("RS9006");
    }

    private static IReadOnlyList<Diagnostic> Read(string reader, string path) => reader switch
    {
        "athlete" => AthleteProfileReader.ReadFile(path).Diagnostics,
        "catalog" => ExerciseCatalog.ReadFile(path).Diagnostics,
        _ => ScenarioReader.ReadFile(path).Diagnostics,
    };
}

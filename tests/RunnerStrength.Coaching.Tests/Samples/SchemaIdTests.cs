using System.Text.Json;
using RunnerStrength.Coaching.Rendering;

namespace RunnerStrength.Coaching.Tests.Samples;

/// <summary>Issue #11: one host for the project everywhere: every schema's $id, and the calendar UIDs.</summary>
public sealed class SchemaIdTests
{
    public static TheoryData<string> Schemas => [.. Directory.GetFiles(RepositoryPaths.Schemas, "*.schema.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_schema_is_identified_under_the_projects_one_host(string fileName)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, fileName)));

        schema.RootElement.GetProperty("$id").GetString().ShouldBe($"https://{PlanCalendarRenderer.UidDomain}/schemas/{fileName}");
    }

    [Fact]
    public void Shipped_files_name_their_schemas_by_relative_paths_not_another_host()
    {
        var files = Directory.GetFiles(RepositoryPaths.Rules, "*.json", SearchOption.AllDirectories);

        files.Length.ShouldBeGreaterThan(30);
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("$schema", out var schema))
            {
                schema.GetString().ShouldStartWith("../", customMessage: file);
            }
        }
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// <c>GET /api/rules</c>: the rule set served (its folder, whether the files as saved load, a version that grows with
/// each reload, their problems) and the JSON files of its folder with their text. <c>PUT /api/rules</c>:
/// <c>{ "path": "placement.json", "text": "..." }</c> saves one file of the folder atomically (a temporary file, flushed
/// to disk, moved into place) and reloads, answering as the GET does.
/// </summary>
internal static class RulesEndpoints
{
    public static IResult List(StudioRules rules, StudioOptions options) => Answer(rules.Current, options, saved: null);

    public static async Task<IResult> Save(HttpContext http, StudioRules rules, StudioOptions options)
    {
        if (options.ReadOnly)
        {
            return ApiProblem.Of(http, StatusCodes.Status409Conflict, [ApiRequest.Problem(DiagnosticCatalog.ShippedRulesReadOnly, PathDisplay.Of(options.Rules))]);
        }

        var (members, problem) = await ApiRequest.ReadMembersAsync(http, options.MaxBodyBytes, "a save request", ["path", "text"]).ConfigureAwait(false);
        if (members is null)
        {
            return problem!;
        }

        var problems = members.Problems;
        var (name, text) = (members.String("path", required: true), members.String("text", required: true));
        var path = name is null ? null : RuleFileName.Resolve(options.Rules, name, members.At(members.Node("path")!), problems);
        if (problems.HasErrors || path is null || text is null)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, problems.ToImmutable());
        }

        if (AtomicFile.Write(path, text, keepMode: true) is { } failed)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, [failed]);
        }

        return Answer(rules.Reload(), options, saved: name);
    }

    private static IResult Answer(StudioSnapshot snapshot, StudioOptions options, string? saved)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ValidationJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("folder", PathDisplay.Of(options.Rules));
            if (saved is not null)
            {
                json.WriteString("saved", saved);
            }

            json.WriteNumber("version", snapshot.Version);
            json.WriteBoolean("loaded", snapshot.Current);
            ValidationJsonWriter.WriteDiagnostics(json, "diagnostics", snapshot.Diagnostics);
            json.WriteStartArray("files");
            foreach (var file in Directory.GetFiles(options.Rules, "*.json").Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", Path.GetFileName(file));
                json.WriteString("text", File.ReadAllText(file));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Results.Content(Encoding.UTF8.GetString(buffer.ToArray()), "application/json", Encoding.UTF8);
    }
}

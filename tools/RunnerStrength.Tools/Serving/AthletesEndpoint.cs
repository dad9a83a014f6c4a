using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Tools.Rendering;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// <c>GET /api/athletes</c>: the roster, the profiles of the <c>--athletes</c> folder, each with its file, the athlete's
/// name and the profile as JSON (comments and trailing commas, which profile files may hold, left out) ready to send
/// back as the <c>athlete</c> of <c>POST /api/plans</c>, and the problems <c>validate</c> finds in it.
/// </summary>
internal static class AthletesEndpoint
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The profiles of the roster folder, in name order (none when there is no folder).</summary>
    public static List<string> Roster(string? folder) =>
        folder is null || !Directory.Exists(folder) ? [] : [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)];

    public static IResult Handle(StudioOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ValidationJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("folder", options.Athletes is null ? null : PathDisplay.Of(options.Athletes));
            json.WriteStartArray("athletes");
            foreach (var file in Roster(options.Athletes))
            {
                var read = AthleteProfileReader.ReadFile(file);
                json.WriteStartObject();
                json.WriteString("file", Path.GetFileName(file));
                json.WriteString("name", read.Profile?.Name ?? Path.GetFileNameWithoutExtension(file));
                json.WritePropertyName("profile");
                if (read.Succeeded && Profile(file) is { } profile)
                {
                    profile.WriteTo(json);
                }
                else
                {
                    json.WriteNullValue();
                }

                ValidationJsonWriter.WriteDiagnostics(json, "diagnostics", read.Diagnostics);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Results.Content(Encoding.UTF8.GetString(buffer.ToArray()), "application/json", Encoding.UTF8);
    }

    private static JsonNode? Profile(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file), documentOptions: Lenient);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // Read by the profile reader a moment ago; changed or gone since: listed without a profile.
            return null;
        }
    }
}

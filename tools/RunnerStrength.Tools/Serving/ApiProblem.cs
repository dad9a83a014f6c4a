using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Rendering;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// RFC 9457 problem details for the API: <c>type</c> is left out (about:blank), so <c>title</c> is the status's phrase;
/// <c>detail</c> has the problems as <c>validate</c> prints them, and the extension member <c>diagnostics</c> has them
/// as data, each as <c>validate --format json</c> writes it (path, line, column, severity, code, message). Never a stack trace.
/// </summary>
internal static class ApiProblem
{
    public const string ContentType = "application/problem+json";

    /// <summary>A problem response of <paramref name="status"/> for <paramref name="diagnostics"/>.</summary>
    public static IResult Of(HttpContext http, int status, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        return Results.Content(Json(status, http.Request.Path, string.Join("\n", list.Select(d => d.ToString())), list), ContentType, Encoding.UTF8, status);
    }

    /// <summary>The body of a problem response.</summary>
    public static string Json(int status, string instance, string detail, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ValidationJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("title", ReasonPhrase(status));
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            json.WriteString("instance", instance);
            ValidationJsonWriter.WriteDiagnostics(json, "diagnostics", diagnostics);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string ReasonPhrase(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad Request",
        StatusCodes.Status404NotFound => "Not Found",
        StatusCodes.Status405MethodNotAllowed => "Method Not Allowed",
        StatusCodes.Status413PayloadTooLarge => "Content Too Large",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported Media Type",
        StatusCodes.Status503ServiceUnavailable => "Service Unavailable",
        _ => "Internal Server Error",
    };
}

using System.Net;
using System.Text.Json;

namespace RunnerStrength.Tools.Tests.Serving;

/// <summary>The diagnostics of an API answer (problem details, or a validate report) as data: code, path, line, column.</summary>
internal static class ApiProblems
{
    public sealed record Found(string Code, string? Path, int? Line, int? Column, string Message);

    /// <summary>Checks the answer is an RFC 9457 problem of <paramref name="status"/> and returns its diagnostics.</summary>
    public static async Task<List<Found>> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        json.RootElement.GetProperty("title").GetString().ShouldNotBeNullOrEmpty();
        body.ShouldNotContain("   at ", customMessage: "a stack trace in a problem");
        return Diagnostics(json.RootElement);
    }

    public static List<Found> Diagnostics(JsonElement root) =>
    [
        .. root.GetProperty("diagnostics").EnumerateArray().Select(d => new Found(
            d.GetProperty("code").GetString()!,
            d.GetProperty("path").GetString(),
            d.GetProperty("line").ValueKind == JsonValueKind.Number ? d.GetProperty("line").GetInt32() : null,
            d.GetProperty("column").ValueKind == JsonValueKind.Number ? d.GetProperty("column").GetInt32() : null,
            d.GetProperty("message").GetString()!)),
    ];
}

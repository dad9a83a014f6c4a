using System.Text;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// A request body read as JSON text with positions, so that every problem in it is a diagnostic at its line and column
/// (<c>request(3,14): error RS1004: ...</c>), as problems in files are. Reading never throws for what a client sends.
/// </summary>
internal sealed record ApiRequest(SourceText Source, JsonObjectSyntax Root)
{
    /// <summary>The name problems in a request body are placed in.</summary>
    public const string SourceName = "request";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the body of <paramref name="http"/>: the request, or the problem response to send instead (400, 413, 415).</summary>
    public static async Task<(ApiRequest? Request, IResult? Problem)> ReadAsync(HttpContext http, int maxBytes)
    {
        // JSON only: a page of another site cannot send it to the studio without the browser asking first (CORS), and this
        // server answers no such question, so such a page cannot write rule files through it.
        if (http.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiProblem.Of(http, StatusCodes.Status415UnsupportedMediaType, [NotJson(http.Request)]));
        }

        if (http.Request.ContentLength > maxBytes)
        {
            return (null, TooLarge(http, maxBytes));
        }

        byte[] bytes;
        try
        {
            bytes = await ReadBoundedAsync(http.Request.Body, maxBytes, http.RequestAborted).ConfigureAwait(false);
            if (bytes.Length > maxBytes)
            {
                return (null, TooLarge(http, maxBytes));
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(http, maxBytes));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, ApiProblem.Of(http, StatusCodes.Status400BadRequest, [Problem(DiagnosticCatalog.InvalidJson, "the request body is not UTF-8 text")]));
        }

        var source = SourceText.From(text, SourceName);
        var parsed = JsonParser.Parse(source);
        if (!parsed.Succeeded)
        {
            return (null, ApiProblem.Of(http, StatusCodes.Status400BadRequest, parsed.Diagnostics.Where(d => d.IsError)));
        }

        if (parsed.Root is not JsonObjectSyntax root)
        {
            var found = new Diagnostic(DiagnosticCatalog.WrongJsonType, new Location(source, parsed.Root!.Span), SourceName, "an object", parsed.Root.KindDescription);
            return (null, ApiProblem.Of(http, StatusCodes.Status400BadRequest, [found]));
        }

        return (new ApiRequest(source, root), null);
    }

    /// <summary>
    /// Reads the body as <see cref="ReadAsync"/> does and starts reading its members (<paramref name="what"/>, such as
    /// "a plan request", taking the members <paramref name="known"/>): the members, or the problem response to send instead.
    /// </summary>
    public static async Task<(RequestMembers? Members, IResult? Problem)> ReadMembersAsync(HttpContext http, int maxBytes, string what, IReadOnlyCollection<string> known)
    {
        var (request, problem) = await ReadAsync(http, maxBytes).ConfigureAwait(false);
        return request is null ? (null, problem) : (new RequestMembers(request, request.Root, what, known, new DiagnosticBag()), null);
    }

    /// <summary>RS1006 for a request whose Content-Type is not JSON.</summary>
    public static Diagnostic NotJson(HttpRequest request) => Problem(DiagnosticCatalog.InvalidValue, request.ContentType ?? "(none)", "Content-Type", "application/json");

    /// <summary>A diagnostic about the request as a whole (no line and column).</summary>
    public static Diagnostic Problem(DiagnosticDescriptor descriptor, params object?[] arguments) => new(descriptor, Location.None, arguments);

    private static IResult TooLarge(HttpContext http, int maxBytes) =>
        ApiProblem.Of(http, StatusCodes.Status413PayloadTooLarge, [Problem(DiagnosticCatalog.InputTooLarge, "the request body", maxBytes)]);

    // At most one byte past the limit is read: enough to know the body is too large, whatever Content-Length said.
    private static async Task<byte[]> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}

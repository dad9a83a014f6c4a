using Microsoft.AspNetCore.Http;

namespace RunnerStrength.Tools.Serving;

/// <summary>The studio page and its script and style, embedded in the tool (no CDN, no build step: it works offline).</summary>
internal static class StudioPage
{
    /// <summary>The files served at <c>/</c>: the path, the embedded resource and its media type.</summary>
    public static readonly IReadOnlyList<(string Path, string Resource, string ContentType)> Files =
    [
        ("/", "studio/index.html", "text/html; charset=utf-8"),
        ("/studio.js", "studio/studio.js", "text/javascript; charset=utf-8"),
        ("/studio.css", "studio/studio.css", "text/css; charset=utf-8"),
    ];

    public static IResult Serve(string resource, string contentType) =>
        typeof(StudioPage).Assembly.GetManifestResourceStream(resource) is { } stream
            ? Results.Stream(stream, contentType)
            : Results.NotFound();
}

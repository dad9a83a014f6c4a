using System.Text.Json;

namespace RunnerStrength.Tools.Serving;

// The shapes of the API's request bodies, for the OpenAPI document only: the endpoints read their bodies themselves
// (ApiRequest, RequestMembers), so that every problem is a diagnostic with a line and column.

/// <summary>The body of <c>POST /api/plans</c>.</summary>
/// <param name="Athlete">An athlete profile, as in an athlete file (schemas/athlete.schema.json).</param>
/// <param name="Start">The plan's first day, YYYY-MM-DD (default: the next Monday).</param>
/// <param name="Weeks">How many weeks (default: through the race week).</param>
/// <param name="Format">json (default), text, markdown or ics.</param>
/// <param name="Explain">With text or markdown: each session's reasons.</param>
internal sealed record PlanRequestBody(JsonElement Athlete, string? Start, int? Weeks, string? Format, bool? Explain);

/// <summary>A file of the rules folder with its text as edited.</summary>
internal sealed record RuleFileBody(string Path, string Text);

/// <summary>The body of <c>POST /api/validate</c>.</summary>
internal sealed record RuleFilesRequestBody(IReadOnlyList<RuleFileBody> Files);

/// <summary>The body of <c>POST /api/diff</c>.</summary>
internal sealed record DiffRequestBody(IReadOnlyList<RuleFileBody> Files, string? Start, int? Weeks);

/// <summary>The body of <c>PUT /api/rules</c>.</summary>
internal sealed record SaveRequestBody(string Path, string Text);

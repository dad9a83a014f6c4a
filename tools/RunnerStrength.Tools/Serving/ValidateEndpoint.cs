using System.Text;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Rendering;
using RunnerStrength.Tools.Validation;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// <c>POST /api/validate</c>: <c>{ "files": [{ "path": "placement.json", "text": "..." }] }</c> checks the rules folder
/// as it would be with those files (the others as saved), as <c>validate</c> does, and answers with
/// <c>validate --format json</c>'s report: every problem with its file, line and column.
/// </summary>
internal static class ValidateEndpoint
{
    public static async Task<IResult> Handle(HttpContext http, StudioOptions options)
    {
        var (members, problem) = await ApiRequest.ReadMembersAsync(http, options.MaxBodyBytes, "a validate request", ["files"]).ConfigureAwait(false);
        if (members is null)
        {
            return problem!;
        }

        var problems = members.Problems;
        var edits = RuleFileEdits.Read(members, options.Rules);
        if (problems.HasErrors)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, problems.ToImmutable());
        }

        return Results.Content(Report(options.Rules, edits), "application/json", Encoding.UTF8);
    }

    /// <summary>The validate report of the rules folder with <paramref name="edits"/>, as JSON.</summary>
    public static string Report(string rules, IReadOnlyDictionary<string, string> edits)
    {
        using var overlay = RuleSetOverlay.Create(rules, edits);
        var report = new Validator(overlay.Folder).Run(ValidationTarget.Of(overlay.Folder));
        var shown = report with { Diagnostics = [.. report.Diagnostics.Select(overlay.Shown)] };
        var json = new StringWriter { NewLine = "\n" };
        ValidationJsonWriter.Write(json, shown);
        return json.ToString();
    }
}

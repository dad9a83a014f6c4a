using System.Text;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Coaching.Diff;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Commands;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// <c>POST /api/diff</c>: <c>{ "files": [{ "path", "text" }], "start": "YYYY-MM-DD", "weeks": N }</c> designs every athlete
/// of the roster under the served rules and under the rules with those files, and answers with <c>diff --format json</c>'s
/// report (schemas/diff.schema.json): per athlete, what changes, with the rules behind it on both sides. An edit that
/// does not load is a 400 with its problems.
/// </summary>
internal static class DiffEndpoint
{
    public static async Task<IResult> Handle(HttpContext http, StudioRules rules, StudioOptions options)
    {
        var snapshot = rules.Current;
        var (members, problem) = await ApiRequest.ReadMembersAsync(http, options.MaxBodyBytes, "a diff request", ["files", "start", "weeks"]).ConfigureAwait(false);
        if (members is null)
        {
            return problem!;
        }

        var problems = members.Problems;
        var edits = RuleFileEdits.Read(members, options.Rules);
        var start = members.Date("start") ?? ProgramDesigner.NextMonday(options.Today);
        var weeks = members.Integer("weeks", 1, ProgramDesigner.MaxWeeks);
        if (problems.HasErrors)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, problems.ToImmutable());
        }

        if (snapshot.Rules is null)
        {
            return ApiProblem.Of(http, StatusCodes.Status503ServiceUnavailable, snapshot.Diagnostics.Where(d => d.IsError));
        }

        using var overlay = RuleSetOverlay.Create(options.Rules, edits);
        var after = CoachingRules.Load(overlay.Folder);
        if (after.Rules is null)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, after.Diagnostics.Where(d => d.IsError).Select(overlay.Shown));
        }

        var shown = RuleSetOverlay.ShownPrefix(options.Rules);
        var diffs = RuleSetDiff.Run(snapshot.Rules, after.Rules, AthletesEndpoint.Roster(options.Athletes), start, weeks, options.Today)
            .Select(d => DiffCommand.Relocated(d, overlay.Folder, shown, after: true))
            .ToList();
        var header = new RuleSetDiffHeader(shown + " (edited)", shown, start);
        return Results.Content(RuleSetDiffRenderer.Json(diffs, header), "application/json", Encoding.UTF8);
    }
}

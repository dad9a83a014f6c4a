using System.Text;
using Microsoft.AspNetCore.Http;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Commands;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// <c>POST /api/plans</c>: <c>{ "athlete": {profile}, "start": "YYYY-MM-DD", "weeks": N, "format": "json", "explain": false }</c>
/// gives the plan, as <c>plan --athlete</c> writes it in that format. The athlete is read as a profile file is, its
/// problems placed at their line and column in the request.
/// </summary>
internal static class PlanEndpoint
{
    private static readonly string[] Members = ["athlete", "start", "weeks", "format", "explain"];

    public static async Task<IResult> Handle(HttpContext http, StudioRules rules, StudioOptions options)
    {
        var snapshot = rules.Current;
        var (members, problem) = await ApiRequest.ReadMembersAsync(http, options.MaxBodyBytes, "a plan request", Members).ConfigureAwait(false);
        if (members is null)
        {
            return problem!;
        }

        var problems = members.Problems;
        var athlete = members.Object("athlete", required: true);
        var start = members.Date("start");
        var weeks = members.Integer("weeks", 1, ProgramDesigner.MaxWeeks);
        var explain = members.Boolean("explain") ?? false;
        var format = PlanFormat.Json;
        if (members.String("format") is { } name && !PlanCommand.Formats.TryGetValue(name, out format))
        {
            members.Invalid<string>(members.Node("format")!, name, "format", string.Join(", ", PlanCommand.Formats.Keys));
        }

        if (problems.HasErrors || athlete is null)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, problems.ToImmutable());
        }

        if (snapshot.Rules is null)
        {
            return ApiProblem.Of(http, StatusCodes.Status503ServiceUnavailable, snapshot.Diagnostics.Where(d => d.IsError));
        }

        var read = AthleteProfileReader.Read(Only(members.Request.Source, athlete));
        if (!read.Succeeded)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, read.Diagnostics.Where(d => d.IsError));
        }

        var designed = ProgramDesigner.Design(new PlanRequest { Athlete = read.Profile!, AthleteSource = read.Source, Start = start, Weeks = weeks }, snapshot.Rules, options.Today);
        if (designed.Plan is null)
        {
            return ApiProblem.Of(http, StatusCodes.Status400BadRequest, designed.Diagnostics.Where(d => d.IsError));
        }

        var text = PlanRenderer.Render(designed.Plan, format, new PlanRenderOptions { Explain = explain, Clock = options.Clock });
        return Results.Content(text, ContentType(format), Encoding.UTF8);
    }

    public static string ContentType(PlanFormat format) => format switch
    {
        PlanFormat.Json => "application/json",
        PlanFormat.Markdown => "text/markdown",
        PlanFormat.Ics => "text/calendar",
        _ => "text/plain",
    };

    // The request with everything but the athlete blanked out (line ends kept): read as a profile file, its problems
    // fall at the athlete's own lines and columns in the request.
    private static SourceText Only(SourceText request, JsonObjectSyntax athlete)
    {
        var text = new StringBuilder(request.Text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!athlete.Span.Contains(i) && text[i] is not ('\n' or '\r'))
            {
                text[i] = ' ';
            }
        }

        return SourceText.From(text.ToString(), request.Path);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RunnerStrength.Engine.Diagnostics;

namespace RunnerStrength.Tools.Serving;

/// <summary>
/// The studio's ASP.NET Core application: the HTTP API, its OpenAPI document at <c>/openapi/v1.json</c> and the page.
/// Stateless apart from the rule set read from files, so replicas behind any load balancer serve alike.
/// </summary>
internal static class StudioApp
{
    /// <summary>
    /// Builds the application (not started). <paramref name="configure"/> lets a test put it on the in-memory test server
    /// or on a port of its own.
    /// </summary>
    public static WebApplication Build(StudioOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Production whatever ASPNETCORE_ENVIRONMENT says: no developer exception page, so never a stack trace.
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1L);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new StudioRules(options.Rules));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(failed => failed.Run(async http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            http.Response.StatusCode = status;
            http.Response.ContentType = ApiProblem.ContentType;
            var detail = status == StatusCodes.Status500InternalServerError ? "the server failed on this request; nothing was changed by it" : error?.Message ?? string.Empty;
            await http.Response.WriteAsync(ApiProblem.Json(status, http.Request.Path, detail, [])).ConfigureAwait(false);
        }));
        // Answers the server gives before a handler runs (no such route, a method the route does not take, a body that is
        // not JSON where JSON is accepted) are problems too, never an empty page.
        app.UseStatusCodePages(async pages =>
        {
            var http = pages.HttpContext;
            http.Response.ContentType = ApiProblem.ContentType;
            var status = http.Response.StatusCode;
            Diagnostic[] found = status == StatusCodes.Status415UnsupportedMediaType ? [ApiRequest.NotJson(http.Request)] : [];
            await http.Response.WriteAsync(ApiProblem.Json(status, http.Request.Path, string.Join("\n", found.Select(d => d.ToString())), found)).ConfigureAwait(false);
        });
        app.Use(async (http, next) =>
        {
            // The page loads nothing from elsewhere, and no other site may frame it.
            http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            await next(http).ConfigureAwait(false);
        });

        var rules = app.Services.GetRequiredService<StudioRules>();
        if (options.WatchRules)
        {
            rules.Watch();
        }

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapPost("/plans", (Func<HttpContext, Task<IResult>>)(http => PlanEndpoint.Handle(http, rules, options)))
            .WithName("DesignPlan")
            .WithSummary("Design a plan for an athlete profile given in the request.")
            .TakesJson<PlanRequestBody>("application/json", "text/plain", "text/markdown", "text/calendar");
        api.MapPost("/validate", (Func<HttpContext, Task<IResult>>)(http => ValidateEndpoint.Handle(http, options)))
            .WithName("Validate")
            .WithSummary("Check the rules folder as it would be with the files given: every problem with its line and column.")
            .TakesJson<RuleFilesRequestBody>("application/json");
        api.MapPost("/diff", (Func<HttpContext, Task<IResult>>)(http => DiffEndpoint.Handle(http, rules, options)))
            .WithName("Diff")
            .WithSummary("What the files given would change in every athlete's plan of the roster (the diff command's JSON).")
            .TakesJson<DiffRequestBody>("application/json");
        api.MapGet("/rules", () => RulesEndpoints.List(rules, options))
            .WithName("ListRules")
            .WithSummary("The rule set served: whether it loads, its problems, its files and their text.")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        api.MapPut("/rules", (Func<HttpContext, Task<IResult>>)(http => RulesEndpoints.Save(http, rules, options)))
            .WithName("SaveRuleFile")
            .WithSummary("Save one file of the rules folder atomically and reload the rules.")
            .TakesJson<SaveRequestBody>("application/json");
        api.MapGet("/athletes", () => AthletesEndpoint.Handle(options))
            .WithName("ListAthletes")
            .WithSummary("The roster: each athlete profile of the athletes folder, ready to send to POST /api/plans.")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        foreach (var (path, resource, contentType) in StudioPage.Files)
        {
            app.MapGet(path, () => StudioPage.Serve(resource, contentType)).ExcludeFromDescription();
        }

        // The container disposes the rules (and their watcher) with the application.
        return app;
    }
}

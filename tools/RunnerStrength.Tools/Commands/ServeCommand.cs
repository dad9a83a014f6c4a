using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Hosting;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Serving;

namespace RunnerStrength.Tools.Commands;

/// <summary>
/// <c>serve</c>: the studio, an HTTP API and a page in the browser where a coach edits the rules and sees every plan
/// change. ASP.NET Core is loaded only when this command runs (<see cref="Serve"/>), so no other command starts slower.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength serve", "The studio for the rules folder and its sample athletes, at http://127.0.0.1:5080/."),
            new("runner-strength serve --rules rules --athletes my-athletes --urls http://127.0.0.1:8080", "Another roster, on another port."),
            new("curl -s -X POST http://127.0.0.1:5080/api/plans -H 'Content-Type: application/json' -d '{\"athlete\": {...}, \"weeks\": 4}'", "A plan through the HTTP API (the OpenAPI document is at /openapi/v1.json)."),
        ],
        [
            new(ExitCodes.Success, "Stopped with Ctrl+C or SIGTERM."),
            new(ExitCodes.Failure, "The server could not start (such as a port already in use)."),
            new(ExitCodes.Usage, "Bad usage: no rules folder, a folder that does not exist, or a URL that is not http(s)://host:port."),
        ]);

    public static Command Create(CliContext context)
    {
        var rules = CommonOptions.Rules();
        var athletes = new Option<string>("--athletes") { Description = "The roster: a folder of athlete profiles (default: examples/athletes of the rules folder).", HelpName = "DIR" };
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';' between several (default: {StudioOptions.DefaultUrls}, this machine only).",
            HelpName = "URLS",
        };
        var command = new Command(Name, "Run the studio: an HTTP API for plans, validation and diffs, and a page where a coach edits the rules and sees every plan change.")
        {
            rules, athletes, urls,
        };
        command.SetAction(parse =>
        {
            if (RulesFolder.Resolve(parse.GetValue(rules), context) is not { } folder)
            {
                return Usage(context, RulesFolder.NotFound("pass --rules DIR"));
            }

            if (!Directory.Exists(folder))
            {
                return Usage(context, $"--rules '{folder}' is not a folder");
            }

            var roster = parse.GetValue(athletes) ?? RulesFolder.SampleAthletes(folder);
            if (roster is not null && !Directory.Exists(roster))
            {
                return Usage(context, $"--athletes '{roster}' is not a folder");
            }

            var listen = parse.GetValue(urls) ?? StudioOptions.DefaultUrls;
            if (listen.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(u => !IsHttpUrl(u)) is { } bad)
            {
                return Usage(context, $"--urls '{bad}' is not a URL to listen on; write it as http://127.0.0.1:5080");
            }

            var readOnly = RulesFolder.IsShipped(parse.GetValue(rules), context);
            return Serve(context, new StudioOptions { Rules = folder, ReadOnly = readOnly, Athletes = roster, Urls = listen, Clock = context.Clock });
        });
        return command;
    }

    // Kept apart so that ASP.NET Core's assemblies load only when the studio runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Serve(CliContext context, StudioOptions options)
    {
        using var app = StudioApp.Build(options);
        app.Start();
        var shown = string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + "/"));
        var rules = PathDisplay.Of(options.Rules) + (options.ReadOnly ? " (came with the tool: read-only; 'runner-strength init DIR' makes a copy to edit)" : string.Empty);
        context.Out.WriteLine(TerminalText.Escape($"Studio at {shown} · rules {rules} · athletes {(options.Athletes is null ? "none" : PathDisplay.Of(options.Athletes))} · API at /api, OpenAPI at /openapi/v1.json · Ctrl+C to stop"));
        app.WaitForShutdown();
        return ExitCodes.Success;
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.AbsolutePath == "/";

    private static int Usage(CliContext context, string message)
    {
        DiagnosticLines.WriteLine(context.Error, $"{CliApplication.Name} {Name}: error: {TerminalText.Escape(message)}", context.ColorError);
        return ExitCodes.Usage;
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Tools.Serving;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Serving;

/// <summary>
/// The studio on ASP.NET Core's in-memory test server, over a copy of the shipped rules (saves write into the copy),
/// with the sample athletes as its roster and the tests' fixed clock.
/// </summary>
internal sealed class StudioServer : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly WebApplication _app;

    private StudioServer(int maxBodyBytes, bool readOnly)
    {
        Rules = _folder.CopyFolder(Repository.Rules, "rules");
        Options = new StudioOptions
        {
            Rules = Rules,
            Athletes = Path.Combine(Rules, "examples", "athletes"),
            Clock = ToolRun.Clock,
            MaxBodyBytes = maxBodyBytes,
            ReadOnly = readOnly,
            WatchRules = false,
        };
        _app = StudioApp.Build(Options, builder => builder.WebHost.UseTestServer());
    }

    public string Rules { get; }

    public StudioOptions Options { get; }

    public HttpClient Client { get; private set; } = null!;

    public StudioRules RuleSet => _app.Services.GetRequiredService<StudioRules>();

    public static async Task<StudioServer> StartAsync(int maxBodyBytes = StudioOptions.DefaultMaxBodyBytes, bool readOnly = false)
    {
        var server = new StudioServer(maxBodyBytes, readOnly);
        await server._app.StartAsync();
        server.Client = server._app.GetTestClient();
        return server;
    }

    /// <summary>A JSON body as text, posted or put as application/json.</summary>
    public static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>A request body made from an object (anonymous types welcome).</summary>
    public static StringContent Json(object body) => Json(JsonSerializer.Serialize(body));

    /// <summary>A sample athlete's profile as a JSON value, as the roster gives it.</summary>
    public static JsonElement Athlete(string name) => JsonDocument.Parse(File.ReadAllText(Repository.Athlete(name))).RootElement.Clone();

    /// <summary>The shipped text of a rule file, with <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public static string Edited(string file, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Rules, file));
        text.ShouldContain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
